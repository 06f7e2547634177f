// The parts of the test runner: checking a test file's shape, comparing results, tracing mismatches.
#pragma once

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <rubric/engine.hpp>
#include <rubric/testing.hpp>

namespace rubric::testing {

// Test files keep their key order, so mismatches are listed in the order they are written.
using Json = nlohmann::ordered_json;

/// The ids a rubric declares, so a test file naming an unknown one is rejected with the known ones.
struct RubricIds {
  std::vector<std::string> criteria, flags, confirms, asks;
};

/// Collects the rubric's criterion, flag, confirm and ask ids.
RubricIds rubric_ids(const CompiledRubric& rubric);

/// Checks a parsed test file's shape; appends "$.path: message" for every problem.
void validate_test_file(const Json& root, const RubricIds& ids, std::vector<std::string>& errors);

/// Reads a whole file (at most kMaxTestFileBytes) into `out`; returns why it could not, or "".
std::string read_file(const std::filesystem::path& path, std::string& out);

/// Parses and checks a test file; on any problem appends "$.path: message" errors and returns nothing.
std::optional<Json> parse_test_file(const std::string& text, const RubricIds& ids, std::vector<std::string>& errors);

/// Gathers a test's offers: files relative to `folder`, inline objects as their JSON text; false on a problem.
bool gather_offers(const Json& offers, const std::filesystem::path& folder, const std::string& where,
                   std::vector<OfferText>& out, std::vector<std::string>& errors);

/// Renders a JSON value on one line with a space after ',' and ':' ("[1, 2]", "{\"a\": 1}").
std::string one_line(const Json& value);

/// A mismatch and the declarations whose trace explains it.
struct Found {
  TestMismatch mismatch;
  std::vector<std::string> decls;  // criterion, flag, confirm or ask ids; empty with `whole`
  bool whole = false;              // the whole offer's trace explains it (total, rank, vetoed ...)
};

/// Compares what the rubric made of offer `id` with `expect`; appends a mismatch per item that differs.
void compare_offer(const std::string& id, const Json& expect, const OfferResult* got, double tolerance,
                   std::vector<Found>& out);

/// Compares the run's decision with `expect`.
void compare_decision(const Json& expect, const Decision& got, double tolerance, std::vector<Found>& out);

/// Returns the explain trace of `decls` (and the lets and items they read), or of the whole offer.
std::string trace_for(const CompiledRubric& rubric, const TracedRun& run, const std::string& offer_id,
                      const Found& found);

/// Counts what every scored offer of `run` exercised (branches from its trace, flags, confirms, asks).
void add_coverage(const CompiledRubric& rubric, const TracedRun& run, TestCoverage& coverage);

}  // namespace rubric::testing
