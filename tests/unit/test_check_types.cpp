// The checker's type rules (docs/design.md "Types"): operators, enumerations,
// match, conditions, numeric clauses, let declarations and offer defaults.
#include "test_check_support.hpp"

using namespace check_test;

namespace {

std::string scored(const std::string& score) { return "criterion c \"C\" weight 100 { score " + score + " }\n"; }

}  // namespace

TEST_CASE("arithmetic on text is an error at the text operand", "[check]") {
  std::string src = kPreamble + scored("\"org\" + 1");
  Checked c = check_text(src);
  Diagnostic d = only_error(c);
  CHECK(d.message == "'+' needs numbers, found text");
  CHECK(at(d) == pos_of(src, "\"org\""));
}

TEST_CASE("operators check their operand types", "[check]") {
  std::string src = kPreamble + "let x = -ok\nlet y = not a\nlet z = a < name\nlet w = ok and a\nlet v = a == ok\n" +
                    scored("x + 1") + "ask q \"Q\" { when y or z or w or v }\n";
  Checked c = check_text(src);
  INFO(c.text);
  REQUIRE(count(c.result, DiagnosticLevel::error) == 5);
  CHECK(at(error_with(c, "unary '-' needs a number, found bool")) == pos_of(src, "ok\n"));
  CHECK(at(error_with(c, "'not' needs a bool, found number")) == pos_of(src, "a\nlet z"));
  CHECK(at(error_with(c, "'<' needs numbers, found text")) == pos_of(src, "name\nlet w"));
  CHECK(at(error_with(c, "'and' needs bool operands, found number")) == pos_of(src, "a\nlet v"));
  CHECK(at(error_with(c, "'==' cannot compare number with bool")) == pos_of(src, "ok\ncriterion"));
}

TEST_CASE("comparing an enumeration with a string outside it names the members", "[check]") {
  std::string src = kPreamble + scored("1") + "flag f \"F\" info { when lvl == \"yy\" or \"x\" != lvl }\n";
  Checked c = check_text(src);
  Diagnostic d = only_error(c);
  CHECK(d.message == "'yy' is not one of 'x', 'y', 'z'");
  CHECK(at(d) == pos_of(src, "\"yy\""));
  CHECK(d.notes == std::vector<std::string>{"did you mean 'y'?"});
}

TEST_CASE("an enumeration compares only with its literals or the same enumeration", "[check]") {
  std::string src = "rubric \"t\"\noffer {\n  e1 : \"a\" | \"b\"\n  e2 : \"b\" | \"a\"\n  e3 : \"a\" | \"c\"\n"
                    "  s : text\n}\n" +
                    scored("1") + "flag f \"F\" info { when e1 == e2 and e1 != e3 and e1 == s }\n";
  Checked c = check_text(src);
  INFO(c.text);
  REQUIRE(count(c.result, DiagnosticLevel::error) == 2);
  Diagnostic diff = error_with(c, "'!=' compares enumerations with different members");
  CHECK(at(diff) == pos_of(src, "e3 and"));
  CHECK(diff.notes == std::vector<std::string>{"left: 'a', 'b'", "right: 'a', 'c'"});
  Diagnostic text = error_with(c, "'==' compares an enumeration only with a string literal or the same enumeration, "
                                  "found text");
  CHECK(at(text) == pos_of(src, "s }"));
}

TEST_CASE("'in' lists are checked against the enumeration", "[check]") {
  std::string src = kPreamble + scored("1") + "flag f \"F\" info { when lvl in [\"x\", \"w\"] or a in [\"x\"] }\n";
  Checked c = check_text(src);
  INFO(c.text);
  REQUIRE(count(c.result, DiagnosticLevel::error) == 2);
  CHECK(at(error_with(c, "'w' is not one of 'x', 'y', 'z'")) == pos_of(src, "\"w\""));
  CHECK(at(error_with(c, "'in' needs an enumeration or text on the left, found number")) == pos_of(src, "a in"));
}

