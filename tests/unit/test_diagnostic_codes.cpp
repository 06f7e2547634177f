// Every diagnostic has a stable code: each golden error case gets the code docs/diagnostics.md lists for
// it (most codes are the case's own name), and no diagnostic of any case is left uncatalogued.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <rubric/diagnostic_codes.hpp>
#include <rubric/engine.hpp>

namespace fs = std::filesystem;

namespace {

// Golden cases whose code is not their own name: several cases show one kind of diagnostic.
const std::map<std::string, std::string> kSharedCodes = {
    {"duplicate-rubric", "duplicate-declaration"},
    {"duplicate-scale", "duplicate-declaration"},
    {"enum-compare-outside", "not-a-member"},
    {"enum-in-outside", "not-a-member"},
    {"match-arm-outside", "not-a-member"},
    {"unknown-interpolation", "unknown-path"},
    {"non-numeric-score", "non-numeric-value"},
    {"non-numeric-penalty", "non-numeric-value"},
    {"non-bool-if", "non-bool-condition"},
    {"reason-condition-type", "non-bool-condition"},
    {"interpolation-expression", "syntax-expected"},
    {"let-cycle", "cycle"},
    {"total-cycle", "cycle"},
    {"several-errors", "unknown-name"},
    {"syntax-clause-order", "syntax-expected"},
    {"syntax-keyword-as-name", "syntax-expected"},
    {"syntax-uppercase-name", "syntax-expected"},
    {"syntax-missing-weight", "syntax-expected"},
    {"syntax-negative-weight", "syntax-expected"},
    {"syntax-bad-type", "syntax-expected"},
    {"syntax-bad-severity", "syntax-expected"},
    {"syntax-when-without-else", "syntax-expected"},
};

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("every golden error case gets its documented code, and no diagnostic is uncatalogued", "[codes]") {
  std::size_t cases = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(RUBRIC_SOURCE_DIR) / "tests/golden/errors")) {
    if (entry.path().extension() != ".rubric") continue;
    ++cases;
    const std::string stem = entry.path().stem().string();
    const rubric::CompileOutput out = rubric::compile_rubric_text(stem, read_text(entry.path()));
    INFO(stem);
    // A warning-only case (`# warn:` lines) is named after its warning.
    auto first = std::find_if(out.diagnostics.begin(), out.diagnostics.end(),
                              [](const auto& d) { return d.level == rubric::DiagnosticLevel::error; });
    if (first == out.diagnostics.end()) first = out.diagnostics.begin();
    REQUIRE(first != out.diagnostics.end());
    const auto shared = kSharedCodes.find(stem);
    CHECK(rubric::diagnostic_code(first->message) == (shared == kSharedCodes.end() ? stem : shared->second));
    for (const auto& d : out.diagnostics) {
      INFO(d.message);
      CHECK(rubric::diagnostic_code(d.message) != rubric::kUncataloguedCode);
    }
  }
  CHECK(cases >= 60);
}

TEST_CASE("codes are unique and patterns match what they describe", "[codes]") {
  std::map<std::string_view, int> seen;
  // One code may have several patterns, but they must be next to each other (one kind, one place).
  std::string_view last;
  for (const auto& entry : rubric::diagnostic_codes()) {
    if (entry.code != last) CHECK(++seen[entry.code] == 1);
    last = entry.code;
  }
  CHECK(rubric::diagnostic_code("let 'x' is never used") == "unused-let");
  CHECK(rubric::diagnostic_code("expected ')' to close the parenthesis") == "syntax-expected");
  CHECK(rubric::diagnostic_code("something new") == rubric::kUncataloguedCode);
}
