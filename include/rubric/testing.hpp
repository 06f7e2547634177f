// `rubric test`: test files (JSON, docs/testing.md) hold offers and what the rubric must make of them;
// the runner scores the offers and compares every expectation, numbers within a tolerance.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <rubric/engine.hpp>

namespace rubric {

/// How far a number may be from its expectation when a test gives no `tolerance`: results are written
/// to two decimals in reports, so half a hundredth is the natural slack.
inline constexpr double kDefaultTestTolerance = 0.005;

/// The largest test file or offer file a test reads, in bytes: test files are hand-written.
inline constexpr std::size_t kMaxTestFileBytes = std::size_t{16} * 1024 * 1024;

/// One expectation that did not hold.
struct TestMismatch {
  std::string item;      // "northwind.total", "northwind.criteria.pay", "decision.recommended"
  std::string expected;  // as JSON: 7.84, ["a", "b"], "northwind", null
  std::string got;       // as JSON
  std::string trace;     // the explain trace of the item (or the decision's summary); may be empty
};

/// One test of a test file and how it went.
struct TestCaseResult {
  std::string name;
  std::vector<TestMismatch> mismatches;  // empty: the test passed

  /// Returns true when every expectation held.
  bool passed() const { return mismatches.empty(); }
};

/// A test file and its tests; `errors` non-empty means the file is not valid and nothing ran.
struct TestFileResult {
  std::string path;
  std::vector<std::string> errors;  // "$.tests[0].tolerance: expected a number >= 0, found \"x\""
  std::vector<TestCaseResult> tests;
};

/// One thing a test can exercise: a branch (`match` arm, `when` branch, `if` side), or a flag raised or not,
/// a confirm item confirmed or not, an ask raised or not (`rubric test --coverage`).
struct CoverageItem {
  SymbolKind kind = SymbolKind::none;  // the declaration it belongs to
  std::string decl;                    // the declaration's id
  std::string what;                    // "when senior_ratio >= 0.3", "match scope.level \"org\"", "raised"
  std::uint32_t line = 0;              // where the branch or declaration is written
  std::size_t hits = 0;                // how many offers of the tests exercised it
};

/// What the tests of a run exercised of a rubric; items in declaration order.
struct TestCoverage {
  std::vector<CoverageItem> items;

  /// Returns how many items some test exercised.
  std::size_t covered() const;
};

/// Lists everything a rubric's tests can exercise, none of it yet exercised.
TestCoverage coverage_of(const CompiledRubric& rubric);

/// Reads the test file at `path` and runs every test in it; offer paths are relative to its folder.
/// With `coverage`, counts what each scored offer exercised into it.
TestFileResult run_test_file(const CompiledRubric& rubric, const std::string& path, TestCoverage* coverage = nullptr);

/// Runs the tests in `text`, a test file named `path` (offer paths are relative to its folder).
TestFileResult run_test_text(const CompiledRubric& rubric, const std::string& path, const std::string& text,
                             TestCoverage* coverage = nullptr);

/// Renders coverage for the terminal: each item with its count, the ones never exercised marked, a total.
std::string format_coverage(const TestCoverage& coverage);

/// Renders coverage as JSON: {"covered", "total", "percent", "items": [{kind, declaration, item, line, hits}]}.
std::string coverage_json(const TestCoverage& coverage);

/// A test file with its expectations rewritten from the current results (`rubric test --update`).
struct TestUpdate {
  std::string before;               // the file as it was
  std::string text;                 // the new file; empty when `errors` is not
  std::vector<std::string> errors;  // the file is not valid or a test could not run: nothing is rewritten
  std::size_t updated = 0;          // how many tests were rewritten
};

/// Rewrites the expectations of the tests in `names` (every test when empty) of the test file `text`.
TestUpdate update_test_text(const CompiledRubric& rubric, const std::string& path, const std::string& text,
                            const std::vector<std::string>& names);

/// Reads the test file at `path` and rewrites the expectations of the tests in `names` (all when empty).
TestUpdate update_test_file(const CompiledRubric& rubric, const std::string& path,
                            const std::vector<std::string>& names);

/// Renders a file's failures (name, expected against got, the trace) and errors for the terminal.
std::string format_test_failures(const TestFileResult& result);

}  // namespace rubric
