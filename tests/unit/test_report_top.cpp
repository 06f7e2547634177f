// `rubric report` details only its best kReportDetailOffers offers (issue 16): a report of that many offers or
// fewer is byte-identical to one built from run_traced(), in every format; a longer run adds "All N offers".
#include <fmt/format.h>

#include <filesystem>
#include <fstream>

#include <rubric/explain.hpp>
#include <rubric/limits.hpp>
#include <rubric/render.hpp>
#include <rubric/report.hpp>
#include <rubric/robustness.hpp>
#include "test_eval_support.hpp"

using namespace rubric;
using namespace rubric::test;
namespace fs = std::filesystem;

namespace {

const std::string kRoot = RUBRIC_SOURCE_DIR;

// Builds and renders a report as `rubric report` does, from a run made either way.
std::string render(const CompiledRubric& rubric, TracedRun traced, const std::string& format) {
  add_negotiation_targets(rubric, traced);
  traced.output.run.robustness = compute_robustness(rubric, traced, RobustnessOptions{1000, 10, 1});
  Report report = build_report(traced.output.run);
  report.input_errors = traced.output.input_errors;
  if (format == "json") add_branches(report, rubric, traced);
  add_compensation(report, rubric.schema(), traced.facts);
  if (format == "html") return render_report_html(report);
  if (format == "json") return report_to_json(report).dump(2) + "\n";
  return render_report_md(report);
}

std::shared_ptr<const CompiledRubric> compile_file(const std::string& relative) {
  CompileOutput out = compile_rubric_file(kRoot + "/" + relative);
  INFO(out.format());
  REQUIRE(out.rubric);
  return out.rubric;
}

// Checks that both runs give the same report bytes in every format.
void check_same(const std::string& rubric_file, const std::vector<std::string>& inputs) {
  auto rubric = compile_file(rubric_file);
  for (const char* format : {"md", "html", "json"}) {
    INFO(rubric_file << " as " << format);
    const std::string old_path = render(*rubric, run_traced(*rubric, inputs), format);
    const std::string new_path = render(*rubric, run_traced_top(*rubric, inputs, kReportDetailOffers), format);
    CHECK(old_path == new_path);
  }
}

// Writes `count` variations of a platform offer (pay, scope and on-call vary, many totals tie) as JSON Lines.
std::string write_platform_offers(std::size_t count, const std::string& name) {
  const fs::path path = fs::temp_directory_path() / ("rubric-report-top-" + name + ".jsonl");
  std::ofstream out(path);
  const char* levels[] = {"team", "multi-team", "org"};
  for (std::size_t i = 0; i < count; ++i) {
    out << fmt::format(
               R"({{"id": "p{:03}", "company": "Company {}", "comp": {{"base": {}, "bonus_pct": {}, "sign_on": 0}},)"
               R"( "scope": {{"level": "{}"}}, "team": {{"seniors": {}, "size": 10}},)"
               R"( "oncall": {{"weeks_per_quarter": {}, "support": "secondary"}}, "promotion": {{"ladder_published": true}},)"
               R"( "company_info": {{"stage": "public", "runway_months": 60}}, "in_writing": {{"responsibilities": {}}}}})",
               i, i % 13, 150000 + (i * 7919) % 9 * 10000, i % 3 * 5, levels[i % 3], 1 + i % 5, i % 4,
               i % 2 ? "true" : "false")
        << "\n";
  }
  return path.string();
}

}  // namespace

TEST_CASE("report: the shipped examples are byte-identical through run_traced_top", "[report][top]") {
  check_same("rules/platform-reliability.rubric", {kRoot + "/examples/offers"});
  check_same("rules/product-backend.rubric", {kRoot + "/examples/offers"});  // reads max_of: two passes
  check_same("examples/compensation/compensation.rubric", {kRoot + "/examples/compensation/offers"});
}

