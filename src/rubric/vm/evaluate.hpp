// The virtual machine's interface: a compiled Plan evaluates offers with no
// name look-ups; aggregates are collected over a whole run first.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <rubric/facts.hpp>
#include <rubric/render.hpp>
#include <rubric/result.hpp>

namespace rubric {

class Plan;        // compile/plan.hpp
class JsonBuffer;  // json_writer.hpp

/// Collects the run-wide values of max_of / min_of / mean_of (pass one over all offers).
class Aggregates {
 public:
  /// Prepares one accumulator per aggregate call in the plan.
  explicit Aggregates(const Plan& plan);
  /// Adds one offer's values; offers with errors, or whose argument fails, are skipped.
  void add(const Facts& facts);
  /// Merges another accumulator (from a parallel worker) into this one.
  void merge(const Aggregates& other);
  /// Returns the value of aggregate `i`; NaN when no offer contributed.
  double value(std::size_t i) const;
  /// Returns how many aggregate calls the plan has.
  std::size_t size() const;

 private:
  const Plan* plan_;
  std::vector<double> min_, max_, sum_;
  std::vector<std::size_t> count_;
  std::vector<double> frame_;  // pass-one scratch: the steps aggregate arguments read
};

/// Evaluates offers against one plan; keeps scratch space between calls, one per thread.
class Evaluator {
 public:
  /// Prepares scratch space for the plan.
  explicit Evaluator(const Plan& plan);
  ~Evaluator();
  Evaluator(const Evaluator&) = delete;
  Evaluator& operator=(const Evaluator&) = delete;

  /// Scores one offer. `aggregates` may be null only when the plan uses none.
  /// An offer whose facts carry errors, or that divides by zero, comes back unscored with errors.
  void evaluate(const Facts& facts, const Aggregates* aggregates, OfferResult& out);

  /// Scores one offer and appends its jsonl line (the bytes append_offer_jsonl writes for evaluate()'s
  /// result) to `line`, straight from the plan; `out` gets only the identity, totals and errors.
  void evaluate_jsonl(const Facts& facts, const Aggregates* aggregates, OfferResult& out, JsonBuffer& line);

  /// Scores one offer for a robustness sample (evaluate_scores.cpp): `scores` gets each criterion's clamped
  /// score in rubric order, `penalties` the raised flags' penalties summed in rubric order, `cap` the lowest
  /// raised cap, `vetoed` the veto; no labels, reasons or facts are built. False when it cannot be scored.
  bool evaluate_scores(const Facts& facts, const Aggregates* aggregates, std::vector<double>& scores, double& penalties,
                       std::optional<double>& cap, bool& vetoed);

  /// Chooses whether results list the facts each criterion and flag used and every let's value
  /// (reports and explanations need them; scores, flags and decisions do not). On by default.
  void set_explain(bool on) { explain_ = on; }

  /// Chooses how labels, reasons and facts in results read: figures (the default) or email prose
  /// (small counts in words, docs/drafts.md). The jsonl line is always plain.
  void set_text_style(TextStyle style) { style_ = style; }

 private:
  struct Scratch;
  /// Runs every step; false when the offer cannot be scored (`out` then says why).
  bool score(const Facts& facts, const Aggregates* aggregates, OfferResult& out);

  const Plan* plan_;
  std::unique_ptr<Scratch> scratch_;
  bool explain_ = true;
  TextStyle style_ = TextStyle::plain;
};

}  // namespace rubric
