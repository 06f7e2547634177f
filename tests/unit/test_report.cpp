#include <catch2/catch.hpp>

#include <rubric/report.hpp>
#include "test_report_fixtures.hpp"

using namespace rubric;
using Catch::Detail::Approx;
using Catch::Matchers::Contains;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

// An offer whose every text tries to break out of HTML or Markdown.
OfferResult hostile_offer() {
  OfferResult o = brief_run().offers[1];
  o.id = "<script>alert('id')</script>|x";
  o.company = "Evil \"Corp\" & <b id=\"pwned\">Sons</b>";
  o.role_title = "|broken|table| ` **bold**";
  o.source = "offers/<img src=x onerror=alert(1)>.json";
  o.criteria[0].because = {"</li></ul><iframe src=\"https://example.com\"></iframe>"};
  o.criteria[0].facts = {
      FactUse{-1, "scope.level", "<svg onload=alert(2)>", "letter's \"p. 1\" & <annex>", false, {}, {}}};
  o.flags[0].because = {"<style>body{display:none}</style>"};
  o.errors = {OfferError{"$.comp.base: expected money, found string \"<script>\""}};
  return o;
}

RunResult hostile_run() {
  RunResult run = brief_run();
  run.title = "Offers </title><script>alert('title')</script>";
  run.criteria[1].label = "Pay <em>& equity</em>";
  run.offers[1] = hostile_offer();
  run.decision.runner_up = run.offers[1].id;
  return run;
}

}  // namespace

TEST_CASE("the memo names the criteria that decided it, largest difference first", "[report]") {
  RunResult run = brief_run();
  Report report = build_report(run);
  const Memo& memo = report.memo;
  REQUIRE(memo.recommended);
  CHECK(memo.recommended->id == "northwind");
  REQUIRE(memo.runner_up);
  CHECK(memo.runner_up->id == "lumen");
  REQUIRE(memo.margin);
  CHECK(*memo.margin == Approx(4.0358333));
  REQUIRE(memo.deciding.size() == 3);
  CHECK(memo.deciding[0].id == "team");
  CHECK(memo.deciding[0].difference == Approx(1.2));
  CHECK(memo.deciding[1].id == "scope");
  CHECK(memo.deciding[2].id == "risk");
  CHECK(memo.deciding[2].difference == Approx(0.9 - 11.0 / 30.0));
  REQUIRE(memo.against);
  CHECK(memo.against->id == "pay");
  CHECK(memo.against->difference == Approx(-1.1225));
  CHECK(memo.penalty_gap == Approx(2));
  REQUIRE(memo.flags.size() == 3);
  CHECK(memo.flags[0].offer == "lumen");
  CHECK(memo.flags[0].flag->id == "heavy_oncall");
  CHECK(memo.to_confirm.empty());
  REQUIRE(memo.asks.size() == 1);
  CHECK(memo.asks[0]->id == "pay_alignment");
  CHECK(memo.headline == "Take northwind (Northwind Systems): total 7.84, 4.04 ahead of lumen (3.80).");
  CHECK_THAT(memo.robustness, Contains("only if Compensation weighed more than 71.38 instead of 25"));
}

TEST_CASE("an info flag without effect on the runner-up stays out of the memo", "[report]") {
  RunResult run = brief_run();
  run.offers[1].flags[2].severity = Severity::info;
  CHECK(build_report(run).memo.flags.size() == 2);
  run.offers[0].flags.push_back(run.offers[1].flags[2]);  // but every flag of the recommended offer counts
  CHECK(build_report(run).memo.flags.size() == 3);
}

