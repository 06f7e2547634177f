// The checker's declaration rules: title, scale, draft, weights, the scale()/round()
// and aggregate functions, dependency cycles and unused-let warnings.
#include "test_check_support.hpp"

using namespace check_test;

namespace {

std::string scored(const std::string& score) { return "criterion c \"C\" weight 100 { score " + score + " }\n"; }

}  // namespace

TEST_CASE("a second rubric title is an error at the second", "[check]") {
  std::string src = "rubric \"t\"\nrubric \"u\"\noffer {\n  a : number\n}\n" + scored("a");
  Checked c = check_text(src);
  Diagnostic d = only_error(c);
  CHECK(d.message == "duplicate 'rubric' declaration");
  CHECK(at(d) == pos_of(src, "\"u\""));
  CHECK(d.notes == std::vector<std::string>{"the first is at line 1"});
}

TEST_CASE("a scale appears at most once, low below high", "[check]") {
  std::string src = "rubric \"t\"\nscale 10..0\nscale 0..5\noffer {\n  a : number\n}\n" + scored("a");
  Checked c = check_text(src);
  INFO(c.text);
  REQUIRE(count(c.result, DiagnosticLevel::error) == 2);
  CHECK(at(error_with(c, "scale low end 10 must be below its high end 0")) == pos_of(src, "scale 10"));
  Diagnostic dup = error_with(c, "duplicate 'scale' declaration");
  CHECK(at(dup) == pos_of(src, "scale 0"));
  CHECK(dup.notes == std::vector<std::string>{"the first is at line 2"});
  CHECK(c.result.scale_low == 10);
  CHECK(c.result.scale_high == 0);
}

TEST_CASE("the declared scale is reported, else 0..10", "[check]") {
  Checked declared = check_text("rubric \"t\"\nscale -5..5\noffer {\n  a : number\n}\n" + scored("a"));
  CHECK(declared.result.ok());
  CHECK(declared.result.scale_low == -5);
  CHECK(declared.result.scale_high == 5);
  Checked plain = check_text(kPreamble + scored("a"));
  CHECK(plain.result.scale_low == 0);
  CHECK(plain.result.scale_high == 10);
}

TEST_CASE("a draft template appears at most once", "[check]") {
  std::string src = kPreamble + "draft \"a.mustache\"\ndraft \"b.mustache\"\n" + scored("a");
  Checked c = check_text(src);
  Diagnostic d = only_error(c);
  CHECK(d.message == "duplicate 'draft' declaration");
  CHECK(at(d) == pos_of(src, "draft \"b"));
  CHECK(d.notes == std::vector<std::string>{"the first is at line 9"});
}

TEST_CASE("weights must sum to 100; the error lists every weight", "[check]") {
  std::string src = kPreamble +
                    "criterion scope \"S\" weight 30 { score a }\ncriterion pay \"P\" weight 25.5 { score a }\n";
  Checked c = check_text(src);
  Diagnostic d = only_error(c);
  CHECK(d.message == "criterion weights sum to 55.5, not 100");
  CHECK(at(d) == pos_of(src, "30"));
  CHECK(d.notes == std::vector<std::string>{"scope 30 (line 9)", "pay 25.5 (line 10)", "sum 55.5"});
}

TEST_CASE("weights that sum to 100 within rounding are accepted", "[check]") {
  std::string src = kPreamble + "criterion x \"X\" weight 33.3 { score a }\ncriterion y \"Y\" weight 33.3 { score a }\n"
                                "criterion z \"Z\" weight 33.4 { score a }\n";
  Checked c = check_text(src);
  INFO(c.text);
  CHECK(c.result.ok());
}

TEST_CASE("a negative weight is an error", "[check]") {
  ast::Rubric r = skeleton();
  add_criterion(r, "x", 110, number(1), 2);
  add_criterion(r, "y", -10, number(1), 3);
  CheckResult result = check(r);
  REQUIRE(count(result, DiagnosticLevel::error) == 1);
  CHECK(result.diagnostics[0].message == "the weight of criterion 'y' must be >= 0, found -10");
  CHECK(result.diagnostics[0].range.begin.line == 3);
}

TEST_CASE("a rubric needs a criterion", "[check]") {
  std::string src = kPreamble + "flag f \"F\" info { when ok }\n";
  Checked c = check_text(src);
  Diagnostic d = only_error(c);
  CHECK(d.message == "a rubric needs at least one criterion");
  CHECK(at(d) == pos_of(src, "\"t\""));
}

TEST_CASE("scale() needs ascending literal points with numeric values", "[check]") {
  std::string src = kPreamble + "let s1 = scale(a, 1 => 0)\nlet s2 = scale(a, 5 => 0, 5 => 1)\n" +
                    "let s3 = scale(a, a => 0, 6 => 1)\nlet s4 = scale(a, 1 => ok, 2 => 1)\n" +
                    "let s5 = scale(a, -5 => 0, -1 => m, 10% => 2)\n" + scored("s1 + s2 + s3 + s4 + s5");
  Checked c = check_text(src);
  INFO(c.text);
  REQUIRE(count(c.result, DiagnosticLevel::error) == 4);
  CHECK(at(error_with(c, "'scale' needs at least 2 points, found 1")) == pos_of(src, "scale"));
  CHECK(at(error_with(c, "'scale' points must be strictly ascending: 5 comes after 5")) == pos_of(src, "5 => 1"));
  CHECK(at(error_with(c, "a 'scale' point needs a number literal before '=>'")) == pos_of(src, "a => 0"));
  CHECK(at(error_with(c, "'scale' needs numeric arguments, found bool")) == pos_of(src, "ok, 2"));
  const ast::Expr& s5 = *c.rubric->lets[4].value;
  CHECK(s5.type.kind == TypeKind::number);
  CHECK(s5.children[2]->kind == ast::ExprKind::point);
  CHECK(s5.children[2]->type.kind == TypeKind::money);
}

