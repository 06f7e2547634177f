#include <catch2/catch.hpp>

#include <rubric/diagnostic.hpp>
#include <rubric/render.hpp>

using namespace rubric;

TEST_CASE("values render per their type", "[render]") {
  CHECK(render_money(255200) == "255,200");
  CHECK(render_money(275616.00000000003) == "275,616");
  CHECK(render_money(-1234.5) == "-1,235");
  CHECK(render_money(999) == "999");
  CHECK(render_percent(180000.0 / 345000.0) == "52.2%");
  CHECK(render_percent(0.10) == "10%");
  CHECK(render_number(3.6666667) == "3.67");
  CHECK(render_number(10) == "10");
  CHECK(render_number(-0.001) == "0");
  CHECK(render_fixed2(3.8041667) == "3.80");
  CHECK(render_value(1, TypeKind::boolean) == "true");
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