TEST_CASE("the Markdown report states the decision, the evidence and the sensitivity", "[report]") {
  RunResult run = brief_run();
  std::string md = render_report_md(build_report(run));
  CHECK_THAT(md, Contains("**Take northwind (Northwind Systems): total 7.84, 4.04 ahead of lumen (3.80).**"));
  CHECK_THAT(md, Contains("- Team quality and mentorship: 9.00 against 3.00 at weight 20, +1.20"));
  CHECK_THAT(md, Contains("- lumen is ahead on Compensation: 5.26 against 9.75 at weight 25, -1.12"));
  CHECK_THAT(md, Contains("**Compensation alignment**: 275,616 to 293,480"));
  CHECK_THAT(md, Contains("| Compensation | 25 | 5.26 (1.32) | 9.75 (2.44) |"));
  CHECK_THAT(md, Contains("| **Total** |  | **7.84** | **3.80** |"));
  CHECK_THAT(md, Contains("1 of 2 (missing: written\\_scope)"));
  CHECK_THAT(md, Contains("because owns org-wide technical direction"));
  CHECK_THAT(md, Contains("`comp.base` = 182,000 (source: offer letter, page 1)"));
  CHECK_THAT(md, Contains("`comp.sign_on` = 0 (the rubric's default: not in the offer)"));
  CHECK_THAT(md, Contains("- **Heavy on-call with weak support** (`heavy_oncall`): critical, penalty 1.5"));
  CHECK_THAT(md, Contains("- **Vague leveling or promotion criteria** (`vague_leveling`): warning, reported only"));
  CHECK_THAT(md, Contains("**Still to confirm in writing**\n\n- Responsibilities in writing (`written_scope`)"));
  CHECK_THAT(md, Contains("| Compensation | 25 | 71.38 | +46.38 |"));
  CHECK_THAT(md, Contains("| Scope and growth | 30 | \u2014 | no change within 0..100 swaps them |"));
  CHECK_THAT(md, Contains("- File: rules/platform-reliability.rubric"));
  // The sections come in the order the issue asks for.
  auto at = [&md](const char* s) { return md.find(s); };
  CHECK(at("## 1. Decision") < at("## 2. Scorecard"));
  CHECK(at("## 2. Scorecard") < at("## 3. Offers"));
  CHECK(at("## 3. Offers") < at("## 4. Sensitivity"));
  CHECK(at("## 4. Sensitivity") < at("## 5. Appendix"));
  CHECK(md.ends_with("|\n"));
}

TEST_CASE("a tie, an all-vetoed run and a close call say so plainly", "[report]") {
  RunResult tie = tie_run();
  std::string md = render_report_md(build_report(tie));
  CHECK_THAT(md, Contains("**No recommendation: a and b are tied at 5.00.**"));
  CHECK_THAT(md, Contains("| First | 50 | raising it favours a |"));

  RunResult vetoed = brief_run();
  for (auto& o : vetoed.offers) o.vetoed = true;
  vetoed.decision = Decision{};
  vetoed.decision.all_vetoed = true;
  md = render_report_md(build_report(vetoed));
  CHECK_THAT(md, Contains("**No recommendation: every scored offer is vetoed by a red flag.**"));
  CHECK_THAT(md, Contains("Not applicable: every scored offer is vetoed"));
  CHECK_THAT(md, Contains("| **Rank** |  | vetoed | vetoed |"));

  RunResult close = brief_run();
  close.decision.close_call = true;
  md = render_report_md(build_report(close));
  CHECK_THAT(md, Contains("> **Close call:** a margin of 4.04 is under 5% of the scale's width."));
}

TEST_CASE("an offer that could not be scored is listed with its errors", "[report]") {
  RunResult run = brief_run();
  OfferResult broken;
  broken.id = "incomplete";
  broken.source = "offers/incomplete.json";
  broken.errors = {OfferError{"$.comp.base: missing required field"}};
  run.offers.push_back(broken);
  Report report = build_report(run);
  report.input_errors = {{"offers/missing.json", 0, "no such file"}};
  std::string md = render_report_md(report);
  CHECK_THAT(md, Contains("| **Rank** |  | 1 | 2 | not scored |"));
  CHECK_THAT(md, Contains("Not scored. From offers/incomplete.json."));
  CHECK_THAT(md, Contains("- $.comp.base: missing required field"));
  CHECK_THAT(md, Contains("**Inputs that could not be read**\n\n- offers/missing.json: no such file"));
}

TEST_CASE("Markdown escapes offer text so it cannot add markup or break tables", "[report]") {
  RunResult run = hostile_run();
  std::string md = render_report_md(build_report(run));
  CHECK_THAT(md, Contains("\\<script\\>alert('id')\\</script\\>\\|x"));
  CHECK_THAT(md, Contains("\\|broken\\|table\\| \\` \\*\\*bold\\*\\*"));
  CHECK_THAT(md, Contains("Evil \"Corp\" &amp; \\<b id=\"pwned\"\\>Sons\\</b\\>"));
  for (std::size_t at = md.find('<'); at != std::string::npos; at = md.find('<', at + 1)) {
    INFO(md.substr(at, 20));
    CHECK((at > 0 && md[at - 1] == '\\'));  // every < is escaped, so no HTML can start
  }
  // Every scorecard row still has its four cells.
  auto rows = md.substr(md.find("| Criterion | Weight |"));
  rows = rows.substr(0, rows.find("\n\n"));
  std::size_t start = 0;
  while (start < rows.size()) {
    std::size_t end = rows.find('\n', start);
    std::string line = rows.substr(start, end == std::string::npos ? std::string::npos : end - start);
    INFO(line);
    CHECK(count(line, " |") == 4);
    if (end == std::string::npos) break;
    start = end + 1;
  }
}

