// The brief's core example and the benchmark's reference rubric parse into the
// AST shape the checker relies on.
#include <catch2/catch.hpp>

#include "test_parse_support.hpp"

using namespace rubric;
using ast::ExprKind;
using rubric::test::parse_text;
using rubric::test::read_project_file;

namespace {

ast::Rubric parse_platform() {
  std::string text = read_project_file("rules/platform-reliability.rubric");
  REQUIRE(text.size() > 3000);
  ParseResult result = parse_text(text);
  INFO((result.diagnostics.empty() ? "" : result.diagnostics[0].message));
  REQUIRE(result.rubric);
  CHECK(result.diagnostics.empty());
  return std::move(*result.rubric);
}

}  // namespace

TEST_CASE("the core example parses with every declaration in order", "[parse]") {
  ast::Rubric r = parse_platform();
  REQUIRE(r.titles.size() == 1);
  CHECK(r.titles[0].value == "Platform reliability offers");
  CHECK(r.titles[0].range.begin.line == 2);
  CHECK(r.titles[0].range.begin.column == 8);
  REQUIRE(r.scales.size() == 1);
  CHECK(r.scales[0].low == 0);
  CHECK(r.scales[0].high == 10);
  CHECK(r.fields.size() == 14);
  CHECK(r.lets.size() == 3);
  CHECK(r.criteria.size() == 5);
  CHECK(r.flags.size() == 3);
  CHECK(r.confirms.size() == 2);
  CHECK(r.asks.size() == 2);
  CHECK(r.drafts.empty());
  CHECK(r.source != nullptr);
  // Offers from Europe and London: compared in USD at the declared rates.
  REQUIRE(r.currencies.size() == 1);
  CHECK(r.currencies[0].code.name == "USD");
  REQUIRE(r.rates.size() == 1);
  REQUIRE(r.rates[0].as_of);
  CHECK(r.rates[0].as_of->value == "2026-11-30");
  REQUIRE(r.rates[0].entries.size() == 2);
  CHECK(r.rates[0].entries[0].code.name == "EUR");
  CHECK(r.rates[0].entries[0].rate == 1.08);
  CHECK(r.rates[0].entries[1].code.name == "GBP");
  CHECK(r.rates[0].entries[1].rate == 1.27);
}

TEST_CASE("offer fields keep path, type and default", "[parse]") {
  ast::Rubric r = parse_platform();
  const auto& base = r.fields[0];
  CHECK(base.path.name == "comp.base");
  CHECK(base.path.range.begin.line == 13);
  CHECK(base.path.range.begin.column == 3);
  CHECK(base.path.range.end.column == 12);
  CHECK(base.type.kind == TypeKind::money);
  CHECK(base.default_value == nullptr);

  const auto& bonus = r.fields[1];
  CHECK(bonus.type.kind == TypeKind::percent);
  REQUIRE(bonus.default_value);
  CHECK(bonus.default_value->kind == ExprKind::percent);
  CHECK(bonus.default_value->number == 0);

  const auto& equity = r.fields[2];
  CHECK(equity.path.name == "comp.equity");
  CHECK(equity.type.kind == TypeKind::grant);
  REQUIRE(equity.default_value);
  CHECK(equity.default_value->number == 0);

  const auto& level = r.fields[4];
  CHECK(level.path.name == "scope.level");
  CHECK(level.type.kind == TypeKind::enumeration);
  REQUIRE(level.type.members.size() == 3);
  CHECK(level.type.members[1].value == "multi-team");
  CHECK(level.default_value == nullptr);

  const auto& ladder = r.fields[9];
  CHECK(ladder.type.kind == TypeKind::boolean);
  REQUIRE(ladder.default_value);
  CHECK(ladder.default_value->kind == ExprKind::boolean);
  CHECK_FALSE(ladder.default_value->boolean);
  CHECK(r.fields[13].path.name == "in_writing.compensation");
}

