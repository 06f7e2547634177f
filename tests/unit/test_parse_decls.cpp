// Declarations: every clause lands in its AST field, repeated singletons and
// several offer blocks are all kept for the checker.
#include <catch2/catch.hpp>

#include "test_parse_support.hpp"

using namespace rubric;
using ast::ExprKind;
using rubric::test::parse_text;

namespace {

ast::Rubric parse_ok(const std::string& text) {
  ParseResult result = parse_text(text);
  INFO((result.diagnostics.empty() ? "" : result.diagnostics[0].message));
  REQUIRE(result.rubric);
  REQUIRE(result.diagnostics.empty());
  return std::move(*result.rubric);
}

}  // namespace

TEST_CASE("repeated titles, scales and drafts are all kept", "[parse]") {
  ast::Rubric r = parse_ok(
      "rubric \"One\"\nscale -5..5\ndraft \"a.mustache\"\nrubric \"Two\"\nscale 0 .. 100\ndraft \"b.mustache\"\n");
  REQUIRE(r.titles.size() == 2);
  CHECK(r.titles[1].value == "Two");
  REQUIRE(r.scales.size() == 2);
  CHECK(r.scales[0].low == -5);
  CHECK(r.scales[0].high == 5);
  CHECK(r.scales[0].range.begin.line == 2);
  CHECK(r.scales[0].range.end.column == 12);
  CHECK(r.scales[1].high == 100);
  REQUIRE(r.drafts.size() == 2);
  CHECK(r.drafts[0].path.value == "a.mustache");
  CHECK(r.drafts[1].range.begin.line == 6);
}

TEST_CASE("fields of several offer blocks are concatenated in order", "[parse]") {
  ast::Rubric r = parse_ok(
      "rubric \"t\"\noffer {\n  comp.range : money = -1.5k\n  name : text = \"n/a\"\n}\n"
      "let a = 1\noffer { ok : bool = true  rate : percent = 10%  kind : \"x\" | \"y\" = \"y\" }\n");
  REQUIRE(r.fields.size() == 5);
  CHECK(r.fields[0].path.name == "comp.range");  // later path segments may be keywords
  CHECK(r.fields[0].default_value->number == -1500);
  CHECK(r.fields[0].default_value->range.begin.column == 24);
  CHECK(r.fields[0].range.begin.line == 3);
  CHECK(r.fields[0].range.end.column == 29);
  CHECK(r.fields[1].path.name == "name");
  CHECK(r.fields[1].type.kind == TypeKind::text);
  CHECK(r.fields[1].default_value->kind == ExprKind::string);
  CHECK(r.fields[1].default_value->text == "n/a");
  CHECK(r.fields[2].default_value->boolean);
  CHECK(r.fields[3].default_value->kind == ExprKind::percent);
  CHECK(r.fields[3].default_value->number == 0.10);
  CHECK(r.fields[4].type.kind == TypeKind::enumeration);
  CHECK(r.fields[4].type.members.size() == 2);
  CHECK(r.fields[4].type.range.begin.column == 56);
  CHECK(r.fields[4].type.range.end.column == 65);
  CHECK(r.fields[4].default_value->text == "y");
  CHECK(r.lets.size() == 1);
}

TEST_CASE("lets take an optional type, enumerations included", "[parse]") {
  ast::Rubric r = parse_ok("rubric \"t\"\nlet a : \"lo\" | \"hi\" = \"lo\"\nlet b: number=2");
  REQUIRE(r.lets[0].declared);
  CHECK(r.lets[0].declared->kind == TypeKind::enumeration);
  CHECK(r.lets[0].declared->members[1].value == "hi");
  CHECK(r.lets[1].declared->kind == TypeKind::number);
  CHECK(r.lets[1].name.range.begin.column == 5);
  CHECK(r.lets[1].range.end.column == 16);
}

TEST_CASE("criteria take decimal weights and a because after the score", "[parse]") {
  ast::Rubric r = parse_ok("rubric \"t\"\ncriterion c_1 \"C {x}\" weight 12.5 { score x because \"why\" }");
  const auto& c = r.criteria[0];
  CHECK(c.id.name == "c_1");
  CHECK(c.id.range.begin.column == 11);
  CHECK(c.label.raw == "C {x}");
  CHECK(c.weight == 12.5);
  CHECK(c.weight_range.begin.column == 30);
  CHECK(c.weight_range.end.column == 34);
  CHECK(c.score->kind == ExprKind::ref);
  CHECK(c.because->value == "why");
}

TEST_CASE("flags take every effect in order", "[parse]") {
  ast::Rubric r = parse_ok(
      "rubric \"t\"\nflag f \"F\" info {\n  when when a => true else false\n  penalty 1 + 1\n  cap 5\n  veto\n"
      "  because \"all\"\n}\nflag g \"G\" critical { when b veto }");
  const auto& f = r.flags[0];
  CHECK(f.severity == Severity::info);
  CHECK(f.condition->kind == ExprKind::when);
  CHECK(f.penalty->kind == ExprKind::binary);
  CHECK(f.cap->number == 5);
  CHECK(f.veto);
  CHECK(f.veto_range.begin.line == 6);
  CHECK(f.veto_range.begin.column == 3);
  CHECK(f.veto_range.end.column == 7);
  CHECK(f.because->value == "all");
  CHECK(f.range.end.line == 8);
  const auto& g = r.flags[1];
  CHECK(g.severity == Severity::critical);
  CHECK(g.penalty == nullptr);
  CHECK(g.cap == nullptr);
  CHECK(g.veto);
  CHECK_FALSE(g.because);
}

TEST_CASE("asks take range, cite and because independently", "[parse]") {
  ast::Rubric r = parse_ok("rubric \"t\"\nask a \"A\" { when x range 1..2 }\nask b \"B\" { when x cite \"t1\" }\n"
                           "ask c \"C\" { when x range lo .. hi cite \"t1\", \"t2\" , \"t3\" because \"c\" }");
  CHECK(r.asks[0].range_low->number == 1);
  CHECK(r.asks[0].range_high->number == 2);
  CHECK(r.asks[0].cite.empty());
  CHECK(r.asks[1].range_low == nullptr);
  CHECK(r.asks[1].cite.size() == 1);
  CHECK(r.asks[2].range_low->text == "lo");
  CHECK(r.asks[2].range_high->text == "hi");
  REQUIRE(r.asks[2].cite.size() == 3);
  CHECK(r.asks[2].cite[2].value == "t3");
  CHECK(r.asks[2].because->value == "c");
}

TEST_CASE("a because after a when's else belongs to the declaration", "[parse]") {
  ast::Rubric r = parse_ok(
      "rubric \"t\"\ncriterion c \"C\" weight 100 {\n  score when a => 1 because \"arm\"\n        else 2\n"
      "  because \"own\"\n}\nflag f \"F\" warning { when when a => true else false because \"flag\" }");
  const auto& c = r.criteria[0];
  REQUIRE(c.score->arms.size() == 1);
  CHECK(c.score->arms[0].because->value == "arm");
  CHECK(c.because->value == "own");
  CHECK(r.flags[0].because->value == "flag");
}

TEST_CASE("confirms hold one condition", "[parse]") {
  ast::Rubric r = parse_ok("rubric \"t\" confirm w \"W\" { when not x } # end without newline");
  REQUIRE(r.confirms.size() == 1);
  CHECK(r.confirms[0].condition->kind == ExprKind::logical_not);
  CHECK(r.confirms[0].range.begin.column == 12);
  CHECK(r.confirms[0].range.end.column == 40);
}
