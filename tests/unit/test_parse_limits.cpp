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
  // `let x = ` starts level 1 at column 9; the expression inside the 200th '(' is level 201.
  CHECK(parse_error_of(text) == "2:209: expression nested too deeply (more than 200 levels)");
}

TEST_CASE("nesting up to the limit parses", "[parse]") {
  std::string text = kHead + repeat("(", 199) + "1" + repeat(")", 199) + "\n";
  ParseResult result = parse_text(text);
  REQUIRE(result.rubric);
  CHECK(result.rubric->lets[0].value->kind == ast::ExprKind::number);
  CHECK(parse_error_of(kHead + repeat("(", 200) + "1" + repeat(")", 200)) ==
        "2:209: expression nested too deeply (more than 200 levels)");
}

TEST_CASE("10,000 'not' and '-' chains stop at the nesting limit", "[parse]") {
  CHECK(parse_error_of(kHead + repeat("not ", 10000) + "true\n") ==
        "2:809: expression nested too deeply (more than 200 levels)");
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
  // Long labels, reasons and comments carry most of the bytes so the test stays quick in
  // unoptimised builds; a token-dense rubric is below.
  const std::string words = repeat("owns the reliability of the platform {total} ", 30);
  const std::string decl = "# " + words + "\ncriterion c \"" + words + "\" weight 1 { score 5 because \"" + words +
                           "\" }\nflag f \"" + words + "\" info { when true because \"" + words + "\" }\n";
  const std::size_t count = 10'000'000 / decl.size() + 1;
  ParseResult result = parse_text("rubric \"Big\"\n" + repeat(decl, count));
  REQUIRE(result.rubric);
  REQUIRE(result.rubric->criteria.size() == count);
  CHECK(result.rubric->flags.size() == count);
  CHECK(result.rubric->criteria.back().because->value == words);
  CHECK(result.rubric->criteria.back().range.begin.line == 2 + 3 * count - 2);
}

TEST_CASE("a token-dense rubric parses", "[parse]") {
  const std::string decl =
      "let v = if a.b > 2 then max(a.b, 3) * 1.5k else -0  # comment\n"
      "flag f \"F {a.b}\" warning { when a.b in [\"x\", \"y\"] or not true penalty 1 because \"b\" }\n";
  ParseResult result = parse_text("rubric \"Dense\"\n" + repeat(decl, 2000));
  REQUIRE(result.rubric);
  CHECK(result.rubric->lets.size() == 2000);
  CHECK(result.rubric->flags.back().because->value == "b");
  CHECK(result.rubric->lets.back().range.begin.line == 2 + 2 * 1999);
}

TEST_CASE("a 10 MB rubric of garbage fails cleanly", "[parse]") {
  std::string garbage(10'000'000, ' ');
  unsigned seed = 12345;
  for (char& c : garbage) {
    seed = seed * 1103515245u + 12345u;
    c = static_cast<char>(seed >> 16);
  }
  ParseResult result = parse_text(garbage);
  CHECK_FALSE(result.rubric);
  CHECK(result.diagnostics.size() == 1);
  // The same garbage after a valid start, inside a string and inside a comment.
  CHECK(parse_error_of("rubric \"x\"\n" + garbage).find("2:1: ") == 0);
  CHECK(parse_error_of("rubric \"x\"\n#" + garbage + "\n@").find(": expected a declaration") != std::string::npos);
  CHECK(parse_error_of("rubric \"x\"\nlet a = " + repeat("(1 +", 2'500'000)) ==
        "2:806: expression nested too deeply (more than 200 levels)");
  CHECK(parse_error_of("rubric \"" + std::string(10'000'000, 'a')) ==
        "1:10000009: unterminated string: expected '\"' before the end of the line");
}

TEST_CASE("a file over 64 MiB is refused before parsing", "[parse]") {
  std::string text = "rubric \"x\"\n" + std::string(64 * 1024 * 1024, ' ');
  CHECK(parse_error_of(text).find("1:1: rubric file too large") == 0);
}
