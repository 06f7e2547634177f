// Evaluation semantics (design.md "Semantics"): short-circuit, division by
// zero and overflow as errors of one offer, clamping, penalties and caps,
// text and enumeration comparisons, functions.
#include "test_eval_support.hpp"

using namespace rubric;
using namespace rubric::test;
using Catch::Matchers::Equals;

namespace {

const char* kRatioRubric = R"(rubric "Ratios"
offer {
  a : number
  b : number = 0
}
let r = a / b
let safe = if b == 0 then 0 else a / b
criterion c "C" weight 100 { score safe }
)";

}  // namespace

TEST_CASE("division by zero fails that offer alone, naming the position and the declaration", "[eval]") {
  auto rubric = compile_ok(kRatioRubric);
  RunOutput out = score(*rubric, {R"({"id": "zero", "a": 1, "b": 0})", R"({"id": "fine", "a": 6, "b": 3})"});
  const OfferResult& zero = offer(out.run, "zero");
  CHECK_FALSE(zero.scored);
  CHECK(zero.rank == 0);
  CHECK_THAT(errors_of(zero), Equals(std::vector<std::string>{"division by zero at eval.rubric:6:11 (let r)"}));
  CHECK(zero.criteria.empty());
  const OfferResult& fine = offer(out.run, "fine");
  CHECK(fine.scored);
  CHECK(fine.rank == 1);
  CHECK(fine.total == 2);
  CHECK(out.run.any_errors());
  CHECK(out.run.offers.back().id == "zero");  // unscored offers come last
  CHECK(out.run.decision.recommended == std::optional<std::string>("fine"));
}

TEST_CASE("a branch not taken is never evaluated", "[eval]") {
  auto rubric = compile_ok(R"(rubric "Short"
offer {
  a : number
  b : number
  t : text = ""
}
let x = if b == 0 then 1 else a / b
let y = b != 0 and a / b > 1
let z = b == 0 or a / b > 1
let w = when b == 0 => 5 when a / b > 1 => 6 else 7
let m = match t { "zero" => 1 else => a / b }
criterion c "C" weight 100 { score x + (if y then 1 else 0) + (if z then 1 else 0) + w + m }
)");
  RunOutput out = score(*rubric, {R"({"id": "o", "a": 1, "b": 0, "t": "zero"})"});
  const OfferResult& o = offer(out.run, "o");
  INFO(errors_of(o).size());
  REQUIRE(o.scored);
  CHECK(o.lets[0].number == 1);
  CHECK(o.lets[1].number == 0);
  CHECK(o.lets[2].number == 1);
  CHECK(o.lets[3].number == 5);
  CHECK(o.lets[4].number == 1);
  CHECK(o.lets[1].rendered == "false");
  CHECK(o.lets[2].rendered == "true");
}

TEST_CASE("a result that is not a finite number is an error of that offer", "[eval]") {
  auto rubric = compile_ok(R"(rubric "Overflow"
offer {
  a : number
}
criterion c "C" weight 100 {
  score a * a * 0
}
)");
  RunOutput out = score(*rubric, {R"({"id": "big", "a": 1e200})", R"({"id": "small", "a": 2})"});
  CHECK_THAT(errors_of(offer(out.run, "big")),
             Equals(std::vector<std::string>{"result is not a finite number at eval.rubric:6:11 (criterion c)"}));
  CHECK(offer(out.run, "small").scored);
}

TEST_CASE("scores outside the scale are clamped and reported", "[eval]") {
  auto rubric = compile_ok(R"(rubric "Clamp"
scale 1..5
offer {
  x : number
}
criterion hi "High" weight 50 { score x }
criterion lo "Low" weight 50 { score 0 - x }
)");
  RunOutput out = score(*rubric, {R"({"id": "o", "x": 12})"});
  const OfferResult& o = offer(out.run, "o");
  const auto& hi = criterion(o, "hi");
  CHECK(hi.raw_score == 12);
  CHECK(hi.score == 5);
  CHECK(hi.clamped);
  CHECK(hi.contribution == 2.5);
  const auto& lo = criterion(o, "lo");
  CHECK(lo.raw_score == -12);
  CHECK(lo.score == 1);
  CHECK(lo.clamped);
  CHECK(o.weighted == 3);
  CHECK(out.run.scale_low == 1);
  CHECK(out.run.scale_high == 5);
  RunOutput inside = score(*rubric, {R"({"id": "o", "x": 5})"});
  CHECK_FALSE(criterion(offer(inside.run, "o"), "hi").clamped);
}

