#include <catch2/catch.hpp>

#include <rubric/diagnostic.hpp>
#include <rubric/render.hpp>

using namespace rubric;

TEST_CASE("values render per their type", "[render]") {
  CHECK(render_money(255200) == "255,200");
  CHECK(render_money(275616.00000000003) == "275,616");
  CHECK(render_money(-1234.5) == "-1,234.50");
  CHECK(render_money(999) == "999");
  CHECK(render_percent(180000.0 / 345000.0) == "52.2%");
  CHECK(render_percent(0.10) == "10%");
  CHECK(render_number(3.6666667) == "3.67");
  CHECK(render_number(10) == "10");
  CHECK(render_number(-0.001) == "-0.001");
  CHECK(render_number(5.5e-17) == "0");
  CHECK(render_fixed2(3.8041667) == "3.80");
  CHECK(render_value(1, TypeKind::boolean) == "true");
}

// issue 10 point 3: a money value of 7.80 showed as 8, so "8 - 2 = 5" appeared where the spread is 5.40.
TEST_CASE("money shows cents when it has them, numbers group thousands and keep small values", "[render]") {
  CHECK(render_money(7.8) == "7.80");
  CHECK(render_money(182000) == "182,000");
  CHECK(render_money(1234.5) == "1,234.50");
  CHECK(render_money(5.4) == "5.40");
  CHECK(render_money(0.05) == "0.05");
  CHECK(render_money(-0.004) == "0");
  CHECK(render_money(1234567.891) == "1,234,567.89");
  CHECK(render_money(999.999) == "1,000");
  CHECK(render_number(48000) == "48,000");
  CHECK(render_number(-1234567.5) == "-1,234,567.5");
  CHECK(render_number(0.86234) == "0.862");
  CHECK(render_number(0.0123456) == "0.0123");
  CHECK(render_number(0.5) == "0.5");
  CHECK(render_number(0.99996) == "1");
  CHECK(render_percent(0.00862) == "0.862%");
  CHECK(render_percent(123.456) == "12,345.6%");
  CHECK(render_value(7.8, TypeKind::money) == "7.80");
}

TEST_CASE("diagnostics point at the line and column with a caret", "[diagnostic]") {
  SourceFile file("r.rubric", "rubric \"x\"\nscale 0..\n");
  Diagnostic d;
  d.range.begin = file.position_at(19);
  d.message = "expected the scale's high end";
  d.notes.push_back("write it as scale LO..HI");
  CHECK(format_diagnostic(file, d) ==
        "r.rubric:2:9: error: expected the scale's high end\nscale 0..\n        ^\n  note: write it as scale LO..HI\n");
}
