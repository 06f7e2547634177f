// Expressions: precedence, literals, arms and the ranges of the nodes built.
#include <catch2/catch.hpp>

#include "test_parse_support.hpp"

using namespace rubric;
using ast::BinaryOp;
using ast::ExprKind;
using rubric::test::parse_text;

namespace {

// Parses `let x = EXPR` and returns the rubric (so the expression stays alive).
ast::Rubric parse_let(const std::string& expr) {
  ParseResult result = parse_text("rubric \"t\"\nlet x = " + expr + "\n");
  INFO(expr << ": " << (result.diagnostics.empty() ? "" : result.diagnostics[0].message));
  REQUIRE(result.rubric);
  return std::move(*result.rubric);
}

std::string fmt_number(double v) {
  std::string s = std::to_string(v);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

std::string spell(BinaryOp op) {
  static const char* const names[] = {"or", "and", "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/"};
  return names[static_cast<int>(op)];
}

// Spells an expression tree in prefix form, e.g. (+ a (* b c)).
std::string shape(const ast::Expr& e) {
  auto kids = [&](std::string head) {
    for (const auto& c : e.children) head += " " + shape(*c);
    return "(" + head + ")";
  };
  switch (e.kind) {
    case ExprKind::number: return fmt_number(e.number);
    case ExprKind::percent: return fmt_number(e.number) + "%";
    case ExprKind::string: return "\"" + e.text + "\"";
    case ExprKind::boolean: return e.boolean ? "true" : "false";
    case ExprKind::ref: return e.text;
    case ExprKind::list: return kids("list");
    case ExprKind::negate: return kids("neg");
    case ExprKind::logical_not: return kids("not");
    case ExprKind::binary: return kids(spell(e.op));
    case ExprKind::in: return kids("in");
    case ExprKind::if_then: return kids("if");
    case ExprKind::call: return kids("call " + e.text);
    case ExprKind::point: return kids("=>");
    case ExprKind::when: {
      std::string out = "(when";
      for (const auto& arm : e.arms) out += " [" + shape(*arm.condition) + " " + shape(*arm.value) + "]";
      return out + " else " + shape(*e.otherwise) + ")";
    }
    case ExprKind::match: {
      std::string out = "(match " + shape(*e.children[0]);
      for (const auto& arm : e.arms) out += " [\"" + arm.label->value + "\" " + shape(*arm.value) + "]";
      return out + (e.otherwise ? " else " + shape(*e.otherwise) : "") + ")";
    }
  }
  return "?";
}

}  // namespace

TEST_CASE("operators bind loosest first: if/when, or, and, not, comparisons, + -, * /, unary -", "[parse]") {
  CHECK(shape(*parse_let("a or b and not c == d + e * -f").lets[0].value) ==
        "(or a (and b (not (== c (+ d (* e (neg f)))))))");
  CHECK(shape(*parse_let("1 - 2 - 3").lets[0].value) == "(- (- 1 2) 3)");
  CHECK(shape(*parse_let("8 / 4 / 2 * 3").lets[0].value) == "(* (/ (/ 8 4) 2) 3)");
  CHECK(shape(*parse_let("-a * b").lets[0].value) == "(* (neg a) b)");
  CHECK(shape(*parse_let("- - a").lets[0].value) == "(neg (neg a))");
  CHECK(shape(*parse_let("not not a or b").lets[0].value) == "(or (not (not a)) b)");
  CHECK(shape(*parse_let("(a or b) and c").lets[0].value) == "(and (or a b) c)");
  CHECK(shape(*parse_let("a != b or c <= d and e >= f or g > h").lets[0].value) ==
        "(or (or (!= a b) (and (<= c d) (>= e f))) (> g h))");
  CHECK(shape(*parse_let("if a then 1 else 2 + 3").lets[0].value) == "(if a 1 (+ 2 3))");
  CHECK(shape(*parse_let("if a then if b then 1 else 2 else 3").lets[0].value) == "(if a (if b 1 2) 3)");
  CHECK(shape(*parse_let("a.b in [\"x\", \"y\"] and not c").lets[0].value) ==
        "(and (in a.b (list \"x\" \"y\")) (not c))");
  CHECK(shape(*parse_let("a in []").lets[0].value) == "(in a (list))");
}

TEST_CASE("number literals take suffixes k, M and %", "[parse]") {
  ast::Rubric r = parse_let("max(150k, 1.2M, 10%, 3.5, 0.15, 52.2%, 007)");
  const auto& args = r.lets[0].value->children;
  REQUIRE(args.size() == 7);
  CHECK(args[0]->number == 150000);
  CHECK(args[0]->kind == ExprKind::number);
  CHECK(args[1]->number == 1200000);
  CHECK(args[2]->kind == ExprKind::percent);
  CHECK(args[2]->number == 0.10);
  CHECK(args[3]->number == 3.5);
  CHECK(args[4]->number == 0.15);
  CHECK(args[5]->number == 0.522);
  CHECK(args[6]->number == 7);
  CHECK(args[0]->range.begin.column == 13);
  CHECK(args[0]->range.end.column == 17);
}

TEST_CASE("string literals keep value, raw text and range", "[parse]") {
  ast::Rubric r = parse_let("\"a\\\"b\\\\c\\n\\t\\{d\\} é\"");
  const ast::Expr& s = *r.lets[0].value;
  CHECK(s.kind == ExprKind::string);
  CHECK(s.text == "a\"b\\c\n\t{d} é");
  CHECK(s.range.begin.column == 9);
  CHECK(s.range.end.column == 30);  // é is two bytes

  ParseResult result = parse_text("rubric \"Gehälter \\{x\\} {total}\"");
  REQUIRE(result.rubric);
  CHECK(result.rubric->titles[0].value == "Gehälter {x} {total}");
  CHECK(result.rubric->titles[0].raw == "Gehälter \\{x\\} {total}");
  CHECK(result.rubric->titles[0].range.end.column == 33);
  CHECK(unescape_string("\\{a\\}\\\\") == "{a}\\");
}

TEST_CASE("names, paths and calls", "[parse]") {
  CHECK(shape(*parse_let("comp.range + company_info.Stage_2").lets[0].value) == "(+ comp.range company_info.Stage_2)");
  CHECK(shape(*parse_let("scale(x, 1 => 2, 3 => 4)").lets[0].value) == "(call scale x (=> 1 2) (=> 3 4))");
  CHECK(shape(*parse_let("round (abs(-x), 2)").lets[0].value) == "(call round (call abs (neg x)) 2)");
  CHECK(shape(*parse_let("max_of(total_comp)").lets[0].value) == "(call max_of total_comp)");
  CHECK(shape(*parse_let("f()").lets[0].value) == "(call f)");
  ast::Rubric r = parse_let("clamp(a, 0, 10) * 2");
  const ast::Expr& call = *r.lets[0].value->children[0];
  CHECK(call.range.begin.column == 9);
  CHECK(call.range.end.column == 24);
  ast::Rubric scaled = parse_let("scale(x, 1 => 2)");
  const ast::Expr& point = *scaled.lets[0].value->children[1];
  CHECK(point.range.begin.column == 18);
  CHECK(point.range.end.column == 24);
}

TEST_CASE("when arms take because; the else takes no arrow", "[parse]") {
  ast::Rubric r = parse_let("when a => 1 because \"r1\" when b => when c => 2 else 3 because \"r2\" else 4");
  const ast::Expr& when = *r.lets[0].value;
  CHECK(shape(when) == "(when [a 1] [b (when [c 2] else 3)] else 4)");
  REQUIRE(when.arms.size() == 2);
  CHECK(when.arms[0].because->value == "r1");
  CHECK(when.arms[1].because->value == "r2");  // after the inner else: the outer arm's reason
  CHECK_FALSE(when.arms[1].value->arms[0].because);
  CHECK(when.arms[0].range.begin.column == 9);
  CHECK(when.arms[0].range.end.column == 33);
  CHECK(when.range.end.column == 82);
}

TEST_CASE("match arms take labels, because and an optional else", "[parse]") {
  ast::Rubric r = parse_let(
      "match s.level {\n  \"a\" => 1 because \"ra\"\n  \"b\" => match t { \"x\" => 2 }\n  else => 3 because \"other\"\n}");
  const ast::Expr& m = *r.lets[0].value;
  CHECK(shape(m) == "(match s.level [\"a\" 1] [\"b\" (match t [\"x\" 2])] else 3)");
  CHECK(m.arms[0].because->value == "ra");
  CHECK_FALSE(m.arms[1].because);
  CHECK(m.arms[0].label->range.begin.line == 3);
  CHECK(m.arms[0].label->range.begin.column == 3);
  REQUIRE(m.otherwise_because);
  CHECK(m.otherwise_because->value == "other");
  CHECK(m.range.begin.line == 2);
  CHECK(m.range.begin.column == 9);
  CHECK(m.range.end.line == 6);
  CHECK(m.range.end.column == 2);
  CHECK_FALSE(parse_let("match s { }").lets[0].value->otherwise);
}

TEST_CASE("comments and blank lines are whitespace anywhere", "[parse]") {
  ast::Rubric r = parse_let("1 # one\n  + # plus\n\n  2 # two");
  CHECK(shape(*r.lets[0].value) == "(+ 1 2)");
  CHECK(r.lets[0].value->range.end.line == 5);
  CHECK(r.lets[0].value->range.end.column == 4);
  CHECK(r.lets[0].range.end.column == 4);
}
