// `rubric fmt` against its golden files (tests/golden/format: NAME.input.rubric formats to
// NAME.expected.rubric, or fails with NAME.expected-error.txt), and the promise that formatting never
// changes meaning: every rubric in the repository (shipped, golden, test data, benchmark) formats to a
// fixed point, a whitespace-mangled copy formats to the same text, and both compile to the same
// diagnostics and score their offers identically. New rubrics are picked up automatically.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <rubric/engine.hpp>
#include <rubric/format.hpp>
#include <rubric/result_json.hpp>

namespace fs = std::filesystem;
using namespace rubric;

namespace {

const fs::path kRoot = fs::path(RUBRIC_SOURCE_DIR);

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

/// Lists every *.rubric under the folders the project keeps rubrics in, sorted.
std::vector<fs::path> all_rubrics() {
  std::vector<fs::path> found;
  for (const char* folder : {"rules", "examples", "tests", "bench"}) {
    for (const auto& entry : fs::recursive_directory_iterator(kRoot / folder)) {
      if (entry.is_regular_file() && entry.path().extension() == ".rubric") found.push_back(entry.path());
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

/// Returns `text` with its layout undone but its tokens and line breaks kept: no indentation, and every
/// blank between tokens doubled (strings and comments untouched).
std::string mangle(const std::string& text) {
  std::string out;
  bool in_string = false, in_comment = false, line_start = true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      in_string = in_comment = false;
      line_start = true;
      out.push_back(c);
      continue;
    }
    if (line_start && (c == ' ' || c == '\t')) continue;
    line_start = false;
    if (!in_string && !in_comment && c == '#') in_comment = true;
    if (!in_comment && c == '"' && (i == 0 || text[i - 1] != '\\' || !in_string)) in_string = !in_string;
    out.push_back(c);
    if (c == ' ' && !in_string && !in_comment) out.push_back(' ');
  }
  return out;
}

/// Returns the compile diagnostics' messages and notes without line numbers (blank lines move them).
std::vector<std::string> messages(const CompileOutput& output) {
  static const std::regex kLine(R"(line \d+)");
  std::vector<std::string> all;
  for (const Diagnostic& d : output.diagnostics) {
    all.push_back(std::regex_replace(d.message, kLine, "line N"));
    for (const std::string& note : d.notes) all.push_back(std::regex_replace(note, kLine, "line N"));
  }
  return all;
}

/// Returns where a rubric's offers are: its golden case's offers/, examples/offers for shipped rubrics.
std::optional<fs::path> offers_for(const fs::path& rubric) {
  if (fs::is_directory(rubric.parent_path() / "offers")) return rubric.parent_path() / "offers";
  if (rubric.lexically_relative(kRoot).begin()->string() == "rules") return kRoot / "examples" / "offers";
  return std::nullopt;
}

/// Returns the run's JSON with rubric positions (`file:line:col`) taken out of offer error messages.
std::string run_json(const CompiledRubric& rubric, const fs::path& offers) {
  const RunOutput output = run(rubric, {offers.string()}, RunOptions{});
  static const std::regex kPosition(R"(\.rubric:\d+:\d+)");
  return std::regex_replace(run_to_json(output.run).dump(1), kPosition, ".rubric:L:C");
}

/// Requires that `formatted` means what `original` means: same diagnostics, same scores.
void require_same_meaning(const fs::path& path, const std::string& original, const std::string& formatted) {
  const CompileOutput before = compile_rubric_text(path.string(), original);
  const CompileOutput after = compile_rubric_text(path.string(), formatted);
  CHECK(messages(before) == messages(after));
  REQUIRE((before.rubric == nullptr) == (after.rubric == nullptr));
  const auto offers = offers_for(path);
  if (!before.rubric || !offers) return;
  CHECK(run_json(*before.rubric, *offers) == run_json(*after.rubric, *offers));
}

}  // namespace

TEST_CASE("fmt golden files: each input formats to its expected text or fails with its diagnostic", "[golden][fmt]") {
  std::size_t cases = 0;
  for (const auto& entry : fs::directory_iterator(kRoot / "tests/golden/format")) {
    const std::string name = entry.path().filename().string();
    const std::string suffix = ".input.rubric";
    if (name.size() <= suffix.size() || name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0) continue;
    const std::string stem = name.substr(0, name.size() - suffix.size());
    DYNAMIC_SECTION(stem) {
      ++cases;
      const auto source = std::make_shared<const SourceFile>(name, read_text(entry.path()));
      const FormatResult result = format_rubric(source);
      const fs::path expected_text = entry.path().parent_path() / (stem + ".expected.rubric");
      if (fs::exists(expected_text)) {
        REQUIRE(result.text);
        CHECK(*result.text == read_text(expected_text));
        CHECK(format_rubric_text(name, *result.text).text == result.text);
      } else {
        CHECK_FALSE(result.text);
        CHECK(format_diagnostics(*source, result.diagnostics) ==
              read_text(entry.path().parent_path() / (stem + ".expected-error.txt")));
      }
    }
  }
  CHECK(cases >= 1);
}

TEST_CASE("fmt keeps the meaning of every rubric in the repository and is idempotent", "[golden][fmt]") {
  const auto rubrics = all_rubrics();
  REQUIRE(rubrics.size() >= 80);
  for (const fs::path& path : rubrics) {
    DYNAMIC_SECTION(path.lexically_relative(kRoot).string()) {
      const std::string original = read_text(path);
      const FormatResult result = format_rubric_text(path.string(), original);
      const FormatResult mangled = format_rubric_text(path.string(), mangle(original));
      if (!result.text) {  // does not parse: left alone, mangled or not, with the parser's diagnostic
        CHECK_FALSE(mangled.text);
        CHECK(compile_rubric_text(path.string(), original).rubric == nullptr);
        REQUIRE(result.diagnostics.size() == 1);
        continue;
      }
      REQUIRE(mangled.text);
      CHECK(*mangled.text == *result.text);
      CHECK(format_rubric_text(path.string(), *result.text).text == result.text);
      require_same_meaning(path, original, *result.text);
      require_same_meaning(path, original, mangle(original));
    }
  }
}
