// The checker's namespace rules: duplicates, `total`, offer path clashes and
// prefixes, unknown names with suggestions, interpolation, unknown functions.
#include "test_check_support.hpp"

using namespace check_test;

namespace {

const std::string kCriterion = "criterion c \"C\" weight 100 { score a }\n";

}  // namespace

TEST_CASE("a duplicate name is an error at the second with the first's line", "[check]") {
  std::string src = kPreamble + "let c = 1\n" + kCriterion;
  Checked c = check_text(src);
  Diagnostic d = only_error(c);
  CHECK(d.message == "duplicate name 'c'");
  CHECK(at(d) == pos_of(src, "c \"C\""));
  REQUIRE(d.notes.size() == 1);
  CHECK(d.notes[0] == "'c' is first declared as a let at line 9");
}

TEST_CASE("'total' cannot be declared", "[check]") {
  std::string src = kPreamble + kCriterion + "let total = 1\nask q \"Q\" { when total > 1 }\n";
  Checked c = check_text(src);
  Diagnostic d = only_error(c);
  CHECK(d.message == "'total' is reserved for the offer's final total; choose another name");
  CHECK(at(d) == pos_of(src, "total = 1"));
}

TEST_CASE("a duplicate offer path is an error at the second", "[check]") {
  std::string src = "rubric \"t\"\noffer {\n  a : number\n}\noffer {\n  a : money\n}\n" + kCriterion;
  Checked c = check_text(src);
  Diagnostic d = only_error(c);
  CHECK(d.message == "duplicate offer path 'a'");
  CHECK(at(d) == pos_of(src, "a : money"));
  REQUIRE(d.notes.size() == 1);
  CHECK(d.notes[0] == "'a' is first declared at line 3");
}

TEST_CASE("an offer path that is a declared name is a clash", "[check]") {
  std::string src = kPreamble + "offer {\n  c : money\n  total : number\n}\n" + kCriterion;
  Checked c = check_text(src);
  INFO(c.text);
  REQUIRE(count(c.result, DiagnosticLevel::error) == 2);
  Diagnostic d = error_with(c, "offer path 'c' clashes with criterion 'c'");
  CHECK(at(d) == pos_of(src, "c : money"));
  CHECK(d.notes == std::vector<std::string>{"criterion 'c' is declared at line 13"});
  CHECK(at(error_with(c, "offer path 'total' clashes with the reserved name 'total'")) == pos_of(src, "total"));
}

TEST_CASE("a name that clashes with a path is reported once, not at every use", "[check]") {
  std::string src = "rubric \"t\"\noffer {\n  pay : money\n}\nlet x = pay * 2\n"
                    "criterion pay \"Pay\" weight 100 { score scale(pay, 100k => 0, 300k => 10) + x }\n";
  Checked c = check_text(src);
  Diagnostic d = only_error(c);
  CHECK(d.message == "offer path 'pay' clashes with criterion 'pay'");
  CHECK(at(d) == pos_of(src, "pay : money"));
  CHECK(c.result.diagnostics.size() == 1);
}

TEST_CASE("a dotted offer path may start with a declared name, as in the brief", "[check]") {
  // The brief's example declares criterion `scope` and field `scope.level`.
  std::string src = kPreamble + "offer {\n  c.base : money\n}\n" +
                    "criterion c \"C\" weight 100 { score c.base / 1000 because \"{c.base}\" }\n" +
                    "ask q \"Q\" { when c > 1 }\n";
  Checked c = check_text(src);
  INFO(c.text);
  REQUIRE(c.result.diagnostics.empty());
  const ast::Expr& score = *c.rubric->criteria[0].score;
  CHECK(score.children[0]->symbol.kind == SymbolKind::field);
  CHECK(c.rubric->asks[0].condition->children[0]->symbol.kind == SymbolKind::criterion);
}

TEST_CASE("an offer path that is a prefix of another is an error", "[check]") {
  std::string src = "rubric \"t\"\noffer {\n  comp.base : money\n  comp : number\n}\n"
                    "criterion c \"C\" weight 100 { score comp }\n";
  Checked c = check_text(src);
  Diagnostic d = only_error(c);
  CHECK(d.message == "offer path 'comp' is a prefix of 'comp.base'; a field cannot also hold fields");
  CHECK(at(d) == pos_of(src, "comp : number"));
  CHECK(d.notes == std::vector<std::string>{"'comp.base' is declared at line 3"});
}

TEST_CASE("an unknown name suggests the closest declared name", "[check]") {
  std::string src = kPreamble + "let senior_ratio = a / 2\ncriterion c \"C\" weight 100 { score senior_ration }\n";
  Checked c = check_text(src);
  Diagnostic d = only_error(c);
  CHECK(d.message == "unknown name 'senior_ration'");
  CHECK(at(d) == pos_of(src, "senior_ration }"));
  CHECK(d.notes == std::vector<std::string>{"did you mean 'senior_ratio'?"});
}

TEST_CASE("an unknown path suggests a unique suffix match, or says where paths come from", "[check]") {
  std::string src = "rubric \"t\"\noffer {\n  comp.base : money\n  team.size : number\n}\n"
                    "criterion c \"C\" weight 100 { score base + team.sizes + comp.bonus }\n";
  Checked c = check_text(src);
  INFO(c.text);
  REQUIRE(count(c.result, DiagnosticLevel::error) == 3);
  Diagnostic base = error_with(c, "unknown name 'base'");
  CHECK(at(base) == pos_of(src, "base +"));
  CHECK(base.notes == std::vector<std::string>{"did you mean 'comp.base'?"});
  Diagnostic sizes = error_with(c, "unknown offer path 'team.sizes'");
  CHECK(at(sizes) == pos_of(src, "team.sizes"));
  CHECK(sizes.notes == std::vector<std::string>{"did you mean 'team.size'?"});
  Diagnostic bonus = error_with(c, "unknown offer path 'comp.bonus'");
  CHECK(at(bonus) == pos_of(src, "comp.bonus"));
  CHECK(bonus.notes == std::vector<std::string>{"every path an expression reads must be declared in 'offer { }'"});
}

