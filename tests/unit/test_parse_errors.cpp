// Syntax errors: one diagnostic at the right line and column (1-based, bytes)
// with the hand-written message of the must<> point that failed.
#include <catch2/catch.hpp>

#include "test_parse_support.hpp"

using rubric::test::parse_error_of;

namespace {

// Prefixes a rubric body with a valid title line, so body errors are on line 2.
std::string titled(const std::string& body) { return "rubric \"x\"\n" + body; }

}  // namespace

TEST_CASE("the title must come first", "[parse]") {
  CHECK(parse_error_of("scale 0..10\n") == "1:1: expected 'rubric \"Title\"' as the first declaration");
  CHECK(parse_error_of("") == "1:1: expected 'rubric \"Title\"' as the first declaration");
  CHECK(parse_error_of("# only a comment\n") == "2:1: expected 'rubric \"Title\"' as the first declaration");
  CHECK(parse_error_of("rubric Title\n") == "1:8: expected the rubric's title, a string like \"Platform offers\"");
}

TEST_CASE("strings end on their line with known escapes", "[parse]") {
  CHECK(parse_error_of("rubric \"x\n") == "1:10: unterminated string: expected '\"' before the end of the line");
  CHECK(parse_error_of(titled("let a = \"bad \\q escape\"\n")) ==
        "2:15: unknown escape sequence in the string (use \\\" \\\\ \\n \\t \\{ or \\})");
}

TEST_CASE("criterion headers name what is missing", "[parse]") {
  CHECK(parse_error_of(titled("criterion pay weight 25 {\n  score 1\n}\n")) ==
        "2:15: expected the criterion's label, a string like \"Compensation\"");
  CHECK(parse_error_of(titled("criterion pay \"Pay\" 25 { score 1 }")) ==
        "2:21: expected 'weight' and a number after the criterion label");
  CHECK(parse_error_of(titled("criterion pay \"Pay\" weight 25% { score 1 }")) ==
        "2:28: expected the weight, a plain number like 25");
  CHECK(parse_error_of(titled("criterion pay \"Pay\" weight 25 { 1 }")) ==
        "2:33: expected 'score' and an expression in the criterion block");
  CHECK(parse_error_of(titled("criterion pay \"Pay\" weight 25 {\n  score 1\n  because \"a\" because \"b\"\n}")) ==
        "4:15: expected '}' to close the criterion block (it holds 'score' and an optional 'because')");
}

TEST_CASE("when and match arms need their arrows and else", "[parse]") {
  const std::string head = "criterion pay \"Pay\" weight 25 { score ";
  CHECK(parse_error_of(titled(head + "when a => 1 when b 2 else 3 }")) ==
        "2:58: expected '=>' after the arm's condition");
  CHECK(parse_error_of(titled(head + "when a => 1 }")) ==
        "2:51: expected another 'when' arm, or 'else' and the value used when no condition holds");
  CHECK(parse_error_of(titled(head + "when a => 1 else => 2 }")) ==
        "2:56: expected the value after 'else' (the 'else' of 'when' takes no '=>')");
  CHECK(parse_error_of(titled("let a = match b { \"x\" => 1 \"y\" 2 }")) ==
        "2:32: expected '=>' after the arm's label");
  CHECK(parse_error_of(titled("let a = match b { \"x\" => 1 else 2 }")) ==
        "2:33: expected '=>' after 'else' in a match");
  CHECK(parse_error_of(titled("let a = match b { x => 1 }")) ==
        "2:19: expected an arm (\"label\" => value), 'else =>' or '}' to close the match");
}

TEST_CASE("operators need operands and comparisons do not chain", "[parse]") {
  CHECK(parse_error_of(titled("let a = 1 +\n")) == "2:12: expected an expression after '+' or '-'");
  CHECK(parse_error_of(titled("let a = 2 * )")) == "2:13: expected an expression after '*' or '/'");
  CHECK(parse_error_of(titled("let a = b and\n  # nothing\n")) == "2:14: expected an expression after 'and'");
  CHECK(parse_error_of(titled("let a = 1 < 2 < 3\n")) == "2:15: comparisons do not chain: write 'a < b and b < c'");
  CHECK(parse_error_of(titled("let a = b in [\"x\"] == c\n")) ==
        "2:20: comparisons do not chain: write 'a < b and b < c'");
  CHECK(parse_error_of(titled("let a =\n")) == "2:8: expected an expression");
  CHECK(parse_error_of(titled("let a = if b then 1")) == "2:20: expected 'else' and a value: 'if' needs both branches");
}

