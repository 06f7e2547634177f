// One Markdown escaper for every command: `eval --format md` and `report --format md` must escape the
// same text the same way, so a label that breaks one cannot break the other.
#include <catch2/catch.hpp>

#include <string>

#include <rubric/output.hpp>
#include <rubric/report.hpp>
#include "rubric/output/text.hpp"
#include "test_output_fixture.hpp"

using namespace rubric;
using rubric::test::core_run;

namespace {

// Every character Markdown gives a meaning to, plus a line break and the HTML entity opener.
const std::string kHostile = "T*i_t`l[e](x)<b>|~#!&\\\nend";

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("the Markdown escaper neutralises every special character", "[md]") {
  CHECK(text::md(kHostile) == "T\\*i\\_t\\`l\\[e\\](x)\\<b\\>\\|\\~\\#\\!&amp;\\\\ end");
}

TEST_CASE("eval md and report md escape a hostile title, company and flag label alike", "[md]") {
  RunResult run = core_run();
  run.title = kHostile;
  for (auto& offer : run.offers) offer.company = kHostile;
  const std::string escaped = text::md(kHostile);

  const std::string eval_md = format_md(run, FormatContext{});
  const Report report = build_report(run);
  const std::string report_md = render_report_md(report);

  CHECK(contains(eval_md, "# " + escaped + "\n"));
  CHECK(contains(report_md, escaped));
  CHECK(contains(eval_md, "| " + escaped + " |"));
  for (const std::string* md : {&eval_md, &report_md}) {
    CHECK_FALSE(contains(*md, "T*i_t"));   // no emphasis can start
    CHECK_FALSE(contains(*md, "<b>"));     // no HTML
    CHECK_FALSE(contains(*md, "[e](x)"));  // no link
  }
}

TEST_CASE("eval and report print an ask's range with the same words", "[md]") {
  const RunResult run = core_run();
  const std::string eval_md = format_md(run, FormatContext{});
  const std::string eval_text = format_text(run, FormatContext{});
  const std::string report_md = render_report_md(build_report(run));
  CHECK(contains(eval_md, "275,616 to 293,480"));
  CHECK(contains(eval_text, "275,616 to 293,480"));
  CHECK(contains(report_md, "275,616 to 293,480"));
  CHECK_FALSE(contains(eval_md + eval_text + report_md, "275,616 .. 293,480"));
}