TEST_CASE("report: 50 offers with ties are byte-identical through run_traced_top", "[report][top]") {
  const std::string path = write_platform_offers(kReportDetailOffers, "fifty");
  check_same("rules/platform-reliability.rubric", {path});
  fs::remove(path);
}

TEST_CASE("report: 120 offers detail the best 50 and count all 120", "[report][top]") {
  const std::string path = write_platform_offers(120, "many");
  auto rubric = compile_file("rules/platform-reliability.rubric");
  const TracedRun full = run_traced(*rubric, {path});
  const std::string md = render(*rubric, run_traced_top(*rubric, {path}, kReportDetailOffers), "md");
  CHECK(md.find("## All 120 offers\n\nThis report details the best 50 of 120 offers") != std::string::npos);
  CHECK(md.find("| Beyond the detail | 70 |") != std::string::npos);
  CHECK(md.find("| Offers read | 120 |") != std::string::npos);
  CHECK(md.find("### 3.50 ") != std::string::npos);
  CHECK(md.find("### 3.51 ") == std::string::npos);
  const std::string html = render(*rubric, run_traced_top(*rubric, {path}, kReportDetailOffers), "html");
  CHECK(html.find("<h2>All 120 offers</h2>") != std::string::npos);
  CHECK(html.find("The best 50 of 120 offers against the rubric") != std::string::npos);
  const auto doc = nlohmann::json::parse(render(*rubric, run_traced_top(*rubric, {path}, kReportDetailOffers), "json"));
  REQUIRE(doc.contains("beyond_detail"));
  const auto& beyond = doc["beyond_detail"];
  CHECK(beyond["offers"] == 120);
  CHECK(beyond["detailed"] == 50);
  CHECK(beyond["beyond"] == 70);
  CHECK(beyond["scored"] == 120);
  CHECK(beyond["errors"] == 0);
  CHECK(beyond["max_total"].get<double>() == Approx(full.output.run.offers.front().total));
  CHECK(beyond["criteria"].size() == rubric->outline().criteria.size());
  REQUIRE(doc["offers"].size() == 50);
  for (std::size_t i = 0; i < 50; ++i) CHECK(doc["offers"][i]["id"] == full.output.run.offers[i].id);
  fs::remove(path);
}

TEST_CASE("report: more offers tied for first than detailed are counted, not listed", "[report][top]") {
  const fs::path path = fs::temp_directory_path() / "rubric-report-top-tied.jsonl";
  {
    std::ofstream out(path);
    for (int i = 0; i < 120; ++i)
      out << fmt::format(
                 R"({{"id": "t{:03}", "comp": {{"base": 200000}}, "scope": {{"level": "org"}}, "team": {{"seniors": 3, )"
                 R"("size": 10}}, "oncall": {{"support": "secondary"}}, "company_info": {{"stage": "public", )"
                 R"("runway_months": 60}}}})",
                 119 - i)
          << "\n";
  }
  auto rubric = compile_file("rules/platform-reliability.rubric");
  const TracedRun top = run_traced_top(*rubric, {path.string()}, kReportDetailOffers);
  const RunResult& run = top.output.run;
  REQUIRE(run.offers.size() == 50);
  CHECK(run.offers.front().id == "t000");
  CHECK(run.offers.back().id == "t049");
  REQUIRE(run.beyond_detail);
  CHECK(run.beyond_detail->first == 120);
  CHECK(run.decision.tied.size() == 50);
  const std::string total = render_fixed2(run.offers.front().total);
  CHECK(run.decision.summary ==
        "No recommendation: 120 offers tie at " + total + "; this report details the 50 first by id.");
  const std::string md = render(*rubric, run_traced_top(*rubric, {path.string()}, kReportDetailOffers), "md");
  CHECK(md.find("**No recommendation: 120 offers are tied at " + total +
                "; this report details the 50 first by id.**") != std::string::npos);
  CHECK(md.find("| Sharing the first rank | 120 |") != std::string::npos);
  fs::remove(path);
}
