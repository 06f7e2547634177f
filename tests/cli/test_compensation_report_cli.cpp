// The report's compensation by year on the shipped compensation example (examples/compensation): the
// Berlin offer in EUR (base 95,000, bonus 10%, sign-on 20,000 clawed back within 12 months, RSUs 240,000
// vesting 5/15/40/40 behind a one-year cliff, all at 1.08 USD) and the US startup (base 150,000 USD,
// sign-on 10,000, 40,000 options at 3.10 - 1.20 vesting evenly over 4 years behind a one-year cliff).
// The figures below are worked by hand:
//   berlin  base 102,600, bonus 10,260, sign-on 21,600; RSU 259,200 vests 12,960 / 38,880 / 103,680 / 103,680
//           totals 147,420 / 151,740 / 216,540 / 216,540
//   startup base 150,000, bonus 0, sign-on 10,000; options 76,000 vest 19,000 a year
//           totals 179,000 / 169,000 / 169,000 / 169,000
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>

#include "test_cli_sandbox.hpp"

using nlohmann::json;
using namespace rubric::test;

namespace {

const std::string kExample = std::string(RUBRIC_SOURCE_DIR) + "/examples/compensation/";
const std::string kArgs = kExample + "compensation.rubric " + kExample + "offers";

const json* offer_of(const json& report, const std::string& id) {
  for (const auto& o : report["offers"])
    if (o["id"] == id) return &o;
  return nullptr;
}

std::vector<double> column(const json& offer, const char* part) {
  std::vector<double> out;
  for (const auto& year : offer["compensation_by_year"]) out.push_back(year[part].get<double>());
  return out;
}

using Years = std::vector<double>;

}  // namespace

TEST_CASE("report json: compensation by year per offer, in the rubric's currency", "[compensation][report]") {
  Sandbox box;
  REQUIRE(box.run("report " + kArgs + " --format json") == 0);
  const json report = json::parse(box.out);
  const json& fields = report["compensation"];
  CHECK(fields["currency"] == "USD");
  CHECK(fields["base"] == "comp.base");
  CHECK(fields["bonus"] == "comp.bonus_pct");
  CHECK(fields["bonus_percent_of_base"] == true);
  CHECK(fields["sign_on"] == "comp.sign_on");  // not comp.sign_on_clawback_months: a number, not money
  CHECK(fields["grants"] == json::array({"comp.equity"}));
  const json* berlin = offer_of(report, "berlin");
  REQUIRE(berlin);
  CHECK(column(*berlin, "base") == Years{102600, 102600, 102600, 102600});
  CHECK(column(*berlin, "bonus") == Years{10260, 10260, 10260, 10260});
  CHECK(column(*berlin, "equity") == Years{12960, 38880, 103680, 103680});
  CHECK(column(*berlin, "sign_on") == Years{21600, 0, 0, 0});
  CHECK(column(*berlin, "total") == Years{147420, 151740, 216540, 216540});
  const json* startup = offer_of(report, "startup");
  REQUIRE(startup);
  CHECK(column(*startup, "equity") == Years{19000, 19000, 19000, 19000});
  CHECK(column(*startup, "sign_on") == Years{10000, 0, 0, 0});
  CHECK(column(*startup, "total") == Years{179000, 169000, 169000, 169000});
  // The evidence keeps what the offer stated beside the converted value.
  bool original = false;
  for (const auto& c : (*berlin)["criteria"])
    for (const auto& f : c["facts"])
      if (f["path"] == "comp.base") {
        CHECK(f["value"] == 102600);
        CHECK(f["original"] == json({{"amount", 95000}, {"currency", "EUR"}, {"rate", 1.08}}));
        original = true;
      }
  CHECK(original);
}