TEST_CASE("penalties, caps, vetoes and the scale's low end shape the total", "[eval]") {
  auto rubric = compile_ok(R"(rubric "Effects"
offer {
  x : number
  p : number = 0
}
criterion c "C" weight 100 { score x }
flag big "Big penalty" warning { when p > 0 penalty p because "penalty {p}" }
flag capped "Capped" info { when x > 8 cap 6 }
flag also "Also capped" info { when x > 9 cap 7 }
flag no "No" critical { when x < 1 veto }
)");
  RunOutput out = score(*rubric, {R"({"id": "a", "x": 10})", R"({"id": "b", "x": 5, "p": 20})",
                                  R"({"id": "c", "x": 0.5})", R"({"id": "d", "x": 9.5, "p": 1})"});
  const OfferResult& a = offer(out.run, "a");
  CHECK(a.weighted == 10);
  CHECK(a.total == 6);
  CHECK_THAT(flag_ids(a), Equals(std::vector<std::string>{"capped", "also"}));
  CHECK(a.flags[0].cap == std::optional<double>(6));
  const OfferResult& b = offer(out.run, "b");
  CHECK(b.total == 0);  // 5 - 20, raised to the scale's low end
  CHECK_THAT(b.flags.at(0).because, Equals(std::vector<std::string>{"penalty 20"}));
  CHECK(b.flags.at(0).penalty == 20);
  const OfferResult& c = offer(out.run, "c");
  CHECK(c.vetoed);
  CHECK(c.flags.at(0).veto);
  CHECK(offer(out.run, "d").total == 6);  // 9.5 - 1 = 8.5, then capped at 6 and 7
  CHECK(c.rank == 4);
  CHECK(out.run.offers.back().id == "c");
}

TEST_CASE("text and enumeration comparisons, in and match", "[eval]") {
  auto rubric = compile_ok(R"(rubric "Texts"
offer {
  city : text
  home : text = "Lisbon"
  level : "junior" | "senior" | "staff"
  other : "staff" | "junior" | "senior" = "junior"
}
let same_city = city == home
let big = city in ["Berlin", "Paris"]
let senior = level in ["senior", "staff"]
let same_level = level == other
let pick = if same_city then level else other
criterion c "C" weight 100 {
  score match city { "Lisbon" => 3 because "home in {city}" "Paris" => 2 else => 1 because "elsewhere: {level}" }
  because "picked {pick}"
}
)");
  RunOutput out = score(*rubric, {R"({"id": "a", "city": "Lisbon", "level": "staff", "other": "staff"})",
                                  R"({"id": "b", "city": "Paris", "level": "junior", "other": "senior"})",
                                  R"({"id": "c", "city": "Oslo", "level": "senior"})"});
  const OfferResult& a = offer(out.run, "a");
  REQUIRE(a.scored);
  CHECK(a.lets[0].rendered == "true");
  CHECK(a.lets[1].rendered == "false");
  CHECK(a.lets[2].rendered == "true");
  CHECK(a.lets[3].rendered == "true");  // same member, different member order in the two enumerations
  CHECK(a.lets[4].rendered == "staff");
  CHECK_THAT(criterion(a, "c").because, Equals(std::vector<std::string>{"home in Lisbon", "picked staff"}));
  const OfferResult& b = offer(out.run, "b");
  CHECK(b.lets[1].rendered == "true");
  CHECK(b.lets[3].rendered == "false");
  CHECK(b.lets[4].rendered == "senior");
  CHECK(criterion(b, "c").score == 2);
  CHECK_THAT(criterion(b, "c").because, Equals(std::vector<std::string>{"picked senior"}));
  const OfferResult& c = offer(out.run, "c");
  CHECK(c.lets[3].rendered == "false");
  CHECK(c.lets[4].rendered == "junior");
  CHECK_THAT(criterion(c, "c").because, Equals(std::vector<std::string>{"elsewhere: senior", "picked junior"}));
}

TEST_CASE("functions compute as the language defines them", "[eval]") {
  auto rubric = compile_ok(R"(rubric "Functions"
offer {
  x : number
}
let lo = min(x, 3, 7)
let hi = max(2, x)
let cl = clamp(x, 0, 4)
let ab = abs(0 - x)
let ro = round(x / 3, 2)
let sc = scale(x, 0 => 0, 10 => 5, 20 => 6)
let sd = scale(x, 0 => x, 10 => 2 * x)
criterion c "C" weight 100 { score 1 }
)");
  auto lets = [&](double x) {
    RunOutput out = score(*rubric, {"{\"id\": \"o\", \"x\": " + std::to_string(x) + "}"});
    std::vector<double> v;
    for (const auto& l : offer(out.run, "o").lets) v.push_back(l.number);
    return v;
  };
  CHECK_THAT(lets(5), Equals(std::vector<double>{3, 5, 4, 5, 1.67, 2.5, 7.5}));
  CHECK_THAT(lets(-5), Equals(std::vector<double>{-5, 2, 0, 5, -1.67, 0, -5}));
  CHECK_THAT(lets(25), Equals(std::vector<double>{3, 25, 4, 25, 8.33, 6, 50}));
  CHECK_THAT(lets(15), Equals(std::vector<double>{3, 15, 4, 15, 5, 5.5, 30}));
}
