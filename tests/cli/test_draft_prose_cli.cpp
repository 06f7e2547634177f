// Issue 10 point 6, "one week in 4": an email spells out the small counts it interpolates, as a person
// writes them, while money, percentages, scores, identifiers, quantities with a unit and large numbers keep
// their figures; eval, explain and the report keep figures everywhere (docs/drafts.md, "Punctuation and
// numbers"). Run with the real binary.
#include <catch2/catch.hpp>

#include <string>

#include "test_cli_sandbox.hpp"

using namespace rubric::test;

namespace {

const char* kOncallRubric = R"(rubric "On call"
offer {
  oncall.rotation_size : number
  oncall.pages_per_week : number
  oncall.pager_free_days : number
  oncall.hours : number
  team.size : number
  team.level : number
  comp.base : money
  comp.sign_on : money
  comp.bonus_pct : percent
  employer.founded : number
  in_writing.rotation : bool
}
criterion pay "Pay" weight 100 { score 5 }
confirm rotation "{oncall.pager_free_days} pager-free days a month in writing" {
  when in_writing.rotation
}
ask rotation_ask "On-call rotation of {oncall.rotation_size}" {
  when oncall.rotation_size < 6
  range comp.base * 0.01 * oncall.rotation_size .. comp.base * 0.02 * oncall.rotation_size
  because "on call one week in {oncall.rotation_size}, with {oncall.pages_per_week} pages a week and shifts of {oncall.hours}h at level {team.level}; base {comp.base}, bonus {comp.bonus_pct}, sign-on {comp.sign_on}, founded in {employer.founded}, a team of {team.size} and pay scores {pay} of 10"
}
)";

const char* kAcme = R"({"id": "acme", "company": "Acme",
  "oncall": {"rotation_size": 4, "pages_per_week": 3, "pager_free_days": 2, "hours": 8},
  "team": {"size": 12, "level": 5}, "comp": {"base": 180000, "sign_on": 7.5, "bonus_pct": 5},
  "employer": {"founded": 2019}, "in_writing": {"rotation": false}})";

}  // namespace

TEST_CASE("binary: a draft spells out small counts; money, percent, scores and ids keep figures",
          "[cli][e2e][issue10][draft]") {
  Sandbox box;
  write(box.dir / "oncall.rubric", kOncallRubric);
  write(box.dir / "acme.json", kAcme);
  write(box.dir / "profile.json", R"({"name": "Sam Rivera", "email": "sam@example.com"})");
  REQUIRE(box.run("draft oncall.rubric acme.json --profile profile.json --out drafts -f txt") == 0);
  const std::string draft = read(box.dir / "drafts" / "acme.txt");
  INFO(draft);
  // The counts in the ask's label, its reason and the facts it quotes.
  CHECK(contains(draft, "On on-call rotation of four, I would like to ask for 7,200 \xE2\x80\x93 14,400, as on call "
                        "one week in four, with three pages a week"));
  CHECK(contains(draft, "The offer as I have it: base of 180,000 and rotation size of four."));
  // A count that opens a list item starts it with a capital.
  CHECK(contains(draft, "- Two pager-free days a month in writing\n"));
  // A unit symbol, an identifier, money, percent, a year, ten and above and a score keep their figures.
  CHECK(contains(draft, "shifts of 8h at level 5; base 180,000, bonus 5%, sign-on 7.50, founded in 2,019, "
                        "a team of 12 and pay scores 5 of 10."));
  CHECK_FALSE(contains(draft, "week in 4"));
}

TEST_CASE("binary: eval, explain and the report keep the figures a draft spells out", "[cli][e2e][issue10]") {
  Sandbox box;
  write(box.dir / "oncall.rubric", kOncallRubric);
  write(box.dir / "acme.json", kAcme);
  REQUIRE(box.run("eval oncall.rubric acme.json --format json") == 0);
  CHECK(contains(box.out, "\"on call one week in 4, with 3 pages a week"));
  CHECK(contains(box.out, "\"On-call rotation of 4\""));
  REQUIRE(box.run("eval oncall.rubric acme.json --format jsonl") == 0);
  CHECK(contains(box.out, "on call one week in 4, with 3 pages a week"));
  REQUIRE(box.run("explain oncall.rubric acme.json") == 0);
  CHECK(contains(box.out, "one week in 4"));
  CHECK_FALSE(contains(box.out, "one week in four"));
  REQUIRE(box.run("report oncall.rubric acme.json --format md") == 0);
  CHECK(contains(box.out, "one week in 4"));
  CHECK_FALSE(contains(box.out, "four"));
}