TEST_CASE("match arms must be members, distinct, and cover the enumeration", "[check]") {
  std::string src = kPreamble + "criterion c \"C\" weight 100 {\n  score match lvl {\n    \"x\" => 1\n    \"x\" => 2\n"
                                "    \"w\" => 3\n  }\n}\n";
  Checked c = check_text(src);
  INFO(c.text);
  REQUIRE(count(c.result, DiagnosticLevel::error) == 3);
  Diagnostic dup = error_with(c, "duplicate match arm 'x'");
  CHECK(at(dup) == pos_of(src, "\"x\"", 3));  // the preamble's enumeration holds the first
  CHECK(dup.notes == std::vector<std::string>{"the first arm for 'x' is at line 11"});
  CHECK(at(error_with(c, "'w' is not one of 'x', 'y', 'z'")) == pos_of(src, "\"w\""));
  CHECK(at(error_with(c, "'match' does not cover 'y', 'z'; add arms for them or an 'else' arm")) ==
        pos_of(src, "match"));
}

TEST_CASE("a match on text needs else; a match on a number is an error", "[check]") {
  std::string src = kPreamble + "let x = match name { \"a\" => 1 }\nlet y = match a { \"a\" => 1 else => 2 }\n" +
                    scored("x + y");
  Checked c = check_text(src);
  INFO(c.text);
  REQUIRE(count(c.result, DiagnosticLevel::error) == 2);
  CHECK(at(error_with(c, "a 'match' on text needs an 'else' arm")) == pos_of(src, "match name"));
  CHECK(at(error_with(c, "'match' needs an enumeration or text, found number")) == pos_of(src, "a {"));
}

TEST_CASE("a match with else need not cover every member", "[check]") {
  Checked c = check_text(kPreamble + scored("match lvl { \"x\" => 1 else => 2 }"));
  INFO(c.text);
  CHECK(c.result.ok());
}

TEST_CASE("conditions must be bool", "[check]") {
  std::string src = kPreamble + "let x = if a then 1 else 2\nlet y = when m => 1 else 2\n" + scored("x + y") +
                    "flag f \"F\" info { when a }\nconfirm k \"K\" { when name }\nask q \"Q\" { when lvl }\n";
  Checked c = check_text(src);
  INFO(c.text);
  REQUIRE(count(c.result, DiagnosticLevel::error) == 5);
  CHECK(at(error_with(c, "an 'if' condition must be bool, found number")) == pos_of(src, "a then"));
  CHECK(at(error_with(c, "a 'when' condition must be bool, found money")) == pos_of(src, "m =>"));
  CHECK(at(error_with(c, "a flag's 'when' condition must be bool, found number")) == pos_of(src, "a }"));
  CHECK(at(error_with(c, "a confirm's 'when' condition must be bool, found text")) == pos_of(src, "name }"));
  CHECK(at(error_with(c, "an ask's 'when' condition must be bool, found enumeration")) == pos_of(src, "lvl }"));
}

TEST_CASE("scores, penalties, caps and range bounds must be numeric", "[check]") {
  std::string src = kPreamble + scored("ok") + "flag f \"F\" info { when ok penalty true cap name }\n" +
                    "ask q \"Q\" { when ok range \"lo\" .. 2 }\n";
  Checked c = check_text(src);
  INFO(c.text);
  REQUIRE(count(c.result, DiagnosticLevel::error) == 4);
  CHECK(at(error_with(c, "a criterion score must be a number, found bool")) == pos_of(src, "ok }"));
  CHECK(at(error_with(c, "a 'penalty' must be a number, found bool")) == pos_of(src, "true"));
  CHECK(at(error_with(c, "a 'cap' must be a number, found text")) == pos_of(src, "name }"));
  CHECK(at(error_with(c, "a 'range' bound must be a number, found text")) == pos_of(src, "\"lo\""));
}

TEST_CASE("if, when and match branches must share a type", "[check]") {
  std::string src = kPreamble + "let x = if ok then 1 else \"s\"\nlet y = when ok => ok else 2\n" + scored("x + y");
  Checked c = check_text(src);
  INFO(c.text);
  REQUIRE(count(c.result, DiagnosticLevel::error) == 2);
  CHECK(at(error_with(c, "'if' branches have different types: number and text")) == pos_of(src, "\"s\""));
  CHECK(at(error_with(c, "'when' branches have different types: bool and number")) == pos_of(src, "2\ncrit"));
}

