// Rubric files as editors save them (issue 17): a UTF-8 byte order mark is skipped, and CR-only line
// endings (classic Mac) end lines and comments like LF, so positions match what the editor shows.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include <rubric/draft.hpp>
#include <rubric/engine.hpp>

using namespace rubric;

namespace {

const std::string kBom = "\xEF\xBB\xBF";
const std::string kRubric =
    "rubric \"T\"\n# a comment\nscale 0..10\noffer {\n  x : number\n}\ncriterion c \"C\" weight 100 {\n  score x\n}\n";

std::string with_line_ends(std::string text, const std::string& end) {
  std::string out;
  for (char c : text) out += c == '\n' ? end : std::string(1, c);
  return out;
}

}  // namespace

TEST_CASE("a rubric that starts with a byte order mark compiles", "[parse][source]") {
  CompileOutput out = compile_rubric_text("bom.rubric", kBom + kRubric);
  INFO(out.format());
  CHECK(out.rubric);
  CHECK(out.diagnostics.empty());
}

TEST_CASE("a byte order mark does not shift columns on the first line", "[parse][source]") {
  CompileOutput plain = compile_rubric_text("r.rubric", "rubric 5\n");
  CompileOutput marked = compile_rubric_text("r.rubric", kBom + "rubric 5\n");
  REQUIRE_FALSE(plain.format().empty());
  CHECK(marked.format() == plain.format());
  CHECK(marked.format().find(kBom) == std::string::npos);
}

TEST_CASE("only a leading byte order mark is skipped", "[parse][source]") {
  CompileOutput out = compile_rubric_text("r.rubric", "rubric \"T\"\n" + kBom + "scale 0..10\n");
  CHECK_FALSE(out.rubric);
  CHECK(out.format().rfind("r.rubric:2:1: error: ", 0) == 0);
}

TEST_CASE("CR-only line endings read like LF", "[parse][source]") {
  CompileOutput out = compile_rubric_text("mac.rubric", with_line_ends(kRubric, "\r"));
  INFO(out.format());
  CHECK(out.rubric);
  CHECK(out.diagnostics.empty());
}

TEST_CASE("an error in a CR-only file names the line the editor shows", "[parse][source]") {
  const std::string broken = "rubric \"T\"\n# a comment\nscale 0..\n";
  CompileOutput lf = compile_rubric_text("r.rubric", broken);
  CompileOutput cr = compile_rubric_text("r.rubric", with_line_ends(broken, "\r"));
  REQUIRE(lf.format().rfind("r.rubric:3:10: error: ", 0) == 0);
  CHECK(cr.format() == lf.format());
}

TEST_CASE("CRLF and mixed line endings still compile", "[parse][source]") {
  CHECK(compile_rubric_text("dos.rubric", with_line_ends(kRubric, "\r\n")).rubric);
  std::string mixed = "rubric \"T\"\r\n# a comment\rscale 0..10\noffer {\r  x : number\n}\r\n"
                      "criterion c \"C\" weight 100 {\r  score x\r}\r";
  CompileOutput out = compile_rubric_text("mixed.rubric", mixed);
  INFO(out.format());
  CHECK(out.rubric);
}

TEST_CASE("a draft template file with a byte order mark loads without it", "[draft][source]") {
  auto path = std::filesystem::temp_directory_path() / "rubric-bom-template-test.mustache";
  {
    std::ofstream file(path, std::ios::binary);
    file << kBom << "Hello {{candidate.name}}\n";
  }
  TemplateLoad load = load_draft_template(path.string());
  std::filesystem::remove(path);
  REQUIRE(load.draft_template);
  CHECK(load.draft_template->text == "Hello {{candidate.name}}\n");
}
