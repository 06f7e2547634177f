// Hand-built results of the core example (docs/language.md section 9, "Worked example") plus one offer that failed, for
// format tests that must not depend on the evaluator.
#pragma once

#include <rubric/result.hpp>

namespace rubric::test {

/// Returns a criterion result with contribution = weight * score / 100.
inline CriterionResult make_criterion(std::string id, std::string label, double weight, double score) {
  CriterionResult c;
  c.id = std::move(id);
  c.label = std::move(label);
  c.weight = weight;
  c.raw_score = score;
  c.score = score;
  c.contribution = weight * score / 100;
  return c;
}

/// Returns the run's criteria as declared by the core rubric.
inline std::vector<CriterionInfo> core_criteria() {
  return {{"scope", "Scope and growth", 30, 30},
          {"pay", "Compensation", 25, 25},
          {"team", "Team quality and mentorship", 20, 20},
          {"burden", "Operational burden", 15, 15},
          {"risk", "Product and business risk", 10, 10}};
}

/// Returns northwind as the brief scores it: rank 1, 7.84, one ask with a money range.
inline OfferResult northwind() {
  OfferResult o;
  o.id = "northwind";
  o.source = "offers/northwind.json";
  o.company = "Northwind";
  o.role_title = "Staff Engineer";
  o.scored = true;
  o.rank = 1;
  o.criteria = {make_criterion("scope", "Scope and growth", 30, 10), make_criterion("pay", "Compensation", 25, 5.26),
                make_criterion("team", "Team quality and mentorship", 20, 9),
                make_criterion("burden", "Operational burden", 15, 5.5),
                make_criterion("risk", "Product and business risk", 10, 9)};
  o.criteria[0].because = {"owns org-wide technical direction"};
  o.criteria[1].because = {"first-year total compensation 255,200"};
  o.weighted = o.total = 7.84;
  o.confirms = {{"written_scope", "Responsibilities in writing", true},
                {"written_comp", "Compensation details in writing", true}};
  AskResult ask;
  ask.id = "pay_alignment";
  ask.label = "Compensation alignment";
  ask.range = std::pair(275616.00000000006, 293480.0);
  ask.range_type = TypeKind::money;
  ask.cite = {"reliability", "incidents"};
  ask.because = {"the role owns org-level decisions and pay scores 5.26 of 10"};
  o.asks = {ask};
  return o;
}

/// Returns lumen: rank 2, three flags, one unconfirmed item, a clamped criterion.
inline OfferResult lumen() {
  OfferResult o;
  o.id = "lumen";
  o.source = "offers/lumen.json";
  o.ordinal = 1;
  o.company = "Lumen Labs";
  o.scored = true;
  o.rank = 2;
  o.criteria = {make_criterion("scope", "Scope and growth", 30, 7), make_criterion("pay", "Compensation", 25, 9.75),
                make_criterion("team", "Team quality and mentorship", 20, 3),
                make_criterion("burden", "Operational burden", 15, 2),
                make_criterion("risk", "Product and business risk", 10, 11.0 / 3.0)};
  o.criteria[3].raw_score = -1;  // pretend the score was clamped up to 2... to exercise raw_score
  o.criteria[3].clamped = true;
  o.weighted = 5.8041666666666667;
  o.total = 3.8041666666666667;
  FlagResult heavy{"heavy_oncall",
                   "Heavy on-call with weak support",
                   Severity::critical,
                   1.5,
                   {},
                   false,
                   {"4 on-call weeks a quarter and no second line"},
                   {}};
  FlagResult equity{"equity_bet",
                    "Package assumes unrealistic equity outcomes",
                    Severity::warning,
                    0.5,
                    6.0,
                    false,
                    {"equity is 52.2% of the first-year total at a seed company"},
                    {}};
  FlagResult vague{"vague_leveling", "Vague leveling or promotion criteria", Severity::warning, 0, {}, false, {}, {}};
  o.flags = {heavy, equity, vague};
  o.confirms = {{"written_scope", "Responsibilities in writing", false},
                {"written_comp", "Compensation details in writing", true}};
  AskResult ask;
  ask.id = "scope_in_writing";
  ask.label = "Responsibilities in writing";
  ask.because = {"ownership boundaries are not yet written down"};
  o.asks = {ask};
  return o;
}

/// Returns an offer that could not be scored, with awkward characters for csv and Markdown.
inline OfferResult broken() {
  OfferResult o;
  o.id = "broken";
  o.source = "offers/broken.json";
  o.ordinal = 2;
  o.company = "Pipe | \"Quote\", Inc";
  o.scored = false;
  o.errors = {{"$.comp.base: expected money (a number), found string \"182k\""}};
  return o;
}

/// Returns the whole run in rank order with the brief's decision.
inline RunResult core_run() {
  RunResult run;
  run.title = "Platform reliability offers";
  run.rubric_file = "platform.rubric";
  run.criteria = core_criteria();
  run.offers = {northwind(), lumen(), broken()};
  run.decision.recommended = "northwind";
  run.decision.runner_up = "lumen";
  run.decision.margin = 7.84 - 3.8041666666666667;
  run.decision.summary = "recommend northwind: 7.84 against lumen's 3.80, a margin of 4.04";
  return run;
}

}  // namespace rubric::test
