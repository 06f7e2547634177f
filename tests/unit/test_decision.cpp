// Ranking and the recommendation (docs/language.md section 9): shared
// ranks, vetoes, unscored offers, ties, close calls and one-offer runs.
#include "test_eval_support.hpp"

using namespace rubric;
using namespace rubric::test;
using Catch::Matchers::Equals;

namespace {

const char* kRubric = R"(rubric "Decisions"
offer {
  x : number
}
criterion c "C" weight 100 { score x }
)";

OfferResult scored(const std::string& id, double total, bool vetoed = false) {
  static std::size_t ordinal = 0;
  OfferResult o;
  o.id = id;
  o.ordinal = ordinal++;
  o.scored = true;
  o.total = o.weighted = total;
  o.vetoed = vetoed;
  return o;
}

OfferResult unscored(const std::string& id, std::size_t ordinal) {
  OfferResult o;
  o.id = id;
  o.ordinal = ordinal;
  o.errors.push_back(OfferError{"broken"});
  return o;
}

std::vector<std::string> order_of(const RunResult& run) {
  std::vector<std::string> ids;
  for (const auto& o : run.offers) ids.push_back(o.id + ":" + std::to_string(o.rank));
  return ids;
}

RunResult rank_offers(std::vector<OfferResult> offers) {
  static auto rubric = compile_ok(kRubric);
  return rank(rubric->plan(), std::move(offers));
}

}  // namespace

TEST_CASE("equal totals share a rank and are ordered by id", "[decision]") {
  RunResult run = rank_offers({scored("zeta", 5), scored("beta", 7), scored("alpha", 7), scored("mid", 6)});
  CHECK_THAT(order_of(run), Equals(std::vector<std::string>{"alpha:1", "beta:1", "mid:3", "zeta:4"}));
  CHECK(run.decision.tie);
  CHECK_THAT(run.decision.tied, Equals(std::vector<std::string>{"alpha", "beta"}));
  CHECK_FALSE(run.decision.recommended);
  CHECK_FALSE(run.decision.margin);
  CHECK(run.decision.summary == "No recommendation: alpha and beta tie at 7.00.");
}

TEST_CASE("totals within 1e-9 are equal", "[decision]") {
  RunResult run = rank_offers({scored("b", 7.0 + 5e-10), scored("a", 7.0), scored("c", 6.0)});
  CHECK_THAT(order_of(run), Equals(std::vector<std::string>{"a:1", "b:1", "c:3"}));
  CHECK(run.decision.tie);
  RunResult apart = rank_offers({scored("b", 7.0 + 1e-6), scored("a", 7.0)});
  CHECK_THAT(order_of(apart), Equals(std::vector<std::string>{"b:1", "a:2"}));
  CHECK(apart.decision.recommended == std::optional<std::string>("b"));
  CHECK(apart.decision.close_call);
}

TEST_CASE("vetoed offers rank after all others, unscored offers last in input order", "[decision]") {
  RunResult run = rank_offers({unscored("u2", 0), scored("v", 9, true), scored("low", 2), unscored("u1", 3),
                               scored("high", 4), scored("v2", 9.5, true)});
  CHECK_THAT(order_of(run), Equals(std::vector<std::string>{"high:1", "low:2", "v2:3", "v:4", "u2:0", "u1:0"}));
  CHECK(run.decision.recommended == std::optional<std::string>("high"));
  CHECK(run.decision.runner_up == std::optional<std::string>("low"));
  CHECK(*run.decision.margin == 2);
  CHECK_FALSE(run.decision.close_call);
  CHECK(run.any_errors());
  CHECK(run.decision.summary == "Recommend high: total 4.00, 2.00 ahead of low.");
}

TEST_CASE("a margin under 5% of the scale's width is a close call", "[decision]") {
  RunResult run = rank_offers({scored("a", 7.2), scored("b", 7.0)});
  REQUIRE(run.decision.margin);
  CHECK(*run.decision.margin == Approx(0.2));
  CHECK(run.decision.close_call);
  CHECK(run.decision.summary == "Recommend a, a close call: total 7.20, 0.20 ahead of b.");
  RunResult wide = rank_offers({scored("a", 7.5), scored("b", 7.0)});
  CHECK_FALSE(wide.decision.close_call);
  CHECK_FALSE(wide.any_errors());
}

TEST_CASE("all vetoed, nothing scored and a single offer", "[decision]") {
  RunResult vetoed = rank_offers({scored("a", 8, true), scored("b", 9, true)});
  CHECK(vetoed.decision.all_vetoed);
  CHECK_FALSE(vetoed.decision.recommended);
  CHECK_THAT(order_of(vetoed), Equals(std::vector<std::string>{"b:1", "a:2"}));
  CHECK(vetoed.decision.summary == "No recommendation: every scored offer is vetoed.");

  RunResult none = rank_offers({unscored("x", 0)});
  CHECK_FALSE(none.decision.all_vetoed);
  CHECK_FALSE(none.decision.recommended);
  CHECK(none.decision.summary == "No recommendation: no offer could be scored.");
  RunResult empty = rank_offers({});
  CHECK(empty.offers.empty());
  CHECK_FALSE(empty.decision.recommended);

  RunResult one = rank_offers({scored("solo", 6.5)});
  CHECK(one.decision.recommended == std::optional<std::string>("solo"));
  CHECK_FALSE(one.decision.margin);
  CHECK_FALSE(one.decision.runner_up);
  CHECK_FALSE(one.decision.close_call);
  CHECK(one.decision.summary == "Recommend solo: total 6.50, the only scored offer.");

  RunResult one_kept = rank_offers({scored("solo", 6.5), scored("bad", 9, true)});
  CHECK(one_kept.decision.summary == "Recommend solo: total 6.50, the only offer not vetoed.");
  CHECK_FALSE(one_kept.decision.margin);
}

TEST_CASE("the run carries the rubric's identity and criteria", "[decision]") {
  RunResult run = rank_offers({scored("a", 1)});
  CHECK(run.title == "Decisions");
  CHECK(run.rubric_file == "eval.rubric");
  CHECK(run.scale_low == 0);
  CHECK(run.scale_high == 10);
  REQUIRE(run.criteria.size() == 1);
  CHECK(run.criteria[0].id == "c");
  CHECK(run.criteria[0].label == "C");
  CHECK(run.criteria[0].weight == 100);
  CHECK(run.weight_note.empty());
}

TEST_CASE("scored offers rank end to end, vetoes and errors included", "[decision][eval]") {
  auto rubric = compile_ok(R"(rubric "Ends"
offer {
  x : number
  d : number = 1
}
criterion c "C" weight 100 { score x / d }
flag nope "Nope" critical { when x > 9 veto }
)");
  RunOutput out = score(*rubric, {R"({"id": "v", "x": 10})", R"({"id": "e", "x": 1, "d": 0})", R"({"id": "b", "x": 5})",
                                  R"({"id": "a", "x": 5})", R"({"id": "t", "x": 7})"});
  CHECK_THAT(order_of(out.run), Equals(std::vector<std::string>{"t:1", "a:2", "b:2", "v:4", "e:0"}));
  CHECK(out.run.decision.recommended == std::optional<std::string>("t"));
  CHECK(out.run.decision.runner_up == std::optional<std::string>("a"));
  CHECK(*out.run.decision.margin == 2);
  CHECK(out.offers_failed == 1);
}
