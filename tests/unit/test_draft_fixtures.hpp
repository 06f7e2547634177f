// Hand-built results and a profile for the draft tests: the brief's two offers as the
// engine scores them (docs/language.md section 9, "Worked example"), so drafts can be tested without the pipeline.
#pragma once

#include <string>

#include <rubric/profile.hpp>
#include <rubric/result.hpp>

namespace draft_test {

/// Returns the profile of tests/data/draft/profile.json.
inline rubric::Profile sam() {
  rubric::Profile profile;
  profile.name = "Sam Rivera";
  profile.email = "sam@example.com";
  profile.achievements = {
      {"reduced incident recovery time by 60%", {"reliability", "incidents"}},
      {"led rollout safety improvements that cut deployment rollbacks by 40%", {"reliability", "releases"}},
      {"owned the migration of 40 services to a shared deploy pipeline", {"platform", "ownership"}},
  };
  return profile;
}

/// Returns a criterion result with one reason.
inline rubric::CriterionResult criterion(std::string id, std::string label, double weight, double score,
                                         std::string because) {
  rubric::CriterionResult out;
  out.id = std::move(id);
  out.label = std::move(label);
  out.weight = weight;
  out.score = out.raw_score = score;
  if (!because.empty()) out.because.push_back(std::move(because));
  return out;
}

/// Returns northwind's result: rank 1, the pay_alignment ask, everything confirmed.
inline rubric::OfferResult northwind() {
  rubric::OfferResult offer;
  offer.id = "northwind";
  offer.source = "offers/northwind.json";
  offer.company = "Northwind Systems";
  offer.scored = true;
  offer.weighted = offer.total = 7.84;
  offer.rank = 1;
  offer.criteria = {criterion("scope", "Scope and growth", 30, 10, "owns org-wide technical direction"),
                    criterion("pay", "Compensation", 25, 5.26, "first-year total compensation 255,200"),
                    criterion("team", "Team quality and mentorship", 20, 9, "4 senior engineers in a team of 10"),
                    criterion("burden", "Operational burden", 15, 5.5, ""),
                    criterion("risk", "Product and business risk", 10, 9, "")};
  offer.confirms = {{"written_scope", "Responsibilities in writing", true},
                    {"written_comp", "Compensation details in writing", true}};
  rubric::AskResult ask;
  ask.id = "pay_alignment";
  ask.label = "Compensation alignment";
  ask.range = std::make_pair(255200 * 1.08, 255200 * 1.15);
  ask.range_type = rubric::TypeKind::money;
  ask.cite = {"reliability", "incidents"};
  ask.because = {"the role owns org-level decisions and pay scores 5.26 of 10"};
  offer.asks = {ask};
  return offer;
}

/// Returns lumen's result: rank 2, responsibilities not in writing.
inline rubric::OfferResult lumen() {
  rubric::OfferResult offer;
  offer.id = "lumen";
  offer.source = "offers/lumen.json";
  offer.company = "Lumen Labs";
  offer.scored = true;
  offer.weighted = 5.8041667;
  offer.total = 3.8041667;
  offer.rank = 2;
  offer.criteria = {criterion("scope", "Scope and growth", 30, 7, "owns decisions across several teams"),
                    criterion("pay", "Compensation", 25, 9.75, "first-year total compensation 345,000")};
  offer.confirms = {{"written_scope", "Responsibilities in writing", false},
                    {"written_comp", "Compensation details in writing", true}};
  rubric::AskResult ask;
  ask.id = "scope_in_writing";
  ask.label = "Responsibilities in writing";
  ask.because = {"ownership boundaries are not yet written down"};
  offer.asks = {ask};
  return offer;
}

/// Returns the run the offers belong to.
inline rubric::RunResult platform_run() {
  rubric::RunResult run;
  run.title = "Platform reliability offers";
  run.rubric_file = "platform.rubric";
  return run;
}

}  // namespace draft_test