TEST_CASE("round() takes an integer literal 0..10 for its digits", "[check]") {
  std::string src = kPreamble + "let r1 = round(a, 11)\nlet r2 = round(a, 1.5)\nlet r3 = round(a, a)\n" +
                    "let r4 = round(m, 0)\n" + scored("r1 + r2 + r3 + r4");
  Checked c = check_text(src);
  INFO(c.text);
  REQUIRE(count(c.result, DiagnosticLevel::error) == 3);
  const std::string message = "'round' takes its digits as an integer literal from 0 to 10";
  std::vector<Pos> where;
  for (const auto& d : c.result.diagnostics) {
    if (d.message == message) where.push_back(at(d));
  }
  CHECK(where == std::vector<Pos>{pos_of(src, "11"), pos_of(src, "1.5"), pos_of(src, "a)\nlet r4")});
  CHECK(c.result.let_types[3].kind == TypeKind::money);
}

TEST_CASE("function arguments must be numeric", "[check]") {
  std::string src = kPreamble + "let x = min(a, ok)\nlet y = max_of(name)\n" + scored("x + y");
  Checked c = check_text(src);
  INFO(c.text);
  REQUIRE(count(c.result, DiagnosticLevel::error) == 2);
  CHECK(at(error_with(c, "'min' needs numeric arguments, found bool")) == pos_of(src, "ok)"));
  CHECK(at(error_with(c, "'max_of' needs numeric arguments, found text")) == pos_of(src, "name)"));
}

TEST_CASE("aggregates may not nest, directly or through what they read", "[check]") {
  std::string src = kPreamble + "let avg = mean_of(a)\nlet best = max_of(min_of(m))\n" + scored("a") +
                    "ask q \"Q\" { when a > max_of(avg) and best > 0 }\nask r \"R\" { when min_of(c + a) > 1 }\n";
  Checked c = check_text(src);
  INFO(c.text);
  REQUIRE(count(c.result, DiagnosticLevel::error) == 2);
  CHECK(at(error_with(c, "'min_of' cannot be used inside 'max_of': aggregates do not nest")) == pos_of(src, "min_of"));
  CHECK(at(error_with(c, "'max_of' reads 'avg', which uses an aggregate: aggregates do not nest")) ==
        pos_of(src, "avg) and"));
  CHECK(c.result.uses_aggregates);
}

TEST_CASE("reading a criterion that uses an aggregate inside an aggregate is nesting", "[check]") {
  std::string src = kPreamble + scored("a + mean_of(a)") + "ask q \"Q\" { when max_of(total) > 1 }\n";
  Checked c = check_text(src);
  Diagnostic d = only_error(c);
  CHECK(d.message == "'max_of' reads 'total', which uses an aggregate: aggregates do not nest");
  CHECK(at(d) == pos_of(src, "total)"));
}

TEST_CASE("a rubric without aggregates says so", "[check]") {
  Checked c = check_text(kPreamble + scored("a"));
  CHECK(c.result.ok());
  CHECK_FALSE(c.result.uses_aggregates);
}

TEST_CASE("a cycle between lets names the cycle at its first declaration", "[check]") {
  std::string src = kPreamble + "let p = q + 1\nlet q = p * 2\nlet s = s + 1\n" + scored("p + s");
  Checked c = check_text(src);
  INFO(c.text);
  REQUIRE(count(c.result, DiagnosticLevel::error) == 2);
  CHECK(at(error_with(c, "cycle: p -> q -> p")) == pos_of(src, "p ="));
  CHECK(at(error_with(c, "cycle: s -> s")) == pos_of(src, "s ="));
}

TEST_CASE("reading total from what total depends on is a cycle", "[check]") {
  std::string src = kPreamble + "let t = total / 2\n" + scored("t") + "flag f \"F\" info { when total < 5 }\n" +
                    "confirm k \"K\" { when total > 1 }\nask q \"Q\" { when total > 2 }\n";
  Checked c = check_text(src);
  INFO(c.text);
  REQUIRE(count(c.result, DiagnosticLevel::error) == 1);  // one component: t, total, c and f
  Diagnostic d = c.result.diagnostics[0];
  CHECK(d.message == "cycle: t -> total -> c -> t");
  CHECK(at(d) == pos_of(src, "t ="));
}

TEST_CASE("confirms and asks may read total and come after it", "[check]") {
  std::string src = kPreamble + "let half = total / 2\n" + scored("a") + "confirm k \"K\" { when half > 1 }\n" +
                    "ask q \"Q\" { when total > 2 }\n";
  Checked c = check_text(src);
  INFO(c.text);
  REQUIRE(c.result.ok());
  using K = SymbolKind;
  std::vector<std::pair<K, int>> order;
  for (const auto& s : c.result.order) order.push_back({s.kind, s.index});
  CHECK(order ==
        std::vector<std::pair<K, int>>{{K::criterion, 0}, {K::total, -1}, {K::let, 0}, {K::confirm, 0}, {K::ask, 0}});
}

TEST_CASE("a let no one reads is a warning, not an error", "[check]") {
  std::string src = kPreamble + "let unused = a * 2\n" + scored("a");
  Checked c = check_text(src);
  CHECK(c.result.ok());
  REQUIRE(c.result.diagnostics.size() == 1);
  const Diagnostic& d = c.result.diagnostics[0];
  CHECK(d.level == DiagnosticLevel::warning);
  CHECK(d.message == "let 'unused' is never used");
  CHECK(at(d) == pos_of(src, "unused"));
}
