#include "test_report_fixtures.hpp"

#include <tuple>

using namespace rubric;

namespace {

CriterionResult criterion(const std::string& id, const std::string& label, double weight, double score,
                          std::vector<std::string> because, std::vector<FactUse> facts = {}) {
  CriterionResult c;
  c.id = id;
  c.label = label;
  c.weight = weight;
  c.raw_score = score;
  c.score = score;
  c.contribution = weight * score / 100;
  c.because = std::move(because);
  c.facts = std::move(facts);
  return c;
}

FactUse fact(const std::string& path, const std::string& value, const std::string& source = {},
             bool defaulted = false) {
  return FactUse{-1, path, value, source, defaulted, {}, {}};
}

std::vector<CriterionInfo> brief_criteria() {
  return {{"scope", "Scope and growth", 30, 30},
          {"pay", "Compensation", 25, 25},
          {"team", "Team quality and mentorship", 20, 20},
          {"burden", "Operational burden", 15, 15},
          {"risk", "Product and business risk", 10, 10}};
}

OfferResult northwind() {
  OfferResult o;
  o.id = "northwind";
  o.source = "examples/offers/northwind.json";
  o.company = "Northwind Systems";
  o.scored = true;
  o.rank = 1;
  o.criteria = {
      criterion("scope", "Scope and growth", 30, 10, {"owns org-wide technical direction"},
                {fact("scope.level", "org", "hiring manager call")}),
      criterion("pay", "Compensation", 25, 5.26, {"first-year total compensation 255,200"},
                {fact("comp.base", "182,000", "offer letter, page 1"), fact("comp.bonus_pct", "10%"),
                 fact("comp.equity_4y", "200,000"), fact("comp.sign_on", "20,000")}),
      criterion("team", "Team quality and mentorship", 20, 9, {"4 senior engineers in a team of 10"},
                {fact("team.seniors", "4"), fact("team.size", "10")}),
      criterion("burden", "Operational burden", 15, 5.5, {},
                {fact("oncall.weeks_per_quarter", "3"), fact("oncall.support", "secondary")}),
      criterion("risk", "Product and business risk", 10, 9, {}, {fact("company_info.runway_months", "60")}),
  };
  o.weighted = 7.84;
  o.total = 7.84;
  o.confirms = {{"written_scope", "Responsibilities in writing", true},
                {"written_comp", "Compensation details in writing", true}};
  AskResult ask;
  ask.id = "pay_alignment";
  ask.label = "Compensation alignment";
  ask.range = std::make_pair(255200 * 1.08, 255200 * 1.15);
  ask.range_type = TypeKind::money;
  ask.cite = {"reliability", "incidents"};
  ask.because = {"the role owns org-level decisions and pay scores 5.26 of 10"};
  o.asks = {ask};
  o.lets = {
      {"total_comp", 255200, "255,200"}, {"equity_share", 50000.0 / 255200, "19.6%"}, {"senior_ratio", 0.4, "0.4"}};
  return o;
}

FlagResult flag(const std::string& id, const std::string& label, Severity severity, double penalty,
                std::vector<std::string> because) {
  FlagResult f;
  f.id = id;
  f.label = label;
  f.severity = severity;
  f.penalty = penalty;
  f.because = std::move(because);
  return f;
}

OfferResult lumen() {
  OfferResult o;
  o.id = "lumen";
  o.source = "examples/offers/lumen.json";
  o.company = "Lumen Labs";
  o.ordinal = 1;
  o.scored = true;
  o.rank = 2;
  o.criteria = {
      criterion("scope", "Scope and growth", 30, 7, {"owns decisions across several teams"},
                {fact("scope.level", "multi-team")}),
      criterion("pay", "Compensation", 25, 9.75, {"first-year total compensation 345,000"},
                {fact("comp.base", "165,000"), fact("comp.bonus_pct", "0%"), fact("comp.equity_4y", "720,000"),
                 fact("comp.sign_on", "0", "", true)}),
      criterion("team", "Team quality and mentorship", 20, 3, {"1 senior engineers in a team of 7"},
                {fact("team.seniors", "1"), fact("team.size", "7")}),
      criterion("burden", "Operational burden", 15, 2, {},
                {fact("oncall.weeks_per_quarter", "4"), fact("oncall.support", "none")}),
      criterion("risk", "Product and business risk", 10, 11.0 / 3.0, {}, {fact("company_info.runway_months", "14")}),
  };
  o.weighted = 2.1 + 2.4375 + 0.6 + 0.3 + 11.0 / 30.0;
  o.total = o.weighted - 2;
  o.flags = {flag("heavy_oncall", "Heavy on-call with weak support", Severity::critical, 1.5,
                  {"4 on-call weeks a quarter and no second line"}),
             flag("equity_bet", "Package assumes unrealistic equity outcomes", Severity::warning, 0.5,
                  {"equity is 52.2% of the first-year total at a seed company"}),
             flag("vague_leveling", "Vague leveling or promotion criteria", Severity::warning, 0, {})};
  o.confirms = {{"written_scope", "Responsibilities in writing", false},
                {"written_comp", "Compensation details in writing", true}};
  AskResult ask;
  ask.id = "scope_in_writing";
  ask.label = "Responsibilities in writing";
  ask.because = {"ownership boundaries are not yet written down"};
  o.asks = {ask};
  return o;
}

}  // namespace

RunResult brief_run() {
  RunResult run;
  run.title = "Platform reliability offers";
  run.rubric_file = "rules/platform-reliability.rubric";
  run.criteria = brief_criteria();
  run.offers = {northwind(), lumen()};
  run.decision.recommended = "northwind";
  run.decision.runner_up = "lumen";
  run.decision.margin = run.offers[0].total - run.offers[1].total;
  run.decision.summary = "northwind is recommended, 4.04 ahead of lumen";
  return run;
}

RunResult tie_run() {
  RunResult run;
  run.title = "Tie";
  run.rubric_file = "tie.rubric";
  run.criteria = {{"c1", "First", 50, 50}, {"c2", "Second", 50, 50}};
  for (auto [id, s1, s2] : {std::tuple{"a", 10.0, 0.0}, std::tuple{"b", 0.0, 10.0}}) {
    OfferResult o;
    o.ordinal = run.offers.size();
    o.id = id;
    o.source = std::string(id) + ".json";
    o.scored = true;
    o.rank = 1;
    o.criteria = {criterion("c1", "First", 50, s1, {}), criterion("c2", "Second", 50, s2, {})};
    o.weighted = o.total = 5;
    run.offers.push_back(o);
  }
  run.decision.tie = true;
  run.decision.tied = {"a", "b"};
  run.decision.summary = "a and b are tied at 5.00: no recommendation";
  return run;
}