TEST_CASE("the HTML report is self-contained, escapes every text and has both charts", "[report]") {
  RunResult run = hostile_run();
  std::string html = render_report_html(build_report(run));
  CHECK(html.starts_with("<!DOCTYPE html>"));
  CHECK(count(html, "<svg") == 2);
  CHECK_THAT(html, Contains("<svg id=\"chart-contributions\""));
  CHECK_THAT(html, Contains("<svg id=\"chart-scores\""));
  CHECK(count(html, "<rect class=\"c") == 10);  // five criteria stacked for each of the two offers
  CHECK(count(html, "<rect class=\"o") == 10);  // two offers' bars for each of the five criteria
  for (const char* banned :
       {"<script", "<iframe", "<img", "<b id", "<em>", "<style>body", "<link", "@import", "src=\""})
    CHECK(html.find(banned) == std::string::npos);
  CHECK(count(html, "url(") == count(html, "url(#hatch)"));  // the chart's own pattern, nothing fetched
  CHECK_THAT(html, Contains("&lt;script&gt;alert(&#39;id&#39;)&lt;/script&gt;"));
  CHECK_THAT(html, Contains("Evil &quot;Corp&quot; &amp; &lt;b id=&quot;pwned&quot;&gt;Sons&lt;/b&gt;"));
  CHECK_THAT(html, Contains("Pay &lt;em&gt;&amp; equity&lt;/em&gt;"));
  CHECK_THAT(html, Contains("<title>Decision report: Offers &lt;/title&gt;&lt;script&gt;"));
  CHECK_THAT(html, Contains("@media print"));
  CHECK_THAT(html, Contains("@media (max-width: 40rem)"));
  CHECK_THAT(html, Contains("name=\"viewport\""));
}

TEST_CASE("report text is valid UTF-8 on one line", "[report]") {
  RunResult run = brief_run();
  run.offers[0].company = "Bad \xff\xfe bytes\nand a line break";
  std::string html = render_report_html(build_report(run));
  CHECK_THAT(html, Contains("Bad \xEF\xBF\xBD\xEF\xBF\xBD bytes and a line break"));
  std::string md = render_report_md(build_report(run));
  CHECK_THAT(md, Contains("Bad \xEF\xBF\xBD\xEF\xBF\xBD bytes and a line break"));
}

TEST_CASE("the JSON report adds facts, the memo and the sensitivity figures", "[report]") {
  RunResult run = brief_run();
  Report report = build_report(run);
  report.branches.push_back(CriterionBranch{0, "scope", {TakenArm{"match scope.level", "\"org\"", "owns it"}}});
  nlohmann::json j = report_to_json(report);
  CHECK(j["rubric"] == "Platform reliability offers");
  CHECK(j["rubric_file"] == "rules/platform-reliability.rubric");
  CHECK(j["weights"][0]["weight"] == 30);
  const auto& pay = j["offers"][0]["criteria"][1];
  CHECK(pay["id"] == "pay");
  CHECK(pay["facts"][0]["path"] == "comp.base");
  CHECK(pay["facts"][0]["value"] == "182,000");
  CHECK(pay["facts"][0]["source"] == "offer letter, page 1");
  CHECK(j["offers"][1]["criteria"][1]["facts"][3]["defaulted"] == true);
  const auto& scope = j["offers"][0]["criteria"][0];
  CHECK(scope["branch"][0]["construct"] == "match scope.level");
  CHECK(scope["branch"][0]["arm"] == "\"org\"");
  CHECK_FALSE(j["offers"][1]["criteria"][0].contains("branch"));  // no trace for lumen's ordinal here
  CHECK(j["memo"]["recommended"] == "northwind");
  CHECK(j["memo"]["deciding"][0]["id"] == "team");
  CHECK(j["memo"]["flags"].size() == 3);
  CHECK(j["sensitivity"]["first"] == "northwind");
  CHECK(j["sensitivity"]["criteria"][1]["swap_weight"].get<double>() == Approx(27950.0 / 391.55));
  CHECK(j["sensitivity"]["criteria"][0]["swap_weight"].is_null());
}