TEST_CASE("brackets and lists must close", "[parse]") {
  CHECK(parse_error_of(titled("let a = max(1, 2")) ==
        "2:17: expected ',' and another argument, or ')' to close the function call");
  CHECK(parse_error_of(titled("let a = (1 + 2")) == "2:15: expected ')' to close the parenthesis");
  CHECK(parse_error_of(titled("let a = b in [\"x\", 1]")) ==
        "2:20: expected a string after ',' (lists hold strings only)");
  CHECK(parse_error_of(titled("let a = b in \"x\"")) ==
        "2:14: expected a list of strings like [\"a\", \"b\"] after 'in'");
}

TEST_CASE("offer blocks name the field syntax", "[parse]") {
  CHECK(parse_error_of(titled("offer {\n  a.b : money\n  c.d number\n}")) ==
        "4:7: expected ':' and a type after the field's path");
  CHECK(parse_error_of(titled("offer {\n  a.b : money\n")) ==
        "3:14: expected an offer field (path : type) or '}' to close the offer block");
  CHECK(parse_error_of(titled("offer {\n  a.b : integer\n}")) ==
        "3:9: expected a type: number, money, percent, bool, text, grant or an enumeration like \"a\" | \"b\"");
  CHECK(parse_error_of(titled("offer {\n  a.b : money = none\n}")) ==
        "3:17: expected the default value: a number, a string, true or false");
}

TEST_CASE("names, numbers and stray characters", "[parse]") {
  CHECK(parse_error_of(titled("let a = 12abc\n")) ==
        "2:11: unexpected letter after the number (the suffixes are k, M and %)");
  CHECK(parse_error_of(titled("let totalComp = 1\n")) ==
        "2:10: names are written in lower case: letters a-z, digits and '_'");
  CHECK(parse_error_of(titled("let if = 1")) == "2:5: expected the let's name, a lower-case name like total_comp");
  CHECK(
      parse_error_of(titled("@\n")) ==
      "2:1: expected a declaration: rubric, scale, offer, let, criterion, flag, confirm, ask, draft, currency or rates");
  CHECK(
      parse_error_of(titled("scale 0..10 }")) ==
      "2:13: expected a declaration: rubric, scale, offer, let, criterion, flag, confirm, ask, draft, currency or rates");
  CHECK(parse_error_of(titled("scale 0 10")) == "2:9: expected '..' between the scale's low and high ends");
}

TEST_CASE("flag, confirm and ask blocks keep their clause order", "[parse]") {
  CHECK(parse_error_of(titled("flag f \"F\" severe { when true }")) ==
        "2:12: expected the flag's severity: info, warning or critical");
  CHECK(parse_error_of(titled("flag f \"F\" info { penalty 1 }")) ==
        "2:19: expected 'when' and the condition that raises the flag");
  CHECK(parse_error_of(titled("flag f \"F\" info { when true because \"x\" penalty 1 }")) ==
        "2:41: expected '}' to close the flag block (clauses go in the order when, penalty, cap, veto, because)");
  CHECK(parse_error_of(titled("confirm c \"C\" { when true penalty 1 }")) ==
        "2:27: expected '}' to close the confirm block (it holds only 'when')");
  CHECK(parse_error_of(titled("ask a \"A\" { when true range 1 2 }")) ==
        "2:31: expected '..' between the range's low and high ends");
  CHECK(parse_error_of(titled("ask a \"A\" { when true cite reliability }")) ==
        "2:28: expected a tag, a string like \"reliability\"");
}

TEST_CASE("positions count bytes on CRLF lines, after tabs and after UTF-8", "[parse]") {
  CHECK(parse_error_of("rubric \"x\"\r\nlet a = 1 +\r\n@\r\n") == "3:1: expected an expression after '+' or '-'");
  // At the end of the text the error stands after the last visible character, past blank and comment lines.
  CHECK(parse_error_of("rubric \"x\"\r\nlet a = 1 +\r\n  # note\r\n\r\n") ==
        "2:12: expected an expression after '+' or '-'");
  CHECK(parse_error_of("rubric \"x\"\r\n\tlet\ta = (1 ]\r\n") == "2:13: expected ')' to close the parenthesis");
  // "é" and "€" are 2 and 3 bytes: the column after them counts bytes.
  CHECK(
      parse_error_of("rubric \"é€\" @") ==
      "1:16: expected a declaration: rubric, scale, offer, let, criterion, flag, confirm, ask, draft, currency or rates");
}
