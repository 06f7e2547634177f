// The golden tests: rubric files that must fail to compile with exactly the
// diagnostics (and notes) their header lines name, and whole runs whose JSON
// result must equal a reviewed expected.json (tests/golden/README.md explains both).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <rubric/engine.hpp>
#include <rubric/result_json.hpp>

namespace fs = std::filesystem;
using nlohmann::json;
using namespace rubric;

namespace {

// Relative tolerance for numbers in expected.json: the engine is deterministic
// (-ffp-contract=off) but the golden files are written with 17 digits, not bits.
constexpr double kRelativeTolerance = 1e-9;
// Absolute floor so that values that should be 0 may differ by rounding noise.
constexpr double kAbsoluteTolerance = 1e-12;

const fs::path kGolden = fs::path(RUBRIC_SOURCE_DIR) / "tests" / "golden";

// Returns the whole file as a string.
std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Returns the entries of `dir` that satisfy `keep`, sorted by name so failures read in a stable order.
template<typename Keep>
std::vector<fs::path> sorted_entries(const fs::path& dir, Keep keep) {
  std::vector<fs::path> entries;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (keep(entry)) entries.push_back(entry.path());
  }
  std::sort(entries.begin(), entries.end());
  return entries;
}

// Collects the header of an error case: `# expect: LINE:COL: MESSAGE` lines, each followed by its
// `# note: TEXT` lines, in the form actual_diagnostics() spells them.
std::vector<std::string> expected_diagnostics(const std::string& text) {
  static const std::string kExpect = "# expect: ";
  static const std::string kNote = "# note: ";
  static const std::string kWarn = "# warn: ";
  std::vector<std::string> expected;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.rfind(kExpect, 0) == 0) {
      expected.push_back(line.substr(kExpect.size()));
    } else if (line.rfind(kWarn, 0) == 0) {
      expected.push_back("warning: " + line.substr(kWarn.size()));
    } else if (line.rfind(kNote, 0) == 0) {
      expected.push_back("note: " + line.substr(kNote.size()));
    } else {
      break;
    }
  }
  return expected;
}

// Spells every error diagnostic as `LINE:COL: MESSAGE` followed by one `note: TEXT` per note; with
// `warnings`, warning diagnostics too, as `warning: LINE:COL: MESSAGE`.
std::vector<std::string> actual_diagnostics(const CompileOutput& output, bool warnings = false) {
  std::vector<std::string> actual;
  for (const auto& d : output.diagnostics) {
    const bool warning = d.level == DiagnosticLevel::warning;
    if (d.level != DiagnosticLevel::error && !(warnings && warning)) continue;
    actual.push_back(std::string(warning ? "warning: " : "") + std::to_string(d.range.begin.line) + ":" +
                     std::to_string(d.range.begin.column) + ": " + d.message);
    for (const auto& note : d.notes) actual.push_back("note: " + note);
  }
  for (const auto& error : output.file_errors) actual.push_back(error.path + ": error: " + error.message);
  for (const auto& error : output.option_errors) actual.push_back("rubric: error: " + error);
  return actual;
}

// Replaces every occurrence of `prefix` in the strings of `value`, so paths read relative to the case folder.
void relativize(json& value, const std::string& prefix) {
  if (value.is_string()) {
    auto text = value.get<std::string>();
    for (auto at = text.find(prefix); at != std::string::npos; at = text.find(prefix, at)) {
      text.erase(at, prefix.size());
    }
    value = text;
  } else if (value.is_structured()) {
    for (auto& child : value) relativize(child, prefix);
  }
}

// Returns true when two numbers agree within the golden tolerance.
bool close(double a, double b) {
  double diff = std::fabs(a - b);
  return diff <= kAbsoluteTolerance || diff <= kRelativeTolerance * std::max(std::fabs(a), std::fabs(b));
}

// Appends to `diffs` every place where `actual` differs from `expected` (JSON pointer, both values).
void compare(const json& expected, const json& actual, const std::string& where, std::vector<std::string>& diffs) {
  if (expected.is_number() && actual.is_number()) {
    if (!close(expected.get<double>(), actual.get<double>())) {
      diffs.push_back(where + ": expected " + expected.dump() + ", got " + actual.dump());
    }
  } else if (expected.is_object() && actual.is_object()) {
    for (const auto& [key, value] : expected.items()) {
      if (!actual.contains(key)) {
        diffs.push_back(where + "/" + key + ": missing");
      } else {
        compare(value, actual.at(key), where + "/" + key, diffs);
      }
    }
    for (const auto& [key, value] : actual.items()) {
      if (!expected.contains(key)) diffs.push_back(where + "/" + key + ": unexpected " + value.dump());
    }
  } else if (expected.is_array() && actual.is_array()) {
    if (expected.size() != actual.size()) {
      diffs.push_back(where + ": expected " + std::to_string(expected.size()) + " elements, got " +
                      std::to_string(actual.size()) + ": " + actual.dump());
      return;
    }
    for (std::size_t i = 0; i < expected.size(); ++i) {
      compare(expected[i], actual[i], where + "/" + std::to_string(i), diffs);
    }
  } else if (expected != actual) {
    diffs.push_back(where + ": expected " + expected.dump() + ", got " + actual.dump());
  }
}

// Spells the facts a score or flag used, with their evidence: "comp.base = 196,000 (offer letter, page 1)".
json facts_json(const std::vector<FactUse>& facts) {
  json out = json::array();
  for (const auto& f : facts) {
    std::string text = f.path + " = " + f.value;
    if (!f.source.empty()) text += " (" + f.source + ")";
    if (f.defaulted) text += " (default)";
    out.push_back(text);
  }
  return out;
}