TEST_CASE("report md and html: the table per offer, the chart in html, same numbers", "[compensation][report]") {
  Sandbox box;
  REQUIRE(box.run("report " + kArgs) == 0);
  CHECK(contains(box.out, "**Compensation by year** (USD; base `comp.base`; bonus `comp.bonus_pct` of the base; "
                          "equity vesting from `comp.equity`; sign-on `comp.sign_on` in year 1)"));
  CHECK(contains(box.out, "| Year | Base | Bonus | Equity vesting | Sign-on | Total |"));
  CHECK(contains(box.out, "| 1 | 102,600 | 10,260 | 12,960 | 21,600 | 147,420 |"));
  CHECK(contains(box.out, "| 3 | 102,600 | 10,260 | 103,680 | 0 | 216,540 |"));
  CHECK(contains(box.out, "| 1 | 150,000 | 0 | 19,000 | 10,000 | 179,000 |"));
  REQUIRE(box.run("report " + kArgs + " --format html") == 0);
  CHECK(contains(box.out, "<table class=\"comp-years\">"));
  CHECK(contains(box.out, "<td class=\"num\">216,540</td>"));
  CHECK(contains(box.out, "id=\"chart-comp-1\""));
  CHECK(contains(box.out, "id=\"chart-comp-2\""));
  CHECK(contains(box.out, "<title>year 3: equity vesting 103,680</title>"));
}

TEST_CASE("report: no compensation table when the rubric declares no grant", "[compensation][report]") {
  // The acceptance example's rubric (a flat comp.equity_4y, no grant) and its two offers.
  Sandbox box;
  const std::string core = std::string(RUBRIC_SOURCE_DIR) + "/tests/golden/success/core/";
  REQUIRE(box.run("report " + core + "rubric.rubric " + core + "offers --format json") == 0);
  const json report = json::parse(box.out);
  CHECK_FALSE(report.contains("compensation"));
  REQUIRE(report["offers"].size() == 2);
  for (const auto& o : report["offers"]) CHECK_FALSE(o.contains("compensation_by_year"));
  REQUIRE(box.run("report " + core + "rubric.rubric " + core + "offers") == 0);
  CHECK(contains(box.out, "northwind"));
  CHECK_FALSE(contains(box.out, "Compensation by year"));
}

TEST_CASE("report: the shipped platform rubric's grants give every example offer its pay by year",
          "[compensation][report]") {
  // rules/platform-reliability.rubric on examples/offers: keel pays in EUR (base 163,000, bonus 10%, RSUs 148,000
  // even over 4 years, sign-on 9,000, all at 1.08); orbital's RSUs (360,000 USD) vest back-loaded 5/15/40/40.
  //   keel     base 176,040, bonus 17,604, equity 39,960 a year, sign-on 9,720: totals 243,324 / 233,604 / ...
  //   orbital  base 212,000, bonus 31,800, equity 18,000 / 54,000 / 144,000 / 144,000, sign-on 40,000:
  //            totals 301,800 / 297,800 / 387,800 / 387,800
  Sandbox box;
  REQUIRE(box.run("report " + std::string(RUBRIC_SOURCE_DIR) + "/rules/platform-reliability.rubric " +
                  std::string(RUBRIC_SOURCE_DIR) + "/examples/offers") == 1);  // incomplete-offer has no base
  CHECK(contains(box.out, "| 1 | 176,040 | 17,604 | 39,960 | 9,720 | 243,324 |"));
  CHECK(contains(box.out, "| 4 | 176,040 | 17,604 | 39,960 | 0 | 233,604 |"));
  CHECK(contains(box.out, "| 1 | 212,000 | 31,800 | 18,000 | 40,000 | 301,800 |"));
  CHECK(contains(box.out, "| 2 | 212,000 | 31,800 | 54,000 | 0 | 297,800 |"));
  CHECK(contains(box.out, "| 3 | 212,000 | 31,800 | 144,000 | 0 | 387,800 |"));
  CHECK(contains(box.out, "`comp.base` = 176,040 (163,000 EUR at 1.08)"));
}
