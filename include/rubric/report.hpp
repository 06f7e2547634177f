// The decision report (`rubric report`): a memo, a scorecard, every offer's
// evidence, weight sensitivity and an appendix, as Markdown, HTML or JSON.
// The model is built from a RunResult alone, so embedders can render it too.
#pragma once

#include <nlohmann/json.hpp>

#include <array>
#include <optional>
#include <string>
#include <vector>

#include <rubric/limits.hpp>
#include <rubric/result.hpp>
#include <rubric/sensitivity.hpp>

namespace rubric {

/// How much one criterion moved the recommendation against the runner-up.
struct CriterionDelta {
  std::string id;
  std::string label;
  double weight = 0;
  double first_score = 0;   // the recommended offer's score
  double second_score = 0;  // the runner-up's score
  double difference = 0;    // contribution of the recommended minus the runner-up's
};

/// A raised flag worth the reader's attention in the memo, with the offer it belongs to.
struct MemoFlag {
  std::string offer;
  const FlagResult* flag = nullptr;  // points into the run
};

/// The one-page decision memo.
struct Memo {
  std::string headline;                      // the recommendation, a tie, or why there is none, in one sentence
  const OfferResult* recommended = nullptr;  // null on a tie, when all are vetoed, or nothing was scored
  const OfferResult* runner_up = nullptr;    // the offer the margin is measured against
  std::optional<double> margin;
  bool close_call = false;
  std::vector<CriterionDelta> deciding;          // up to three criteria that favoured the recommended offer most
  std::optional<CriterionDelta> against;         // the criterion that favoured the runner-up most, if any
  double penalty_gap = 0;                        // (runner-up's total lost to flags) - (recommended's), when both exist
  std::string robustness;                        // the nearest weight change that would swap the top two, in words
  std::vector<MemoFlag> flags;                   // the recommended's raised flags, then the runner-up's that count
  std::vector<const ConfirmResult*> to_confirm;  // the recommended offer's unconfirmed items
  std::vector<const AskResult*> asks;            // the recommended offer's asks
};

/// One `match`, `when` or `if` branch an evaluation took, as written in the rubric.
struct TakenArm {
  std::string construct;  // "match scope.level", "when", "if"
  std::string arm;        // as written: "\"org\"", "senior_ratio >= 0.3", "else", "then"
  std::string because;    // the arm's reason, interpolated; empty when it has none
};

/// The branches one criterion's evaluation took for one offer.
struct CriterionBranch {
  std::size_t ordinal = 0;  // the offer's OfferResult::ordinal
  std::string criterion;    // the criterion id
  std::vector<TakenArm> arms;
};

/// One year of one offer's pay, in the rubric's currency.
struct CompensationYear {
  double base = 0;
  double bonus = 0;
  double equity = 0;   // what the offer's grants vest in the year
  double sign_on = 0;  // paid in year 1
  double total = 0;
};

/// The fields the year-by-year compensation table reads, found by their names (docs/reports.md,
/// "Compensation by year"); a part the rubric has no field for is empty and counts 0.
struct CompensationFields {
  std::string currency;             // the rubric's currency, "USD"
  std::string base;                 // a money field named base, base_salary, base_pay or salary
  std::string bonus;                // a money or percent field whose name has "bonus" (not a sign-on bonus)
  bool bonus_percent = false;       // the bonus is a percent of the base
  std::string sign_on;              // a money field whose name has sign_on, signon or signing
  std::vector<std::string> grants;  // every grant field, in declaration order
};

/// One offer's compensation by year of employment, years 1 to kCompensationYears.
struct CompensationTable {
  std::size_t ordinal = 0;  // the offer's OfferResult::ordinal
  std::array<CompensationYear, kCompensationYears> years{};
};

/// A whole report; pointers refer into the RunResult it was built from, which must outlive it.
struct Report {
  const RunResult* run = nullptr;
  Memo memo;
  Sensitivity sensitivity;
  std::vector<InputError> input_errors;   // INPUT arguments that could not be read (set by the caller)
  std::vector<CriterionBranch> branches;  // from an evaluation trace (explain.hpp); empty when none was made
  /// Per offer ordinal, per declared field: the value as typed JSON (number, fraction for percent, bool,
  /// string), so JSON readers need not parse "182,000"; filled with the branches, empty otherwise.
  std::vector<std::vector<nlohmann::json>> fact_values;
  std::optional<CompensationFields> compensation_fields;  // set by add_compensation when the rubric declares a grant
  std::vector<CompensationTable> compensation;            // one per scored offer, with compensation_fields

  /// Returns the arms a criterion took for an offer, or null when no trace covers it.
  const std::vector<TakenArm>* branch_of(const OfferResult& offer, const std::string& criterion) const;
  /// Returns an offer's compensation by year, or null when the report has none for it.
  const CompensationTable* compensation_of(const OfferResult& offer) const;
};

/// Builds the report of a run.
Report build_report(const RunResult& run);

/// Adds the year-by-year compensation table of every scored offer when `schema` declares a grant field;
/// `facts` holds every offer's facts by ordinal (TracedRun::facts).
void add_compensation(Report& report, const OfferSchema& schema, const std::vector<Facts>& facts);

/// Renders the report as GitHub-flavoured Markdown.
std::string render_report_md(const Report& report);

/// Renders the report as one self-contained HTML page (inline CSS and SVG, no scripts).
std::string render_report_html(const Report& report);

/// Converts the report to JSON: the `eval` document plus facts, branches and sensitivity.
nlohmann::json report_to_json(const Report& report);

}  // namespace rubric