TEST_CASE("lets keep their declared types and expressions", "[parse]") {
  ast::Rubric r = parse_platform();
  CHECK(r.lets[0].name.name == "total_comp");
  REQUIRE(r.lets[0].declared);
  CHECK(r.lets[0].declared->kind == TypeKind::money);
  // comp.base * (1 + comp.bonus_pct) + vested(comp.equity, 1) + comp.sign_on / 4 is left-associative.
  const ast::Expr& sum = *r.lets[0].value;
  CHECK(sum.kind == ExprKind::binary);
  CHECK(sum.op == ast::BinaryOp::add);
  CHECK(sum.children[0]->op == ast::BinaryOp::add);
  CHECK(sum.children[1]->op == ast::BinaryOp::div);
  const ast::Expr& vested = *sum.children[0]->children[1];
  REQUIRE(vested.kind == ExprKind::call);
  CHECK(vested.text == "vested");
  REQUIRE(vested.children.size() == 2);
  CHECK(vested.children[0]->text == "comp.equity");
  CHECK(vested.children[1]->number == 1);
  CHECK(sum.range.begin.line == 31);
  CHECK(sum.range.begin.column == 30);
  CHECK(sum.range.end.column == 106);  // just after the last character
  const ast::Expr& product = *sum.children[0]->children[0];
  CHECK(product.op == ast::BinaryOp::mul);
  // The parenthesised operand's range includes its parentheses.
  CHECK(product.children[1]->range.begin.column == 42);
  CHECK(product.children[1]->range.end.column == 62);

  CHECK(r.lets[2].name.name == "senior_ratio");
  CHECK_FALSE(r.lets[2].declared);
  CHECK(r.lets[2].value->kind == ExprKind::if_then);
  CHECK(r.lets[2].value->children.size() == 3);
  CHECK(r.lets[2].range.begin.line == 33);
}

TEST_CASE("criteria keep weights, scores and the placement of because", "[parse]") {
  ast::Rubric r = parse_platform();
  const auto& scope = r.criteria[0];
  CHECK(scope.id.name == "scope");
  CHECK(scope.label.value == "Scope and growth");
  CHECK(scope.weight == 30);
  CHECK(scope.weight_range.begin.column == 43);
  CHECK(scope.range.begin.line == 35);
  CHECK(scope.range.end.line == 41);
  CHECK(scope.range.end.column == 2);
  const ast::Expr& match = *scope.score;
  REQUIRE(match.kind == ExprKind::match);
  CHECK(match.children[0]->text == "scope.level");
  REQUIRE(match.arms.size() == 3);
  CHECK(match.arms[0].label->value == "org");
  CHECK(match.arms[0].value->number == 10);
  REQUIRE(match.arms[0].because);
  CHECK(match.arms[0].because->value == "owns org-wide technical direction");
  CHECK(match.arms[2].because->value == "ownership stops at one team");
  CHECK(match.arms[1].range.begin.line == 38);
  CHECK(match.otherwise == nullptr);
  CHECK_FALSE(scope.because);  // the arms carry the reasons

  const auto& pay = r.criteria[1];
  CHECK(pay.weight == 25);
  REQUIRE(pay.score->kind == ExprKind::call);
  CHECK(pay.score->text == "scale");
  REQUIRE(pay.score->children.size() == 3);
  const ast::Expr& point = *pay.score->children[1];
  CHECK(point.kind == ExprKind::point);
  CHECK(point.children[0]->number == 150000);
  CHECK(point.children[1]->number == 0);
  REQUIRE(pay.because);
  CHECK(pay.because->raw == "first-year total compensation {total_comp}");

  const auto& team = r.criteria[2];
  const ast::Expr& when = *team.score;
  REQUIRE(when.kind == ExprKind::when);
  REQUIRE(when.arms.size() == 2);
  CHECK(when.arms[0].condition->op == ast::BinaryOp::ge);
  CHECK(when.arms[1].value->number == 6);
  CHECK_FALSE(when.arms[0].because);
  CHECK_FALSE(when.arms[1].because);
  REQUIRE(when.otherwise);
  CHECK(when.otherwise->number == 3);
  CHECK(when.range.end.line == 51);
  REQUIRE(team.because);  // after `else 3`: the criterion's own reason
  CHECK(team.because->value == "{team.seniors} senior engineers in a team of {team.size}");
  CHECK(team.because->range.begin.line == 52);

  const auto& burden = r.criteria[3];
  CHECK(burden.score->text == "clamp");
  CHECK(burden.score->children.size() == 3);
  CHECK(burden.score->children[0]->children[1]->kind == ExprKind::if_then);
  CHECK(r.criteria[4].score->children.size() == 4);
}

