// What a first real user read wrong (issue 10): money that lost its cents, a scorecard whose rounding
// disagreed with itself, and explain traces that were hard to read on long expressions. Each case runs the
// real binary on a rubric and offers written into a sandbox.
#include <catch2/catch.hpp>

#include <string>

#include "test_cli_sandbox.hpp"

using namespace rubric::test;

namespace {

// Money with cents, a percent let, and a reason that spells out a subtraction.
const char* kCentsRubric = R"(rubric "Readable output"
offer {
  price : money
  cost : money
  equity : money
  options : number
}
let spread : money = price - cost
let equity_share : percent = equity / (equity + price * 1000)
criterion margin "Margin" weight 100 {
  score min(10, spread)
  because "{price} - {cost} = {spread}, {options} options, ratio {ratio}"
}
let ratio = cost / price
ask better "Better price" {
  when margin < 10
  range price * 1.05 .. price * 1.1
  because "the spread is {spread}"
}
)";

const char* kCentsOffer = R"({"id": "cents", "company": "Driftwood Health, Inc.",
  "price": 7.80, "cost": 2.40, "equity": 2600, "options": 48000})";

// Two criteria contributing 0.125 each: each cell shows 0.13, the weighted row 0.25.
const char* kRoundingRubric = R"(rubric "Rounding"
offer { x : number }
criterion a "A" weight 50 { score 0.25 }
criterion b "B" weight 50 { score 0.25 + x }
)";

// A long expression and its first operand begin with the same 100 characters: cut there, the two trace
// lines used to read alike with different values.
const char* kLongRubric = R"(rubric "Long"
offer {
  comp.base_salary_in_the_local_currency_before_any_deductions : number
  comp.annual_target_bonus_in_the_local_currency_before_taxes : number
}
criterion pay "Pay" weight 100 {
  score min(10, comp.base_salary_in_the_local_currency_before_any_deductions + comp.annual_target_bonus_in_the_local_currency_before_taxes + comp.base_salary_in_the_local_currency_before_any_deductions * 0.5)
}
)";

}  // namespace

TEST_CASE("money keeps its cents in eval reasons, explain, the report and drafts", "[readable][e2e]") {
  Sandbox box;
  write(box.dir / "cents.rubric", kCentsRubric);
  write(box.dir / "cents.json", kCentsOffer);
  write(box.dir / "profile.json", R"({"name": "Sam Rivera", "email": "sam@example.com"})");

  REQUIRE(box.run("eval cents.rubric cents.json --format json") == 0);
  CHECK(contains(box.out, "\"7.80 - 2.40 = 5.40, 48,000 options, ratio 0.308\""));
  REQUIRE(box.run("eval cents.rubric cents.json --format text") == 0);
  CHECK(contains(box.out, "8.19 to 8.58; the spread is 5.40"));

  REQUIRE(box.run("explain cents.rubric cents.json") == 0);
  CHECK(contains(box.out, "let spread = 5.40\n  value = 5.40: price - cost\n"));
  CHECK(contains(box.out, "    price = 7.80\n"));
  CHECK(contains(box.out, "let ratio = 0.308\n"));

  REQUIRE(box.run("report cents.rubric cents.json --format md") == 0);
  CHECK(contains(box.out, "7.80 - 2.40 = 5.40"));
  CHECK(contains(box.out, "`price` = 7.80"));

  REQUIRE(box.run("draft cents.rubric cents.json --profile profile.json --out drafts -f txt") == 0);
  const std::string draft = read(box.dir / "drafts" / "cents.txt");
  CHECK(contains(draft, "8.19 \xE2\x80\x93 8.58"));
  CHECK(contains(draft, "the spread is 5.40"));
  CHECK(contains(draft, "price of 7.80"));
}

TEST_CASE("explain renders a let one way, in its heading and under it", "[readable][e2e]") {
  Sandbox box;
  write(box.dir / "cents.rubric", kCentsRubric);
  write(box.dir / "cents.json", kCentsOffer);
  REQUIRE(box.run("explain cents.rubric cents.json") == 0);
  // 2,600 / (2,600 + 7,800) = 25%: the heading and the value line agree.
  CHECK(contains(box.out, "let equity_share = 25%\n  value = 25%: equity / (equity + price * 1000)\n"));
}

TEST_CASE("explain numbers the sub-expressions a long line would otherwise cut alike", "[readable][e2e]") {
  Sandbox box;
  write(box.dir / "long.rubric", kLongRubric);
  write(box.dir / "long.json", R"({"id": "long", "comp": {"base_salary_in_the_local_currency_before_any_deductions": 1,
    "annual_target_bonus_in_the_local_currency_before_taxes": 2}})");
  REQUIRE(box.run("explain long.rubric long.json") == 0);
  const std::string& out = box.out;
  INFO(out);
  // Each line too long to show whole shows its longest parts by the numbers of their own lines.
  CHECK(contains(out, "\n    [2] + comp.base_salary_in_the_local_currency_before_any_deductions * 0.5 = 3.5\n"
                      "      [2] [3] + comp.annual_target_bonus_in_the_local_currency_before_taxes = 3\n"
                      "        [3] comp.base_salary_in_the_local_currency_before_any_deductions = 1\n"
                      "        comp.annual_target_bonus_in_the_local_currency_before_taxes = 2\n"
                      "      comp.base_salary_in_the_local_currency_before_any_deductions * 0.5 = 0.5\n"));
  CHECK_FALSE(contains(out, "\xE2\x80\xA6"));  // nothing is cut
}

TEST_CASE("the scorecard says when the rounded parts do not add up to the rounded row", "[readable][e2e]") {
  Sandbox box;
  write(box.dir / "rounding.rubric", kRoundingRubric);
  write(box.dir / "even.json", R"({"id": "even", "x": 0})");
  write(box.dir / "whole.json", R"({"id": "whole", "x": 0.75})");
  REQUIRE(box.run("report rounding.rubric even.json whole.json --format md") == 0);
  CHECK(contains(box.out, "| A | 50 | 0.25 (0.13) | 0.25 (0.13) |"));
  CHECK(contains(box.out, "even's contributions shown add up to 0.26, its weighted 0.25"));
  CHECK_FALSE(contains(box.out, "whole's contributions"));  // 0.13 + 0.50 = 0.63 = its weighted
  REQUIRE(box.run("report rounding.rubric even.json whole.json --format html") == 0);
  CHECK(contains(box.out, "contributions shown add up to 0.26, its weighted 0.25"));
  // With parts that add up, there is no note.
  REQUIRE(box.run("report rounding.rubric whole.json --format md") == 0);
  CHECK_FALSE(contains(box.out, "rounded to two decimals on its own"));
}
