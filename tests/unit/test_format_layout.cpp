// The formatter's layout pass on its own (no parse), so constructs the grammar does not know yet (other
// branches add them) can be checked to keep their tokens and get sensible indentation; and the diff.
#include <catch2/catch.hpp>

#include <rubric/format.hpp>
#include "rubric/format/format_plan.hpp"

using rubric::format::layout;

TEST_CASE("layout keeps unknown constructs' tokens and indents their blocks", "[fmt]") {
  const std::string input = "rates as of \"2026-01-01\" {\nUSD = 1\n    EUR=1.08\n}\n"
                            "ignore {  heavy_oncall,vague }\n"
                            "criterion pay \"Pay\" weight 100 negotiable {\n"
                            "score 5\n because if pay > 5 then \"high\"\n else \"low\"\n}\n";
  const std::string expected = "rates as of \"2026-01-01\" {\n  USD = 1\n  EUR = 1.08\n}\n\n"
                               "ignore { heavy_oncall, vague }\n\n"
                               "criterion pay \"Pay\" weight 100 negotiable {\n"
                               "  score 5\n  because if pay > 5 then \"high\"\n          else \"low\"\n}\n";
  CHECK(layout(input) == expected);
  CHECK(layout(expected) == expected);
}

TEST_CASE("layout keeps bytes it does not know where they were", "[fmt]") {
  // `?` and `@` are no tokens of the language: their spacing is kept, so `?:` stays one piece.
  CHECK(layout("let a = b ?: c@d\n") == "let a = b ?: c@d\n");
  CHECK(layout("let a = b?:c\n") == "let a = b?: c\n");
}

TEST_CASE("layout spaces operators, calls, unary minus and ranges", "[fmt]") {
  CHECK(layout("scale -5 .. 5\n") == "scale -5..5\n");
  CHECK(layout("let x=-(a+b)*-3\n") == "let x = -(a + b) * -3\n");
  CHECK(layout("let y = max ( a,b ) - min(c , d)\n") == "let y = max(a, b) - min(c, d)\n");
  CHECK(layout("let z = a in [ \"x\",\"y\" ]\n") == "let z = a in [\"x\", \"y\"]\n");
  CHECK(layout("let w = not(a)\n") == "let w = not (a)\n");
  CHECK(layout("let s = scale(x,1=>2)\n") == "let s = scale(x, 1 => 2)\n");
}

TEST_CASE("layout lines up continuation lines under open parentheses and statements", "[fmt]") {
  CHECK(layout("let a = min(b,\nc)\n") == "let a = min(b,\n            c)\n");
  CHECK(layout("let a = min(\nb, c\n)\n") == "let a = min(\n    b, c\n)\n");
  CHECK(layout("let a = b +\nc\n") == "let a = b +\n    c\n");
  CHECK(layout("let a = b\n+ c\n") == "let a = b\n    + c\n");
}

TEST_CASE("layout keeps comments where they are and normalises blank lines", "[fmt]") {
  CHECK(layout("\n\n# top   \n\n\n\nlet a = 1   # why  \n") == "# top\n\nlet a = 1 # why\n");
  CHECK(layout("offer {\n\n  a : number\n\n\n  # b next\n  b : number\n\n}\n") ==
        "offer {\n  a : number\n\n  # b next\n  b : number\n}\n");
  CHECK(layout("let a = 1\nlet b = 2\n") == "let a = 1\nlet b = 2\n");
  CHECK(layout("let a = 1\n# about b\nconfirm b \"B\" {\nwhen x\n}\n") ==
        "let a = 1\n\n# about b\nconfirm b \"B\" {\n  when x\n}\n");
}

TEST_CASE("unified_diff shows hunks with three lines of context", "[fmt]") {
  CHECK(rubric::unified_diff("a\n", "a\n", "x", "y").empty());
  CHECK(rubric::unified_diff("1\n2\n3\n4\n5\n6\n7\n8\n", "1\n2\n3\n4\nfive\n6\n7\n8\n", "x", "y") ==
        "--- x\n+++ y\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
  CHECK(rubric::unified_diff("a\nb\n", "a\n", "x", "y") == "--- x\n+++ y\n@@ -1,2 +1,1 @@\n a\n-b\n");
  CHECK(rubric::unified_diff("", "a\n", "x", "y") == "--- x\n+++ y\n@@ -0,0 +1,1 @@\n+a\n");
  CHECK(rubric::unified_diff("a", "b", "x", "y") ==
        "--- x\n+++ y\n@@ -1,1 +1,1 @@\n-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file\n");
}