TEST_CASE("an unknown name inside a string points at its brace", "[check]") {
  std::string src = kPreamble +
                    "criterion c \"C {ax}\" weight 100 {\n  score a\n  because \"a is \\{a} {a}, {mm}\"\n}\n";
  Checked c = check_text(src);
  INFO(c.text);
  REQUIRE(count(c.result, DiagnosticLevel::error) == 2);
  Diagnostic label = error_with(c, "unknown name 'ax'");
  CHECK(at(label) == pos_of(src, "{ax}"));
  CHECK(label.notes == std::vector<std::string>{"did you mean 'a'?"});
  Diagnostic because = error_with(c, "unknown name 'mm'");
  CHECK(at(because) == pos_of(src, "{mm}"));
  CHECK(because.notes == std::vector<std::string>{"did you mean 'm'?"});
  // `\{a}` is a literal brace; `{a}` is a reference with its own range.
  const auto& pieces = c.rubric->criteria[0].because->pieces;
  REQUIRE(pieces.size() == 4);
  CHECK(pieces[0].literal == "a is {a} ");
  CHECK(pieces[1].name == "a");
  CHECK(pieces[1].symbol.kind == SymbolKind::field);
  CHECK(pieces[1].type.kind == TypeKind::number);
  CHECK(Pos{pieces[1].range.begin.line, pieces[1].range.begin.column} == pos_of(src, "{a},"));
  CHECK(pieces[2].literal == ", ");
  CHECK(pieces[3].name == "mm");
  CHECK(pieces[3].symbol.kind == SymbolKind::none);
}

TEST_CASE("a malformed or unclosed brace in a string is an error", "[check]") {
  // `{a b}` is now an expression that does not parse (tests/unit/test_reasons_expr.cpp); blanks alone are no name.
  std::string src = kPreamble + "criterion c \"C { }\" weight 100 {\n  score a\n  because \"open {a\"\n}\n";
  Checked c = check_text(src);
  INFO(c.text);
  REQUIRE(count(c.result, DiagnosticLevel::error) == 2);
  Diagnostic bad = error_with(c, "expected a name or path between '{' and '}', found ' '");
  CHECK(at(bad) == pos_of(src, "{ }"));
  Diagnostic open = error_with(c, "unclosed '{' in string");
  CHECK(at(open) == pos_of(src, "{a\""));
  CHECK(open.notes == std::vector<std::string>{"write '\\{' for a literal brace"});
}

TEST_CASE("an unknown function lists the known ones", "[check]") {
  std::string src = kPreamble + "criterion c \"C\" weight 100 { score maxx(a, 1) }\n";
  Checked c = check_text(src);
  Diagnostic d = only_error(c);
  CHECK(d.message == "unknown function 'maxx'");
  CHECK(at(d) == pos_of(src, "maxx"));
  REQUIRE(d.notes.size() == 2);
  CHECK(d.notes[0] == "did you mean 'max'?");
  CHECK(d.notes[1] ==
        "known functions: abs, clamp, grant_value, max, max_of, mean_of, min, min_of, round, scale, vested, "
        "vested_through");
}

TEST_CASE("a function called with the wrong number of arguments is an error", "[check]") {
  std::string src = kPreamble + "let x = clamp(a, 1)\nlet y = min(a)\nlet z = abs(a, m)\n" +
                    "criterion c \"C\" weight 100 { score x + y + z }\n";
  Checked c = check_text(src);
  INFO(c.text);
  REQUIRE(count(c.result, DiagnosticLevel::error) == 3);
  CHECK(at(error_with(c, "'clamp' takes 3 arguments, found 2")) == pos_of(src, "clamp"));
  CHECK(at(error_with(c, "'min' takes at least 2 arguments, found 1")) == pos_of(src, "min"));
  CHECK(at(error_with(c, "'abs' takes 1 argument, found 2")) == pos_of(src, "abs"));
}

TEST_CASE("every error is reported, not just the first", "[check]") {
  std::string src = kPreamble + "let x = b + 1\nlet y = \"s\" * 2\n" +
                    "criterion c \"C\" weight 90 { score x + y + zz }\nflag f \"F\" info { when a }\n";
  Checked c = check_text(src);
  INFO(c.text);
  CHECK(count(c.result, DiagnosticLevel::error) == 5);
  // Reported in file order.
  for (std::size_t i = 1; i < c.result.diagnostics.size(); ++i) {
    CHECK(c.result.diagnostics[i - 1].range.begin.line <= c.result.diagnostics[i].range.begin.line);
  }
}

TEST_CASE("a reason may name its own declaration without making a cycle", "[check]") {
  std::string src = kPreamble + "criterion pay \"Pay {pay}\" weight 100 { score a because \"scores {pay}\" }\n" +
                    "flag f \"F\" info { when ok because \"{f}\" }\n";
  Checked c = check_text(src);
  INFO(c.text);
  CHECK(c.result.diagnostics.empty());
  CHECK(c.rubric->criteria[0].because->pieces[1].symbol.kind == SymbolKind::criterion);
  CHECK(c.rubric->flags[0].because->pieces[0].type == Type{TypeKind::boolean});
}