TEST_CASE("a let's value must fit its declared type", "[check]") {
  std::string src = kPreamble + "let x : money = ok\nlet y : bool = a\nlet z : text = lvl\nlet p : percent = a / 2\n" +
                    scored("p") + "ask q \"Q\" { when y and x > 1 and z == \"s\" }\n";
  Checked c = check_text(src);
  INFO(c.text);
  REQUIRE(count(c.result, DiagnosticLevel::error) == 3);
  CHECK(at(error_with(c, "let 'x' is declared money but its value is bool")) == pos_of(src, "ok\nlet y"));
  CHECK(at(error_with(c, "let 'y' is declared bool but its value is number")) == pos_of(src, "a\nlet z"));
  CHECK(at(error_with(c, "let 'z' is declared text but its value is enumeration")) == pos_of(src, "lvl\nlet p"));
  CHECK(c.result.let_types[0].kind == TypeKind::money);
  CHECK(c.result.let_types[3].kind == TypeKind::percent);
}

TEST_CASE("offer defaults are literals of the field's type", "[check]") {
  std::string src = "rubric \"t\"\noffer {\n  d1 : money = \"lots\"\n  d2 : percent = 10\n"
                    "  d3 : \"p\" | \"q\" = \"r\"\n  d4 : bool = 1\n  d5 : percent = 0\n  d6 : number = -3\n"
                    "  d7 : text = \"x\"\n  d8 : percent = 12.5%\n}\n" +
                    scored("d1 + d2 + d5 + d6 + d8");
  Checked c = check_text(src);
  INFO(c.text);
  REQUIRE(count(c.result, DiagnosticLevel::error) == 4);
  CHECK(at(error_with(c, "the default of money field 'd1' must be a number, found \"lots\"")) ==
        pos_of(src, "\"lots\""));
  CHECK(at(error_with(c, "the default of percent field 'd2' must be a percent written with % (like 10%), or 0, "
                         "found 10")) == pos_of(src, "10\n"));
  CHECK(at(error_with(c, "'r' is not one of 'p', 'q'")) == pos_of(src, "\"r\""));
  CHECK(at(error_with(c, "the default of bool field 'd4' must be true or false, found 1")) == pos_of(src, "1\n"));
  const auto& fields = c.rubric->fields;
  CHECK(fields[4].default_value->type.kind == TypeKind::percent);
  CHECK(fields[5].default_value->type.kind == TypeKind::number);
  CHECK(fields[7].default_value->type.kind == TypeKind::percent);
}

TEST_CASE("a duplicate enumeration member is an error", "[check]") {
  std::string src = "rubric \"t\"\noffer {\n  e : \"a\" | \"b\" | \"a\"\n}\n" + scored("1");
  Checked c = check_text(src);
  Diagnostic d = only_error(c);
  CHECK(d.message == "duplicate member 'a' in the enumeration of 'e'");
  CHECK(at(d) == pos_of(src, "\"a\"", 2));
  CHECK(c.result.enums == std::vector<std::vector<std::string>>{{"a", "b"}});
}

TEST_CASE("numeric results take the type the design prescribes", "[check]") {
  std::string src = "rubric \"t\"\noffer {\n  n : number\n  m : money\n  p : percent\n  b : bool\n}\n"
                    "let l0 = m + n\nlet l1 = p + p\nlet l2 = p * n\nlet l3 = m / m\nlet l4 = m / n\nlet l5 = -m\n"
                    "let l6 = min(p, n)\nlet l7 = scale(m, 1 => 2, 3 => 4)\nlet l8 = max_of(m)\n"
                    "let l9 = if b then m else 0\nlet l10 = p - n\nlet l11 = n / m\nlet l12 = round(p, 2)\n" +
                    scored("l0+l1+l2+l3+l4+l5+l6+l7+l8+l9+l10+l11+l12");
  Checked c = check_text(src);
  INFO(c.text);
  REQUIRE(c.result.ok());
  using K = TypeKind;
  std::vector<K> want{K::money,  K::percent, K::number, K::number, K::money,  K::money,  K::percent,
                      K::number, K::money,   K::money,  K::number, K::number, K::percent};
  REQUIRE(c.result.let_types.size() == want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    INFO("l" << i);
    CHECK(c.result.let_types[i].kind == want[i]);
    CHECK(c.rubric->lets[i].value->type.kind == want[i]);
  }
  CHECK(c.result.uses_aggregates);
}
