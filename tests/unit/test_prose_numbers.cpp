// Issue 10 point 6: which interpolated numbers email prose spells out (docs/drafts.md, "Punctuation and
// numbers"). A plain number from a fact or a let that renders as 0 to 9 and stands alone as a word is a
// word; money, percentages, scores, identifiers, quantities with a unit and numbers joined to other
// characters keep their figures, and a plain run (eval, explain, report) never changes.
#include <catch2/catch.hpp>

#include <string>

#include <rubric/engine.hpp>
#include <rubric/render.hpp>

using namespace rubric;

namespace {

// One ask whose label and reason are `label` and `because`, over a few facts of each type.
std::string rubric_with(const std::string& label, const std::string& because) {
  return R"(rubric "Prose"
offer { n : number  m : number  pay : money  pct : percent  on : bool = true }
let spare : number = 6 - n
let cash : money = pay * 2
criterion c "C" weight 100 { score 5 }
ask a ")" +
         label + R"(" { when true because )" + because + "\n}\n";
}

// The ask's label and first reason for an offer with n = 4, m = 12, pay = 3, pct = 7% in `style`.
std::pair<std::string, std::string> texts(const std::string& label, const std::string& because,
                                          TextStyle style = TextStyle::prose) {
  CompileOutput compiled = compile_rubric_text("prose.rubric", rubric_with(label, because));
  INFO(because);
  REQUIRE(compiled.rubric);
  RunOutput out = run_texts(*compiled.rubric, {"o.json"}, {R"({"id": "o", "n": 4, "m": 12, "pay": 3, "pct": 7})"},
                            style);
  REQUIRE(out.run.offers.size() == 1);
  REQUIRE(out.run.offers[0].asks.size() == 1);
  const AskResult& ask = out.run.offers[0].asks[0];
  REQUIRE(ask.because.size() == 1);
  return {ask.label, ask.because[0]};
}

std::string reason(const std::string& because) { return texts("A", "\"" + because + "\"").second; }

}  // namespace

TEST_CASE("count_word spells whole counts 0 to 9 as they render, nothing else", "[render][prose]") {
  CHECK(count_word(0) == "zero");
  CHECK(count_word(4) == "four");
  CHECK(count_word(9) == "nine");
  CHECK(count_word(3.999) == "four");  // renders as 4
  CHECK(count_word(10).empty());
  CHECK(count_word(3.5).empty());
  CHECK(count_word(-2).empty());
  CHECK(count_word(0.004).empty());  // renders as 0.004, not as a count
  CHECK(count_word(1e300).empty());
  CHECK(to_string(TextStyle::prose) == "prose");
}

TEST_CASE("prose spells out a count that stands alone as a word", "[prose]") {
  CHECK(reason("on call one week in {n}") == "on call one week in four");
  CHECK(reason("{n} weeks") == "four weeks");
  CHECK(reason("a rotation of {n}.") == "a rotation of four.");
  CHECK(reason("weeks ({n}), then \\\"{n}\\\"; {n}: {n}!") == "weeks (four), then \"four\"; four: four!");
  CHECK(reason("\xE2\x80\x9C{n}\xE2\x80\x9D") == "\xE2\x80\x9C"
                                                 "four\xE2\x80\x9D");
  CHECK(reason("{spare} spare weeks") == "two spare weeks");  // a let
  CHECK(reason("{n * 2} shifts") == "eight shifts");          // an expression
  CHECK(reason("{m} people, {n - 4} incidents") == "12 people, zero incidents");
}

TEST_CASE("prose keeps figures for money, percent, scores, ids, units and joined numbers", "[prose]") {
  CHECK(reason("pay {pay}, cash {cash}, bonus {pct}") == "pay 3, cash 6, bonus 7%");
  CHECK(reason("scores {c} of 10, total {total}") == "scores 5 of 10, total 5");
  CHECK(reason("level {n}, Week {n}, version {n}, No. {n}") == "level 4, Week 4, version 4, No. 4");
  CHECK(reason("{n}x, {n}h, {n}-day, {n}/5, v{n}, #{n}, {n}.{n}") == "4x, 4h, 4-day, 4/5, v4, #4, 4.4");
  CHECK(reason("{n} GB, {n} km, {n} p.m., {n} %") == "4 GB, 4 km, 4 p.m., 4 %");
  CHECK(reason("{n}{n}") == "44");
}

TEST_CASE("a count opening a label is capitalised, one opening a reason is not", "[prose]") {
  auto [label, because] = texts("{n} weeks of leave", "\"{n} weeks\"");
  CHECK(label == "Four weeks of leave");
  CHECK(because == "four weeks");
  CHECK(texts("Leave of {n}", "if on then \"{n} weeks\" else \"none\"").second == "four weeks");
}

TEST_CASE("a plain run keeps every figure", "[prose]") {
  auto [label, because] = texts("{n} weeks of leave", "\"one week in {n}, {spare} spare\"", TextStyle::plain);
  CHECK(label == "4 weeks of leave");
  CHECK(because == "one week in 4, 2 spare");
}
