// What evaluation produces: per-offer results, the ranking and the decision.
// Every output format, report and draft reads these and nothing else.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <rubric/acceptability.hpp>
#include <rubric/facts.hpp>
#include <rubric/kinds.hpp>
#include <rubric/types.hpp>

namespace rubric {

/// A fact an expression read, with its value and evidence, for explanations.
struct FactUse {
  int field = -1;          // index into OfferSchema::fields
  std::string path;        // "comp.base"
  std::string value;       // rendered per its type: "182,000", "10%", "org", "true"
  std::string source;      // evidence from the offer file, or empty
  bool defaulted = false;  // the offer did not give it; the rubric's default was used
  MoneyOrigin origin;      // converted money: the amount, currency and rate the offer stated
  std::string vesting;     // a grant: its terms and vesting by year ("RSU, 4 years, cliff 12 months; vests ...")

  /// Renders the value with its original currency: "102,600 (95,000 EUR at 1.08)".
  std::string shown() const;
};

/// A file that could not be read, or a problem with one INPUT argument; never tied to one offer's facts.
struct InputError {
  std::string path;      // the file, folder or "-" it concerns
  std::size_t line = 0;  // 1-based line in `path`, or 0 when the problem is the whole file
  std::string message;   // "no such file", "folder has no *.json files"

  /// Returns where the problem is: "PATH", or "PATH:LINE" when it has a line.
  std::string where() const;
};

/// Spells an input error as "PATH: MESSAGE", or "PATH:LINE: MESSAGE" when it has a line.
std::string to_string(const InputError& error);

/// One criterion's outcome for one offer.
struct CriterionResult {
  std::string id;
  std::string label;
  double weight = 0;                 // effective weight (after --weight overrides)
  double raw_score = 0;              // the expression's value before clamping
  double score = 0;                  // clamped to the scale
  bool clamped = false;              // raw_score was outside the scale
  double contribution = 0;           // weight * score / 100
  std::vector<std::string> because;  // reasons of the arms taken, then the criterion's own
  std::vector<FactUse> facts;        // offer fields this score read, directly or through lets
};

/// One flag's outcome; only raised flags appear in OfferResult::flags.
struct FlagResult {
  std::string id;
  std::string label;
  Severity severity = Severity::warning;
  double penalty = 0;         // 0 when the flag has no penalty
  std::optional<double> cap;  // set when the flag has a cap
  bool veto = false;
  std::vector<std::string> because;
  std::vector<FactUse> facts;
};

/// One confirm item; all appear, in rubric order.
struct ConfirmResult {
  std::string id;
  std::string label;
  bool confirmed = false;
};

/// One raised ask.
struct AskResult {
  std::string id;
  std::string label;
  std::optional<std::pair<double, double>> range;
  TypeKind range_type = TypeKind::number;  // how the range renders (money, percent, number)
  std::vector<std::string> cite;           // achievement tags to quote
  std::vector<std::string> because;
  std::vector<FactUse> facts;  // offer fields the range reads (full results only), the facts a draft cites
};

/// A let's value for one offer, for `explain` and reports.
struct LetValue {
  std::string name;
  double number = 0;
  std::string rendered;  // per the let's type
};

/// Everything known about one offer after evaluation.
struct OfferResult : OfferIdentity {
  bool scored = false;  // false: total is null and errors says why
  double weighted = 0;
  double total = 0;
  bool vetoed = false;
  int rank = 0;  // 1-based; 0 when not scored
  std::vector<CriterionResult> criteria;
  std::vector<FlagResult> flags;  // raised only
  std::vector<ConfirmResult> confirms;
  std::vector<AskResult> asks;  // raised only
  std::vector<LetValue> lets;
  std::vector<OfferError> errors;
  std::vector<NegotiationTarget> to_first;  // filled by add_negotiation_targets (robustness.hpp) only
};

/// The recommendation of a run (docs/language.md section 9).
struct Decision {
  std::optional<std::string> recommended;  // empty on a tie, when all are vetoed, or nothing scored
  std::optional<std::string> runner_up;    // the offer the margin is measured against
  std::optional<double> margin;            // recommended total minus runner-up total
  bool close_call = false;                 // margin < 5% of the scale's width
  bool tie = false;                        // the best non-vetoed totals are equal
  std::vector<std::string> tied;           // ids sharing the best total, on a tie
  bool all_vetoed = false;
  std::string summary;  // one sentence saying all of the above
};

/// One criterion as the run used it (after weight overrides).
struct CriterionInfo {
  std::string id;
  std::string label;
  double weight = 0;
  double declared_weight = 0;
};

/// One criterion's mean score over every scored offer of a run.
struct CriterionMean {
  std::string id;
  double mean = 0;
};

/// What a run that details only its best offers (run_traced_top) says about all of them.
struct BeyondDetail {
  std::size_t offers = 0;                                  // every offer read, scored or not
  std::size_t detailed = 0;                                // offers kept in full (RunResult::offers)
  std::size_t beyond = 0;                                  // offers - detailed
  std::size_t scored = 0;                                  // offers with a total
  std::size_t vetoed = 0;                                  // scored offers a flag vetoed
  std::size_t errors = 0;                                  // offers that could not be scored
  std::size_t first = 0;                                   // scored, unvetoed offers sharing rank 1
  std::optional<double> min_total, max_total, mean_total;  // over the scored offers; empty when none was
  std::vector<CriterionMean> criteria;                     // in rubric order, over the scored offers
};

/// A whole run: the rubric's identity, every offer in rank order, the decision.
struct RunResult {
  std::string title;
  std::string rubric_file;
  double scale_low = 0;
  double scale_high = 10;
  std::vector<CriterionInfo> criteria;
  std::string weight_note;          // non-empty when --weight rescaled the weights
  std::vector<OfferResult> offers;  // ranked: scored by rank then id, vetoed after, unscored last
  Decision decision;
  std::optional<Robustness> robustness;       // filled by compute_robustness (robustness.hpp) only
  std::optional<BeyondDetail> beyond_detail;  // set by run_traced_top when some offers are beyond `offers`

  /// Returns true when any offer could not be scored (exit status 1).
  bool any_errors() const;
};

}  // namespace rubric
