// The public API of the rubric engine: compile a rubric once, score offers
// from files, folders or JSON Lines, and get ranked, explained results.
// Embedders include this header and the result types it brings; nothing here prints.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <rubric/compile_options.hpp>
#include <rubric/diagnostic.hpp>
#include <rubric/facts.hpp>
#include <rubric/render.hpp>
#include <rubric/result.hpp>
#include <rubric/result_store.hpp>
#include <rubric/source.hpp>

namespace rubric {

namespace ast {
struct Rubric;
}
struct CheckResult;
class Plan;

/// What a rubric declares, for listings and tools that need no syntax tree.
struct RubricOutline {
  std::string title;
  std::vector<std::string> criteria;  // criterion ids, in rubric order
  std::size_t flags = 0;
  std::size_t confirms = 0;
  std::size_t asks = 0;
  std::string draft_template;        // the `draft "path"` as written, or "" when there is none
  SourceRange draft_template_range;  // where that path is written
};

/// A rubric that parsed, checked and compiled; immutable, safe to share across threads.
class CompiledRubric {
 public:
  struct Stages;  // the syntax tree, what checking learned and the plan; complete in the engine only

  /// Takes ownership of every stage's output.
  CompiledRubric(SourceFilePtr source, RubricOutline outline, std::unique_ptr<const Stages> stages);
  ~CompiledRubric();
  CompiledRubric(const CompiledRubric&) = delete;
  CompiledRubric& operator=(const CompiledRubric&) = delete;

  /// Returns the rubric file.
  const SourceFile& source() const { return *source_; }
  /// Returns what the rubric declares.
  const RubricOutline& outline() const { return outline_; }
  /// Returns the fields the offer reader fills.
  const OfferSchema& schema() const;
  /// Returns the note describing --weight rescaling, or an empty string.
  const std::string& weight_note() const;

  /// Returns the checked syntax tree (a complete type only inside the engine).
  const ast::Rubric& syntax() const;
  /// Returns what checking learned (enums, let types, order).
  const CheckResult& checked() const;
  /// Returns the evaluation plan.
  const Plan& plan() const;

 private:
  SourceFilePtr source_;
  RubricOutline outline_;
  std::unique_ptr<const Stages> stages_;
};

/// A compiled rubric, or why there is none.
struct CompileOutput {
  std::shared_ptr<const CompiledRubric> rubric;  // null when anything below is an error
  SourceFilePtr source;                          // null when the file could not be read
  Diagnostics diagnostics;                       // parse and check diagnostics (warnings too)
  std::vector<InputError> file_errors;           // the rubric file could not be read
  std::vector<std::string> option_errors;        // "--weight foo=10: no criterion 'foo' (criteria: ...)"

