// Hostile input: deep nesting, long chains, huge files. Each parses or fails
// with one clean diagnostic; none may crash or overflow the stack.
#include <catch2/catch.hpp>

#include <string>

#include "test_parse_support.hpp"

using namespace rubric;
using rubric::test::parse_error_of;
using rubric::test::parse_text;

namespace {

const std::string kHead = "rubric \"T\"\nlet x = ";

std::string repeat(const std::string& piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

}  // namespace

TEST_CASE("10,000 nested parentheses stop at the nesting limit", "[parse]") {
  std::string text = kHead + repeat("(", 10000) + "1" + repeat(")", 10000) + "\n";
  // `let x = ` is level 1; the 200th '(' opens level 201, at column 8 + 200.
  CHECK(parse_error_of(text) == "2:208: expression nested too deeply (more than 200 levels)");
}

TEST_CASE("nesting up to the limit parses", "[parse]") {
  std::string text = kHead + repeat("(", 199) + "1" + repeat(")", 199) + "\n";
  ParseResult result = parse_text(text);
  REQUIRE(result.rubric);
  CHECK(result.rubric->lets[0].value->kind == ast::ExprKind::number);
  CHECK(parse_error_of(kHead + repeat("(", 200) + "1" + repeat(")", 200)) ==
        "2:208: expression nested too deeply (more than 200 levels)");
}

TEST_CASE("10,000 'not' and '-' chains stop at the nesting limit", "[parse]") {
  CHECK(parse_error_of(kHead + repeat("not ", 10000) + "true\n") ==
        "2:805: expression nested too deeply (more than 200 levels)");
  CHECK(parse_error_of(kHead + repeat("-", 10000) + "1\n") ==
        "2:209: expression nested too deeply (more than 200 levels)");
}

TEST_CASE("nested calls, ifs and matches count as nesting", "[parse]") {
  CHECK(parse_error_of(kHead + repeat("abs(", 5000) + "1" + repeat(")", 5000)).find("nested too deeply") !=
        std::string::npos);
  CHECK(parse_error_of(kHead + repeat("if true then 1 else ", 5000) + "1").find("nested too deeply") !=
        std::string::npos);
  CHECK(parse_error_of(kHead + repeat("when true => 1 else ", 5000) + "1").find("nested too deeply") !=
        std::string::npos);
  CHECK(parse_error_of(kHead + repeat("match ", 5000) + "x").find("nested too deeply") != std::string::npos);
}

TEST_CASE("a 100,000-term sum stops at the expression depth limit", "[parse]") {
  std::string text = kHead + "1" + repeat(" + 1", 100000) + "\n";
  CHECK(parse_error_of(text) == "2:9: expression too deep (more than 2000 levels of operators); split it with 'let'");
}

TEST_CASE("a 1,999-term sum parses", "[parse]") {
  ParseResult result = parse_text(kHead + "1" + repeat(" + 1", 1998) + "\n");
  REQUIRE(result.rubric);
  CHECK(result.rubric->lets[0].value->op == ast::BinaryOp::add);
}

TEST_CASE("a 10 MB rubric of valid declarations parses", "[parse]") {
  std::string text = "rubric \"Big\"\noffer {\n  a.b : number = 1\n}\n";
  const std::string decl =
      "let v = if a.b > 2 then max(a.b, 3) * 1.5k else 0  # comment\n"
      "flag f \"F {a.b}\" warning { when a.b in [\"x\", \"y\"] or not true penalty 1 because \"b\" }\n";
  text += repeat(decl, 10'000'000 / decl.size() + 1);
  ParseResult result = parse_text(text);
  REQUIRE(result.rubric);
  CHECK(result.rubric->lets.size() == 10'000'000 / decl.size() + 1);
  CHECK(result.rubric->flags.back().because->value == "b");
}

TEST_CASE("a 10 MB rubric of garbage fails cleanly", "[parse]") {
  std::string garbage;
  garbage.reserve(10'000'000);
  unsigned seed = 12345;
  while (garbage.size() < 10'000'000) {
    seed = seed * 1103515245u + 12345u;
    garbage += static_cast<char>((seed >> 16) & 0xff);
  }
  ParseResult result = parse_text(garbage);
  CHECK_FALSE(result.rubric);
  CHECK(result.diagnostics.size() == 1);

  // Garbage after a valid start, and a 10 MB unterminated string.
  CHECK(parse_error_of("rubric \"x\"\nlet a = " + repeat("(1 +", 2'500'000)).find("2:") == 0);
  CHECK(parse_error_of("rubric \"" + repeat("a", 10'000'000)) ==
        "1:10000009: unterminated string: expected '\"' before the end of the line");
  CHECK(parse_error_of("rubric \"x\"\n" + repeat("#", 10'000'000) + "\n@") ==
        "3:1: expected a declaration: rubric, scale, offer, let, criterion, flag, confirm, ask or draft");
}

TEST_CASE("a file over 64 MiB is refused before parsing", "[parse]") {
  std::string text = "rubric \"x\"\n" + std::string(64 * 1024 * 1024, ' ');
  CHECK(parse_error_of(text).find("1:1: rubric file too large") == 0);
}
