#include <catch2/catch.hpp>

#include <rubric/sensitivity.hpp>
#include "test_report_fixtures.hpp"

using namespace rubric;
using Catch::Detail::Approx;

namespace {

SensitivityOffer offer(std::string id, std::vector<double> scores, double penalties = 0,
                       std::optional<double> cap = std::nullopt) {
  return SensitivityOffer{std::move(id), std::move(scores), penalties, cap};
}

}  // namespace

TEST_CASE("rescaling keeps the other weights' proportions and the sum at 100", "[sensitivity][report]") {
  auto w = rescaled_weights({30, 25, 20, 15, 10}, 1, 40);
  CHECK(w[1] == 40);
  CHECK(w[0] == Approx(24));
  CHECK(w[2] == Approx(16));
  CHECK(w[3] == Approx(12));
  CHECK(w[4] == Approx(8));
  // The others all weighed 0: they share what is left equally.
  auto z = rescaled_weights({100, 0, 0}, 0, 40);
  CHECK(z[1] == Approx(30));
  CHECK(z[2] == Approx(30));
}

TEST_CASE("the swap weight solves the linear equation of the two totals", "[sensitivity][report]") {
  // A = x/10, B = (100 - x)/10 - 1: equal at x = 45, five points below the current 50.
  SensitivityModel m{{50, 50}, 0, offer("a", {10, 0}), offer("b", {0, 10}, 1)};
  CHECK(total_at_weight(m, m.first, 0, 50) == Approx(5));
  CHECK(total_at_weight(m, m.second, 0, 50) == Approx(4));
  auto x = swap_weight(m, 0);
  REQUIRE(x);
  CHECK(*x == Approx(45));
  // Raising the second criterion's weight is the same move seen from the other side.
  auto y = swap_weight(m, 1);
  REQUIRE(y);
  CHECK(*y == Approx(55));
}

TEST_CASE("a cap on the runner-up can make every weight safe", "[sensitivity][report]") {
  // A = 6 whatever the weights; B = (100 - x)/10 passes 6 below x = 40 unless capped at 5.5.
  SensitivityModel open{{50, 50}, 0, offer("a", {6, 6}), offer("b", {0, 10})};
  REQUIRE(swap_weight(open, 0));
  CHECK(*swap_weight(open, 0) == Approx(40));
  SensitivityModel capped = open;
  capped.second.cap = 5.5;
  CHECK_FALSE(swap_weight(capped, 0));
}

TEST_CASE("a cap on the leader moves the swap", "[sensitivity][report]") {
  // B = 10 - x/10. Uncapped, A = 6 and B passes it below x = 40; capped at 5.5, A = 5.5 and B passes it below 45.
  SensitivityModel m{{50, 50}, 0, offer("a", {6, 6}, 0, 5.5), offer("b", {0, 10})};
  CHECK(total_at_weight(m, m.first, 0, 50) == Approx(5.5));
  auto x = swap_weight(m, 0);
  REQUIRE(x);
  CHECK(*x == Approx(45));
}

TEST_CASE("two totals held at the scale's floor tie but never swap", "[sensitivity][report]") {
  // A = 2(100 - x)/100 - 0.5 reaches the floor at x = 75; B is at the floor throughout: a tie, not a swap.
  SensitivityModel m{{50, 50}, 0, offer("a", {0, 2}, 0.5), offer("b", {0, 1}, 3)};
  CHECK(total_at_weight(m, m.first, 0, 90) == 0);
  CHECK_FALSE(swap_weight(m, 0));
}

TEST_CASE("a criterion weighing 100 shares its loss equally among the others", "[sensitivity][report]") {
  // A = 5x/100, B = 4x/100 + 10(100 - x)/100: equal at x = 1000/11.
  SensitivityModel m{{100, 0}, 0, offer("a", {5, 0}), offer("b", {4, 10})};
  auto x = swap_weight(m, 0);
  REQUIRE(x);
  CHECK(*x == Approx(1000.0 / 11.0));
}

TEST_CASE("the brief's two offers swap only when compensation weighs about 71.38", "[sensitivity][report]") {
  RunResult run = brief_run();
  Sensitivity s = compute_sensitivity(run);
  REQUIRE(s.applicable);
  CHECK_FALSE(s.tie);
  CHECK(s.first == "northwind");
  CHECK(s.second == "lumen");
  REQUIRE(s.swings.size() == 5);
  // By hand: northwind = 8.7 - 0.0344 x (others average 652.5/75 = 8.7, pay 5.26);
  // lumen = 202/45 - 2 + x (9.75 - 202/45)/100 (others average 1010/3/75 = 202/45, penalties 2).
  // Equal where 279.5/45 = x * 391.55/4500, so x = 27950/391.55.
  const WeightSwing& pay = s.swings[1];
  CHECK(pay.id == "pay");
  REQUIRE(pay.swap_weight);
  CHECK(*pay.swap_weight == Approx(27950.0 / 391.55).epsilon(1e-12));
  CHECK(pay.change() == Approx(27950.0 / 391.55 - 25).epsilon(1e-12));
  // Every other criterion favours northwind or cannot make up lumen's 2 points of penalties.
  for (std::size_t k : {0u, 2u, 3u, 4u}) {
    INFO(s.swings[k].id);
    CHECK_FALSE(s.swings[k].swap_weight);
  }
}

TEST_CASE("on a tie sensitivity says which offer each weight favours", "[sensitivity][report]") {
  RunResult run = tie_run();
  Sensitivity s = compute_sensitivity(run);
  REQUIRE(s.applicable);
  CHECK(s.tie);
  REQUIRE(s.swings.size() == 2);
  CHECK(s.swings[0].raising_favours == "a");
  CHECK(s.swings[1].raising_favours == "b");
  CHECK_FALSE(s.swings[0].swap_weight);
}

TEST_CASE("sensitivity does not apply without two offers that can be recommended", "[sensitivity][report]") {
  RunResult run = brief_run();
  run.decision.runner_up.reset();
  run.decision.margin.reset();
  Sensitivity s = compute_sensitivity(run);
  CHECK_FALSE(s.applicable);
  CHECK(s.note.find("only one offer") != std::string::npos);
  RunResult vetoed = brief_run();
  vetoed.decision = Decision{};
  vetoed.decision.all_vetoed = true;
  CHECK(compute_sensitivity(vetoed).note.find("vetoed") != std::string::npos);
}