TEST_CASE("flags, confirms and asks keep their clauses", "[parse]") {
  ast::Rubric r = parse_platform();
  const auto& heavy = r.flags[0];
  CHECK(heavy.id.name == "heavy_oncall");
  CHECK(heavy.severity == Severity::critical);
  CHECK(heavy.condition->op == ast::BinaryOp::logical_and);
  REQUIRE(heavy.penalty);
  CHECK(heavy.penalty->number == 1.5);
  CHECK(heavy.cap == nullptr);
  CHECK_FALSE(heavy.veto);
  REQUIRE(heavy.because);

  const auto& equity = r.flags[1];
  CHECK(equity.severity == Severity::warning);
  const ast::Expr& in = *equity.condition->children[1];
  REQUIRE(in.kind == ExprKind::in);
  REQUIRE(in.children[1]->kind == ExprKind::list);
  CHECK(in.children[1]->children.size() == 2);
  CHECK(in.children[1]->children[1]->text == "series-a");
  const ast::Expr& share = *equity.condition->children[0]->children[1];
  CHECK(share.kind == ExprKind::percent);
  CHECK(share.number == 0.5);

  CHECK(r.flags[2].condition->kind == ExprKind::logical_not);
  CHECK(r.flags[2].penalty == nullptr);
  CHECK_FALSE(r.flags[2].because);

  CHECK(r.confirms[0].id.name == "written_scope");
  CHECK(r.confirms[1].condition->text == "in_writing.compensation");
  CHECK(r.confirms[1].range.begin.line == 83);
  CHECK(r.confirms[1].range.end.line == 85);

  const auto& pay = r.asks[0];
  CHECK(pay.condition->op == ast::BinaryOp::lt);
  REQUIRE(pay.range_low);
  REQUIRE(pay.range_high);
  CHECK(pay.range_low->children[1]->number == 1.08);
  CHECK(pay.range_high->children[1]->number == 1.15);
  CHECK(pay.range_low->range.begin.line == 89);
  CHECK(pay.range_low->range.begin.column == 9);
  REQUIRE(pay.cite.size() == 2);
  CHECK(pay.cite[0].value == "reliability");
  CHECK(pay.cite[1].value == "incidents");
  REQUIRE(pay.because);
  CHECK(r.asks[1].range_low == nullptr);
  CHECK(r.asks[1].cite.empty());
  CHECK(r.asks[1].because->value == "ownership boundaries are not yet written down");
}

TEST_CASE("the benchmark's reference rubric parses", "[parse]") {
  ParseResult result = parse_text(read_project_file("bench/reference.rubric"));
  REQUIRE(result.rubric);
  const ast::Rubric& r = *result.rubric;
  CHECK(r.titles[0].value == "Reference batch rubric");
  CHECK(r.fields.size() == 12);
  CHECK(r.lets.size() == 2);
  CHECK(r.criteria.size() == 5);
  CHECK(r.flags.size() == 3);
  CHECK(r.confirms.empty());
  CHECK(r.asks.empty());
  double weights = 0;
  for (const auto& c : r.criteria) weights += c.weight;
  CHECK(weights == 100);
  CHECK(r.criteria[0].score->arms.size() == 3);
  CHECK_FALSE(r.criteria[0].score->arms[0].because);
  CHECK(r.criteria[1].score->text == "clamp");
}
