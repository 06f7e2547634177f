// Stages 3 and 4: a checked AST compiles into a Plan (slots resolved, lets
// ordered, constants folded); the Plan evaluates offers with no name look-ups.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "rubric/ast.hpp"
#include "rubric/check.hpp"
#include "rubric/facts.hpp"
#include "rubric/result.hpp"

namespace rubric {

class Plan;  // defined in plan.hpp; opaque to everything but compile and evaluate
class JsonBuffer;  // json_writer.hpp

/// A what-if weight from `--weight ID=W`.
struct WeightOverride {
  std::string id;
  double weight = 0;
};

/// Options that change how a rubric compiles.
struct CompileOptions {
  std::vector<WeightOverride> weights;
};

/// The plan, or the usage errors that prevented it (bad --weight ids or values).
struct CompileResult {
  std::shared_ptr<const Plan> plan;
  std::vector<std::string> errors;  // "--weight foo=10: no criterion 'foo' (criteria: scope, pay, ...)"
  std::string weight_note;          // "weights rescaled for --weight pay=40: scope 24, pay 40, ..."
};

/// Compiles a checked rubric (check() must have succeeded).
CompileResult compile(const ast::Rubric& rubric, const CheckResult& checked, const CompileOptions& options);

/// Returns the offer-reader schema the plan expects Facts to follow.
const OfferSchema& plan_schema(const Plan& plan);

/// Returns true when the plan needs every offer's facts before scoring any (max_of, min_of, mean_of).
bool plan_uses_aggregates(const Plan& plan);

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

  /// Chooses whether results list the facts each criterion and flag used and every let's value
  /// (reports and explanations need them; scores, flags and decisions do not). On by default.
  void set_explain(bool on) { explain_ = on; }

 private:
  struct Scratch;
  /// Runs every step; false when the offer cannot be scored (`out` then says why).
  bool score(const Facts& facts, const Aggregates* aggregates, OfferResult& out);

  const Plan* plan_;
  std::unique_ptr<Scratch> scratch_;
  bool explain_ = true;
};

/// Ranks offers and decides (LANGUAGE.md section 5); `offers` in input order.
RunResult rank(const Plan& plan, std::vector<OfferResult> offers);

}  // namespace rubric
