// The public API of the rubric engine: compile a rubric once, score offers
// from files, folders or JSON Lines, and get ranked, explained results.
// Embedders use this header and result.hpp; the CLI uses nothing else.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rubric/ast.hpp"
#include "rubric/check.hpp"
#include "rubric/diagnostic.hpp"
#include "rubric/evaluate.hpp"
#include "rubric/facts.hpp"
#include "rubric/result.hpp"
#include "rubric/result_store.hpp"

namespace rubric {

/// A rubric that parsed, checked and compiled; immutable, safe to share across threads.
class CompiledRubric {
 public:
  /// Takes ownership of every stage's output.
  CompiledRubric(SourceFilePtr source, ast::Rubric rubric, CheckResult checked, CompileResult compiled);

  /// Returns the rubric file.
  const SourceFile& source() const { return *source_; }
  /// Returns the checked syntax tree.
  const ast::Rubric& syntax() const { return rubric_; }
  /// Returns what checking learned (enums, let types, order).
  const CheckResult& checked() const { return checked_; }
  /// Returns the evaluation plan.
  const Plan& plan() const { return *compiled_.plan; }
  /// Returns the fields the offer reader fills.
  const OfferSchema& schema() const { return plan_schema(*compiled_.plan); }
  /// Returns the note describing --weight rescaling, or an empty string.
  const std::string& weight_note() const { return compiled_.weight_note; }

 private:
  SourceFilePtr source_;
  ast::Rubric rubric_;
  CheckResult checked_;
  CompileResult compiled_;
};

/// A compiled rubric, or why there is none.
struct CompileOutput {
  std::shared_ptr<const CompiledRubric> rubric;  // null when anything below is an error
  SourceFilePtr source;                          // null when the file could not be read
  Diagnostics diagnostics;                       // parse and check diagnostics (warnings too)
  std::vector<std::string> errors;               // file or option errors, complete messages

  /// Renders every diagnostic and error as a compiler prints them.
  std::string format(bool color = false) const;
};

/// Reads, parses, checks and compiles a rubric file.
CompileOutput compile_rubric_file(const std::string& path, const CompileOptions& options = {});

/// Parses, checks and compiles rubric text; `name` is used in diagnostics.
CompileOutput compile_rubric_text(std::string name, std::string text, const CompileOptions& options = {});

/// Renders one result as text (e.g. a JSON line) on a worker thread; appends to `out`.
using OfferRenderer = std::function<void(const OfferResult& offer, std::string& out)>;

/// Receives rendered text, in input order, on the calling thread.
using RenderedSink = std::function<void(std::string_view text)>;

/// How to run a batch.
struct RunOptions {
  unsigned jobs = 1;          // worker threads; results still come in input order
  bool keep_results = true;   // false: stream only (callbacks), RunResult::offers stays empty
  bool progress = false;      // show offers done and offers/s on stderr for runs over a second
  bool explain = true;        // fill the facts used and let values (reports need them; eval does not)
  OfferRenderer render;       // optional: rendering runs in the workers, so output scales with jobs
  RenderedSink on_rendered;   // required with `render` or `stream_jsonl`
  bool stream_jsonl = false;  // workers write each offer's jsonl line (append_offer_jsonl's bytes) straight
                              // from the plan to on_rendered, instead of calling `render`; callbacks and
                              // kept results then carry only the identity, totals and errors (the fast
                              // path of `eval --format jsonl`)
  bool compact_results = false;  // with keep_results: keep results packed in RunOutput::ranked, in rank order
                                 // (RunResult::offers stays empty), so long runs fit in memory
};

/// What a run produced.
struct RunOutput {
  RunResult run;                          // ranked (when keep_results)
  RankedResults ranked;                   // every offer in rank order, with RunOptions::compact_results
  std::vector<std::string> input_errors;  // "offers/missing.json: no such file", complete messages
  std::size_t offers_seen = 0;            // documents read, scored or not
  std::size_t offers_failed = 0;          // documents that could not be scored

  /// Returns the exit status the brief prescribes for a run: 0 all well, 1 some offer failed.
  int exit_status() const { return input_errors.empty() && offers_failed == 0 ? 0 : 1; }
};

/// Called for each offer's result in input order, as soon as it is known.
using OfferCallback = std::function<void(const OfferResult&)>;

/// Scores every offer of `inputs` (files, folders, `-` for JSON Lines on stdin).
RunOutput run(const CompiledRubric& rubric, const std::vector<std::string>& inputs, const RunOptions& options,
              const OfferCallback& on_offer = {});

/// Scores offers from JSON texts held in memory (for embedders and tests); `sources[i]` names texts[i].
RunOutput run_texts(const CompiledRubric& rubric, const std::vector<std::string>& sources,
                    const std::vector<std::string>& texts);

}  // namespace rubric