// Collects, per offer, the facts behind every criterion and raised flag (run_to_json leaves them out).
json evidence_json(const RunResult& run) {
  json out = json::object();
  for (const auto& offer : run.offers) {
    json criteria = json::object();
    for (const auto& c : offer.criteria) criteria[c.id] = facts_json(c.facts);
    json flags = json::object();
    for (const auto& f : offer.flags) flags[f.id] = facts_json(f.facts);
    out[offer.id] = {{"criteria", criteria}, {"flags", flags}};
  }
  return out;
}

// Returns true when the expected result has an offer that could not be scored (the run must exit 1).
bool expects_failed_offer(const json& expected) {
  for (const auto& offer : expected.at("offers")) {
    if (offer.at("total").is_null()) return true;
  }
  return false;
}

// Builds a rubric whose one let nests `depth` parentheses (too deep input must be a diagnostic, not a crash).
std::string nested_rubric(std::size_t depth) {
  return "rubric \"deep\"\noffer { x : number }\nlet v = " + std::string(depth, '(') + "x" + std::string(depth, ')') +
         "\ncriterion c \"C\" weight 100 { score v }\n";
}

// Builds a rubric whose one let is a chain of `terms` additions (a deep tree without any parenthesis).
std::string chained_rubric(std::size_t terms) {
  std::string chain = "x";
  for (std::size_t i = 1; i < terms; ++i) chain += " + x";
  return "rubric \"chain\"\noffer { x : number }\nlet v = " + chain + "\ncriterion c \"C\" weight 100 { score v }\n";
}

}  // namespace

TEST_CASE("each error case reports exactly its expected diagnostics", "[golden]") {
  auto cases = sorted_entries(kGolden / "errors", [](const auto& e) { return e.path().extension() == ".rubric"; });
  REQUIRE(cases.size() >= 25);
  for (const auto& path : cases) {
    DYNAMIC_SECTION(path.filename().string()) {
      auto text = read_text(path);
      auto expected = expected_diagnostics(text);
      REQUIRE_FALSE(expected.empty());
      // A case of `# warn:` lines alone is a rubric that compiles with exactly those warnings.
      const auto is = [&](const char* prefix) {
        return std::any_of(expected.begin(), expected.end(),
                           [&](const std::string& e) { return e.rfind(prefix, 0) == 0; });
      };
      const bool warns = is("warning: ");
      const bool errs = std::any_of(expected.begin(), expected.end(), [](const std::string& e) {
        return e.rfind("warning: ", 0) != 0 && e.rfind("note: ", 0) != 0;
      });
      auto output = compile_rubric_text(path.filename().string(), text);
      CHECK((output.rubric == nullptr) == errs);
      CHECK(actual_diagnostics(output, warns) == expected);
    }
  }
}

TEST_CASE("nesting deeper than the limit is a diagnostic, not a crash", "[golden]") {
  auto output = compile_rubric_text("deep.rubric", nested_rubric(100000));
  CHECK(output.rubric == nullptr);
  auto actual = actual_diagnostics(output);
  REQUIRE(actual.size() == 1);
  CHECK(actual[0] == "3:209: expression nested too deeply (more than 200 levels)");

  // The innermost operand counts as a level too, so 199 parentheses always fit.
  CHECK(compile_rubric_text("ok.rubric", nested_rubric(199)).rubric != nullptr);
}

TEST_CASE("an expression tree deeper than the limit is a diagnostic, not a crash", "[golden]") {
  auto output = compile_rubric_text("chain.rubric", chained_rubric(100000));
  CHECK(output.rubric == nullptr);
  auto actual = actual_diagnostics(output);
  REQUIRE(actual.size() == 1);
  CHECK(actual[0] == "3:9: expression too deep (more than 2000 levels of operators); split it with 'let'");

  CHECK(compile_rubric_text("ok.rubric", chained_rubric(2000)).rubric != nullptr);
  CHECK(compile_rubric_text("over.rubric", chained_rubric(2001)).rubric == nullptr);
}

TEST_CASE("each success case produces its reviewed expected.json", "[golden]") {
  auto cases = sorted_entries(kGolden / "success", [](const auto& e) { return e.is_directory(); });
  REQUIRE(cases.size() >= 7);
  for (const auto& dir : cases) {
    DYNAMIC_SECTION(dir.filename().string()) {
      auto compiled = compile_rubric_file((dir / "rubric.rubric").string());
      INFO(compiled.format());
      REQUIRE(compiled.rubric != nullptr);

      auto output = run(*compiled.rubric, {(dir / "offers").string()}, RunOptions{});
      auto actual = run_to_json(output.run);
      relativize(actual, dir.string() + "/");
      auto expected = json::parse(read_text(dir / "expected.json"));

      std::vector<std::string> diffs;
      compare(expected, actual, "", diffs);
      std::string report;
      for (const auto& diff : diffs) report += diff + "\n";
      INFO("actual:\n" << actual.dump(2));
      CHECK(report == "");
      CHECK(output.exit_status() == (expects_failed_offer(expected) ? 1 : 0));

      // Cases about evidence also pin the facts (and their sources) behind each score and flag.
      if (fs::exists(dir / "evidence.json")) {
        CHECK(evidence_json(output.run) == json::parse(read_text(dir / "evidence.json")));
      }
    }
  }
}
