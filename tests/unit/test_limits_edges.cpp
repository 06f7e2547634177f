// Each recursion limit of docs/language.md §Limits driven to its edge (issue 15, point 3): input at the
// limit goes through every recursive pass (parse, check, compile, fold, evaluate, explain) without
// trouble, and input one step past it is one clean error. The far side (10,000 or 200,000 levels) is in
// test_parse_limits.cpp, test_reader_errors.cpp, test_draft_template.cpp and test_lsp_hostile.cpp.
#include <catch2/catch.hpp>

#include <string>

#include <rubric/draft.hpp>
#include <rubric/engine.hpp>
#include <rubric/explain.hpp>
#include "rubric/input/inputs.hpp"

using namespace rubric;

namespace {

std::string repeat(const std::string& piece, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += piece;
  return out;
}

std::string rubric_with(const std::string& expression) {
  return "rubric \"T\"\nscale 0..10\noffer {\n  a : number\n}\nlet x = " + expression +
         "\ncriterion c \"C\" weight 100 {\n  score x\n}\n";
}

// Compiles, scores and explains an offer {"a": 1}; returns the explanation of criterion c.
std::string explained(const std::string& expression) {
  CompileOutput out = compile_rubric_text("edge.rubric", rubric_with(expression));
  INFO(out.format());
  REQUIRE(out.rubric);
  RunOutput run = run_texts(*out.rubric, {"o.json"}, {R"({"a": 1})"});
  REQUIRE(run.run.offers.size() == 1);
  REQUIRE(run.run.offers.front().scored);
  std::string json = std::string(R"({"a": 1})") + std::string(kJsonPadding, '\0');
  InputDocument doc;
  doc.source = "o.json";
  doc.fallback_id = "o";
  doc.json = std::string_view(json).substr(0, json.size() - kJsonPadding);
  OfferReader reader(out.rubric->schema());
  Facts facts;
  reader.read(doc, facts);
  OfferTrace trace = trace_offer(*out.rubric, facts, {&facts});
  CHECK(trace.errors.empty());
  return format_trace(trace, "c");
}

std::string error_of(const std::string& expression) {
  CompileOutput out = compile_rubric_text("edge.rubric", rubric_with(expression));
  CHECK_FALSE(out.rubric);
  return out.format();
}

}  // namespace

TEST_CASE("limits: 199 nested parentheses compile, score and explain; 200 are a syntax error", "[limits]") {
  CHECK(explained(repeat("(", 199) + "a" + repeat(")", 199)).find("score = 1: x") != std::string::npos);
  CHECK(error_of(repeat("(", 200) + "a" + repeat(")", 200))
            .find("edge.rubric:6:209: error: expression nested too deeply (more than 200 levels)") !=
        std::string::npos);
}

TEST_CASE("limits: 199 nested calls and ifs compile, score and explain", "[limits]") {
  CHECK(explained(repeat("abs(", 199) + "a" + repeat(")", 199)).find("score = 1: x") != std::string::npos);
  CHECK(explained(repeat("if a > 0 then ", 199) + "a" + repeat(" else 0", 199)).find("score = 1: x") !=
        std::string::npos);
  CHECK(error_of(repeat("abs(", 200) + "a" + repeat(")", 200)).find("nested too deeply (more than 200 levels)") !=
        std::string::npos);
}

TEST_CASE("limits: a sum 2,000 levels deep compiles, scores and explains; 2,001 levels are an error", "[limits]") {
  // `a` plus 1,999 terms: 1,999 operators over a leaf, 2,000 levels.
  CHECK(explained("a" + repeat(" + 0", 1999)).find("score = 1: x") != std::string::npos);
  CHECK(error_of("a" + repeat(" + 0", 2000))
            .find("edge.rubric:6:9: error: expression too deep (more than 2000 levels of operators); split it with "
                  "'let'") != std::string::npos);
}

TEST_CASE("limits: template sections nest 64 deep; 65 are refused", "[limits][draft]") {
  CHECK(make_draft_template("t", repeat("{{#a}}", 64) + repeat("{{/a}}", 64)).error.empty());
  CHECK(make_draft_template("t", repeat("{{#a}}", 65) + repeat("{{/a}}", 65))
            .error.rfind("t:1:385: error: sections nest more than 64 levels deep\n", 0) == 0);
}
