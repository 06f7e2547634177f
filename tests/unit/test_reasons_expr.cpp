// Issue 10, point 16: any expression between braces in a reason or label, and conditional reasons.
#include <catch2/catch.hpp>

#include <rubric/explain.hpp>
#include <rubric/result_json.hpp>
#include "test_eval_support.hpp"

using namespace rubric;
using namespace rubric::test;

namespace {

const char* kRubric = R"(rubric "Reasons"
offer {
  x : number
  runway_months : number = 0
  comp.base : money = 0
  public : bool = false
}
criterion a "A at {round(x / 3, 1)}" weight 100 {
  score when x > 5 => 8 because "high: {x * 2}" else 3
  because if runway_months == 0 then "public company"
          else "{runway_months} months of runway, a tenth of base is {comp.base * 0.1}"
}
flag listed "Listed" info { when public because if public then "listed" else "private" }
ask pay "Pay" { when x < 5 because "ask for {max(x, 5) - x} more" }
)";

}  // namespace

TEST_CASE("a reason interpolates any expression, rendered by its type", "[reasons]") {
  auto rubric = compile_ok(kRubric);
  RunOutput out = score(
      *rubric, {R"({"id": "hi", "x": 10})", R"({"id": "lo", "x": 2, "runway_months": 14, "comp": {"base": 182000}})"});
  const OfferResult& hi = offer(out.run, "hi");
  CHECK(criterion(hi, "a").because == std::vector<std::string>{"high: 20", "public company"});
  CHECK(criterion(hi, "a").label == "A at 3.3");
  const OfferResult& lo = offer(out.run, "lo");
  CHECK(criterion(lo, "a").because == std::vector<std::string>{"14 months of runway, a tenth of base is 18,200"});
  REQUIRE(lo.asks.size() == 1);
  CHECK(lo.asks[0].because == std::vector<std::string>{"ask for 3 more"});
}

TEST_CASE("a conditional reason on a bool field chooses per offer", "[reasons]") {
  auto rubric = compile_ok(kRubric);
  RunOutput out = score(*rubric, {R"({"id": "p", "x": 1, "public": true})"});
  REQUIRE(offer(out.run, "p").flags.size() == 1);
  CHECK(offer(out.run, "p").flags[0].because == std::vector<std::string>{"listed"});
}

TEST_CASE("computed reasons agree in jsonl, in full results and in explain", "[reasons]") {
  auto rubric = compile_ok(kRubric);
  namespace fs = std::filesystem;
  const fs::path file = fs::temp_directory_path() / "rubric-reasons-test.jsonl";
  std::ofstream(file) << R"({"id": "lo", "x": 2, "runway_months": 14, "comp": {"base": 182000}})"
                      << "\n";
  RunOptions lines;
  lines.mode = ResultMode::jsonl;
  std::string fast;
  lines.on_rendered = [&fast](std::string_view t) { fast += t; };
  run(*rubric, {file.string()}, lines);
  TracedRun traced = run_traced(*rubric, {file.string()});
  std::string full;
  append_offer_jsonl(full, traced.output.run.offers.at(0));
  CHECK(fast == full);
  const OfferTrace trace = trace_offer(*rubric, traced.facts.at(0), {&traced.facts.at(0)});
  const std::string text = format_trace(trace, "");
  CHECK(text.find("14 months of runway, a tenth of base is 18,200") != std::string::npos);
  fs::remove(file);
}

TEST_CASE("a malformed expression in braces is a parse error inside the string", "[reasons]") {
  CompileOutput out = compile_rubric_text("r.rubric", "rubric \"R\"\noffer { x : number }\n"
                                                      "criterion a \"A\" weight 100 { score x because \"{x +}\" }\n");
  REQUIRE(out.failed());
  REQUIRE(out.diagnostics.size() == 1);
  CHECK(out.diagnostics[0].range.begin.line == 3);
  CHECK(out.diagnostics[0].range.begin.column == 51);
  CHECK(out.diagnostics[0].message == "expected an expression after '+' or '-'");
}

TEST_CASE("the condition of a reason must be bool", "[reasons]") {
  CompileOutput out = compile_rubric_text("r.rubric", "rubric \"R\"\noffer { x : number }\n"
                                                      "criterion a \"A\" weight 100 { score x because if x then "
                                                      "\"a\" else \"b\" }\n");
  REQUIRE(out.failed());
  CHECK(out.format().find("the condition of a reason must be bool, found number") != std::string::npos);
}
