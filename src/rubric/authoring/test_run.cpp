// `rubric test`: read a test file, check its shape, run each test's offers and compare.
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>

#include <rubric/limits.hpp>
#include "rubric/authoring/test_spec.hpp"

namespace rubric {

namespace fs = std::filesystem;
using testing::Found;
using testing::Json;

namespace testing {

std::string read_file(const fs::path& path, std::string& out) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return "no such file";
  if (fs::is_directory(path, ec)) return "is a folder, not a file";
  if (fs::file_size(path, ec) > kMaxTestFileBytes)
    return fmt::format("larger than {} MiB", kMaxTestFileBytes / (1024 * 1024));
  std::ifstream in(path, std::ios::binary);
  if (!in) return "cannot be read";
  std::ostringstream text;
  text << in.rdbuf();
  out = text.str();
  return {};
}

bool gather_offers(const Json& offers, const fs::path& folder, const std::string& where, std::vector<OfferText>& out,
                   std::vector<std::string>& errors) {
  for (std::size_t i = 0; i < offers.size(); ++i) {
    OfferText offer;
    if (offers[i].is_object()) {
      offer.source = fmt::format("{}.offers[{}]", where, i);
      offer.fallback_id = offers[i]["id"].get<std::string>();
      offer.json = offers[i].dump();
    } else {
      const fs::path file = (folder / offers[i].get<std::string>()).lexically_normal();
      offer.source = file.string();
      offer.fallback_id = file.stem().string();
      const std::string problem = read_file(file, offer.json);
      if (!problem.empty()) errors.push_back(fmt::format("offer {}: {}", file.string(), problem));
    }
    out.push_back(std::move(offer));
  }
  return errors.empty();
}

std::optional<Json> parse_test_file(const std::string& text, const RubricIds& ids, std::vector<std::string>& errors) {
  Json root;
  // Rendering and comparing walk values recursively: a test file may nest an inline offer (itself at most
  // kMaxJsonDepth deep) inside tests[i].offers[j], so a few levels more than an offer, never unbounded.
  const auto shallow = [](int depth, Json::parse_event_t, Json&) {
    if (depth > kMaxJsonDepth + 4) throw std::length_error("nested deeper than the limit");
    return true;
  };
  try {
    root = Json::parse(text, shallow);
  } catch (const std::length_error&) {
    errors.push_back(fmt::format("nested deeper than {} levels", kMaxJsonDepth + 4));
    return std::nullopt;
  } catch (const Json::parse_error& error) {
    std::string message = error.what();  // "[json.exception.parse_error.101] parse error at line 3, ..."
    if (const auto end = message.find("] "); end != std::string::npos) message.erase(0, end + 2);
    errors.push_back("not valid JSON: " + message);
    return std::nullopt;
  }
  validate_test_file(root, ids, errors);
  if (!errors.empty()) return std::nullopt;
  return root;
}

}  // namespace testing

namespace {

using testing::gather_offers;
using testing::read_file;

const OfferResult* find_offer(const RunResult& run, const std::string& id) {
  for (const auto& offer : run.offers)
    if (offer.id == id) return &offer;
  return nullptr;
}

/// Turns what a test found into its mismatches, with each one's trace (an offer's whole trace only once).
void explain(const CompiledRubric& rubric, const TracedRun& run, const std::string& offer, std::vector<Found>& found,
             std::size_t from, TestCaseResult& result) {
  bool whole_shown = false;
  for (std::size_t i = from; i < found.size(); ++i) {
    Found& f = found[i];
    if (f.mismatch.trace.empty() && (!f.decls.empty() || (f.whole && !whole_shown))) {
      f.mismatch.trace = testing::trace_for(rubric, run, offer, f);
      whole_shown = whole_shown || f.whole;
    }
    result.mismatches.push_back(std::move(f.mismatch));
  }
}

TestCaseResult run_one(const CompiledRubric& rubric, const Json& test, const fs::path& folder, const std::string& where,
                       std::vector<std::string>& errors, TestCoverage* coverage) {
  TestCaseResult result;
  result.name = test["name"].get<std::string>();
  std::vector<OfferText> offers;
  std::vector<std::string> problems;
  if (!gather_offers(test["offers"], folder, where, offers, problems)) {
    for (auto& p : problems) errors.push_back(fmt::format("test \"{}\": {}", result.name, p));
    return result;
  }
  const double tolerance = test.contains("tolerance") ? test["tolerance"].get<double>() : kDefaultTestTolerance;
  const TracedRun run = run_traced_texts(rubric, offers);
  if (coverage != nullptr) testing::add_coverage(rubric, run, *coverage);
  std::vector<Found> found;
  for (const auto& [key, expect] : test["expect"].items()) {
    const std::size_t from = found.size();
    if (key == "decision") {
      testing::compare_decision(expect, run.output.run.decision, tolerance, found);
    } else {
      testing::compare_offer(key, expect, find_offer(run.output.run, key), tolerance, found);
    }
    explain(rubric, run, key, found, from, result);
  }
  return result;
}

}  // namespace

TestFileResult run_test_text(const CompiledRubric& rubric, const std::string& path, const std::string& text,
                             TestCoverage* coverage) {
  TestFileResult result;
  result.path = path;
  const std::optional<Json> parsed = testing::parse_test_file(text, testing::rubric_ids(rubric), result.errors);
  if (!parsed) return result;
  const Json& root = *parsed;
  const fs::path folder = fs::path(path).parent_path();
  for (std::size_t i = 0; i < root["tests"].size(); ++i) {
    const std::string where = fmt::format("{}: $.tests[{}]", path, i);
    result.tests.push_back(run_one(rubric, root["tests"][i], folder, where, result.errors, coverage));
  }
  if (!result.errors.empty()) result.tests.clear();
  return result;
}

TestFileResult run_test_file(const CompiledRubric& rubric, const std::string& path, TestCoverage* coverage) {
  std::string text;
  const std::string problem = read_file(path, text);
  if (problem.empty()) return run_test_text(rubric, path, text, coverage);
  TestFileResult result;
  result.path = path;
  result.errors.push_back(problem);
  return result;
}

}  // namespace rubric