  /// Returns true when compilation produced no rubric for a reason listed here.
  bool failed() const { return rubric == nullptr; }
  /// Renders every diagnostic and error as a compiler prints them (ANSI colours when `color`).
  std::string format(bool color = false) const;
};

/// Reads, parses, checks and compiles a rubric file.
CompileOutput compile_rubric_file(const std::string& path, const CompileOptions& options = {});

/// Parses, checks and compiles rubric text; `name` is used in diagnostics.
CompileOutput compile_rubric_text(std::string name, std::string text, const CompileOptions& options = {});

/// Renders one result as text (e.g. a JSON line) on a worker thread; appends to `out`.
using OfferRenderer = std::function<void(const OfferResult& offer, std::string& out)>;

/// Receives rendered text in input order, one call at a time (with --jobs N, from any of the run's threads).
using RenderedSink = std::function<void(std::string_view text)>;

/// Receives the number of offers done and the rate so far after every batch, one call at a time.
using ProgressCallback = std::function<void(std::size_t done, double per_second)>;

/// What a run keeps of each result once the callbacks have seen it, and how much each result holds.
enum class ResultMode {
  full,     // every OfferResult, ranked, with the facts each score used and every let's value (reports)
  scores,   // every OfferResult, ranked, without facts used or let values
  compact,  // scores only, packed in RunOutput::ranked in rank order; RunResult::offers stays empty
  stream,   // nothing kept: scores only, to the callbacks; RunResult::offers stays empty
  jsonl,    // nothing kept: workers write each offer's jsonl line (append_offer_jsonl's bytes) straight from
            // the plan to on_rendered; callbacks see only the identity, totals and errors
};

/// Names a result mode ("full", "scores", ...).
std::string_view to_string(ResultMode mode);

/// How to run a batch.
struct RunOptions {
  unsigned jobs = 1;                   // worker threads; results still come in input order
  ResultMode mode = ResultMode::full;  // what results hold and what the run keeps
  OfferRenderer render;                // optional (not with jsonl): runs in the workers, so output scales
  RenderedSink on_rendered;            // required with `render` or ResultMode::jsonl
  ProgressCallback on_progress;        // optional
};

/// What a run produced.
struct RunOutput {
  RunResult run;                         // ranked (modes full, scores and compact)
  RankedResults ranked;                  // every offer in rank order, with ResultMode::compact
  std::vector<InputError> input_errors;  // INPUT arguments or files that could not be read
  std::vector<InputError> input_notes;   // files skipped on purpose (a candidate profile in a folder)
  std::vector<InputError> warnings;      // about the run as a whole: a --set naming an offer it did not have
  std::size_t offers_seen = 0;           // documents read, scored or not
  std::size_t offers_failed = 0;         // documents that could not be scored

  /// Returns the exit status the brief prescribes for a run: 0 all well, 1 some offer failed.
  int exit_status() const { return input_errors.empty() && offers_failed == 0 ? 0 : 1; }
};

/// Called for each offer's result in input order, one call at a time, as soon as it is known.
using OfferCallback = std::function<void(const OfferResult&)>;

/// Scores every offer of `inputs` (files, folders, `-` for JSON Lines on stdin).
RunOutput run(const CompiledRubric& rubric, const std::vector<std::string>& inputs, const RunOptions& options,
              const OfferCallback& on_offer = {});

/// A run kept whole: the ranked results plus every offer's facts (in input order), so offers can be traced.
struct TracedRun {
  RunOutput output;
  std::vector<Facts> facts;
};

/// Scores every offer of `inputs` like run() (serially), keeping the facts; `style` is how results' labels, reasons
/// and facts read (TextStyle::prose for email drafts: small counts in words).
TracedRun run_traced(const CompiledRubric& rubric, const std::vector<std::string>& inputs,
                     TextStyle style = TextStyle::plain);

/// Scores every offer of `inputs` like run_traced(), keeping facts and results only for the best `keep` offers:
/// exactly the first `keep` of run_traced()'s ranking, with its ranks and decision. Facts are renumbered by input
/// order among the kept offers (OfferResult::ordinal indexes TracedRun::facts). Offers left out are counted in
/// RunResult::beyond_detail (set only when some are) and each is handed to `on_dropped` once, for its messages.
TracedRun run_traced_top(const CompiledRubric& rubric, const std::vector<std::string>& inputs, std::size_t keep,
                         TextStyle style = TextStyle::plain, const OfferCallback& on_dropped = {});

/// One offer held in memory: where it came from, the id it gets when it has no `id`, and its JSON text.
struct OfferText {
  std::string source;
  std::string fallback_id;
  std::string json;
};

/// Scores offers held in memory like run_traced(), keeping the facts (rubric test's inline offers).
TracedRun run_traced_texts(const CompiledRubric& rubric, const std::vector<OfferText>& offers);

/// Scores offers from JSON texts held in memory (for embedders and tests); `sources[i]` names texts[i].
RunOutput run_texts(const CompiledRubric& rubric, const std::vector<std::string>& sources,
                    const std::vector<std::string>& texts, TextStyle style = TextStyle::plain);

}  // namespace rubric
