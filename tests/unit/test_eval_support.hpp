// Helpers for the evaluator and decision tests: compile rubric text, score
// offers held in memory, find results by id.
#pragma once

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <rubric/engine.hpp>
#include "rubric/compile/plan.hpp"
#include "rubric/run/decision.hpp"
#include "rubric/vm/evaluate.hpp"

namespace rubric::test {

/// Reads a file of the project (tests/data/...) whole.
inline std::string read_project_file(const std::string& relative) {
  std::ifstream in(std::string(RUBRIC_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

/// Compiles rubric text named "eval.rubric"; fails the test with the diagnostics when it does not compile.
inline std::shared_ptr<const CompiledRubric> compile_ok(const std::string& text, const CompileOptions& options = {}) {
  CompileOutput out = compile_rubric_text("eval.rubric", text, options);
  INFO(out.format());
  REQUIRE(out.rubric);
  return out.rubric;
}

/// Scores offers (JSON texts) named offer-1, offer-2, ... unless they carry an "id".
inline RunOutput score(const CompiledRubric& rubric, const std::vector<std::string>& offers) {
  std::vector<std::string> sources;
  for (std::size_t i = 0; i < offers.size(); ++i) sources.push_back("offer-" + std::to_string(i + 1) + ".json");
  return run_texts(rubric, sources, offers);
}

/// Returns the result of offer `id`; fails the test when there is none.
inline const OfferResult& offer(const RunResult& run, const std::string& id) {
  for (const auto& o : run.offers)
    if (o.id == id) return o;
  FAIL("no offer " << id);
  return run.offers.front();
}

/// Returns criterion `id` of an offer; fails the test when there is none.
inline const CriterionResult& criterion(const OfferResult& o, const std::string& id) {
  for (const auto& c : o.criteria)
    if (c.id == id) return c;
  FAIL("no criterion " << id);
  return o.criteria.front();
}

/// Returns the ids of the raised flags, in order.
inline std::vector<std::string> flag_ids(const OfferResult& o) {
  std::vector<std::string> ids;
  for (const auto& f : o.flags) ids.push_back(f.id);
  return ids;
}

/// Returns the error messages of an offer.
inline std::vector<std::string> errors_of(const OfferResult& o) {
  std::vector<std::string> out;
  for (const auto& e : o.errors) out.push_back(e.message);
  return out;
}

}  // namespace rubric::test
