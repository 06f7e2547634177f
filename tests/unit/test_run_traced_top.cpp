// run_traced_top (issue 16, `rubric report` at any size): the offers it keeps are exactly the first `keep` of a
// full run_traced() ranking, ranks and ties included, and what it leaves out is counted.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>

#include <rubric/render.hpp>
#include "test_eval_support.hpp"

using namespace rubric;
using namespace rubric::test;

namespace {

// Totals from a handful of values, some within kTieTolerance of each other in chains (5, 5 + 0.6e-9,
// 5 + 1.2e-9, ...; at the top 9.5 + 1.2e-9 and 9.5 + 0.6e-9 tie and 9.5 is the next rank), vetoes and unscored
// offers, and ids that repeat: every rule of rank() at work, and `keep` cutting through each.
const char* kTies = R"(rubric "Ties"
offer {
  x : number
  v : bool = false
}
criterion c "C" weight 100 { score x }
flag veto_it "Vetoed" critical {
  when v
  veto
}
)";

// The same with a run-wide aggregate, so scoring needs a first pass over every offer.
const char* kAggregate = R"(rubric "Aggregate"
offer {
  x : number
  v : bool = false
}
let best : number = max_of(x)
criterion c "C" weight 100 { score x - best + 10 }
flag veto_it "Vetoed" critical {
  when v
  veto
}
)";

// Writes `count` offers as JSON Lines; returns the file's path.
std::string write_offers(std::size_t count, unsigned seed, const std::string& name) {
  std::mt19937 random(seed);
  const std::vector<double> values{3,          5,    5 + 0.6e-9, 5 + 1.2e-9, 5 + 1.8e-9,   5 + 2.4e-9,  7,
                                   7 + 0.5e-9, 8.25, 9,          9.5,        9.5 + 0.6e-9, 9.5 + 1.2e-9};
  const auto path = std::filesystem::temp_directory_path() / fmt::format("rubric-top-{}-{}.jsonl", name, seed);
  std::ofstream out(path);
  for (std::size_t i = 0; i < count; ++i) {
    const unsigned roll = random() % 100;
    const std::string id = fmt::format("o{}", random() % (count / 2 + 1));
    if (roll < 3) {
      out << "{\"id\": \"" << id << "\", \"x\": \"broken\"}\n";
      continue;
    }
    const double x = roll < 60 ? values[random() % values.size()] : 3 + (random() % 600) / 100.0;
    out << fmt::format("{{\"id\": \"{}\", \"x\": {:.17g}, \"v\": {}}}\n", id, x, roll < 10 ? "true" : "false");
  }
  return path.string();
}

// Checks that `top` holds the first `keep` offers of `full`, with the same ranks, totals and facts.
void check_prefix(const TracedRun& full, const TracedRun& top, std::size_t keep) {
  const auto& all = full.output.run.offers;
  const auto& kept = top.output.run.offers;
  REQUIRE(kept.size() == std::min(keep, all.size()));
  REQUIRE(top.facts.size() == kept.size());
  for (std::size_t i = 0; i < kept.size(); ++i) {
    INFO("position " << i << ": " << all[i].source << " expected, " << kept[i].source << " kept");
    REQUIRE(kept[i].source == all[i].source);
    CHECK(kept[i].rank == all[i].rank);
    CHECK(kept[i].total == all[i].total);
    REQUIRE(kept[i].ordinal < top.facts.size());
    CHECK(top.facts[kept[i].ordinal].source == kept[i].source);
  }
  // A tie for first among more offers than are kept is counted, not listed (rank() would list them all).
  const std::string& summary = top.output.run.decision.summary;
  const std::size_t tied = full.output.run.decision.tied.size();
  if (summary != full.output.run.decision.summary) {
    CHECK(tied > keep);
    CHECK(summary.starts_with(fmt::format("No recommendation: {} offers tie at ", render_number(double(tied)))));
  }
  if (tied > 1 && top.output.run.beyond_detail) CHECK(top.output.run.beyond_detail->first == tied);
  CHECK(top.output.offers_seen == full.output.offers_seen);
  CHECK(top.output.offers_failed == full.output.offers_failed);
}

// Checks the counts and totals of what the kept offers leave out.
void check_beyond(const TracedRun& full, const TracedRun& top, std::size_t dropped) {
  const auto& all = full.output.run.offers;
  const auto& beyond = top.output.run.beyond_detail;
  REQUIRE(beyond.has_value() == (all.size() > top.output.run.offers.size()));
  CHECK(dropped == all.size() - top.output.run.offers.size());
  if (!beyond) return;
  CHECK(beyond->offers == all.size());
  CHECK(beyond->detailed == top.output.run.offers.size());
  CHECK(beyond->beyond == all.size() - beyond->detailed);
  std::size_t scored = 0, vetoed = 0;
  double low = 1e300, high = -1e300, sum = 0;
  for (const auto& o : all) {
    if (!o.scored) continue;
    ++scored;
    vetoed += o.vetoed ? 1 : 0;
    low = std::min(low, o.total);
    high = std::max(high, o.total);
    sum += o.total;
  }
  CHECK(beyond->scored == scored);
  CHECK(beyond->vetoed == vetoed);
  CHECK(beyond->errors == all.size() - scored);
  CHECK(beyond->min_total == low);
  CHECK(beyond->max_total == high);
  CHECK(*beyond->mean_total == Approx(sum / static_cast<double>(scored)).epsilon(1e-12));
  REQUIRE(beyond->criteria.size() == 1);
  CHECK(beyond->criteria[0].id == "c");
}

void check_rubric(const char* text, const std::string& name) {
  auto rubric = compile_ok(text);
  for (unsigned seed : {1u, 2u, 3u}) {
    const std::string path = write_offers(seed == 3 ? 40 : 3000, seed, name);
    const TracedRun full = run_traced(*rubric, {path});
    for (std::size_t keep : std::vector<std::size_t>{1, 2, 7, 50, 300, 500, 1200, 2000, 2900}) {
      INFO("seed " << seed << ", keep " << keep);
      std::size_t dropped = 0;
      const TracedRun top = run_traced_top(*rubric, {path}, keep, TextStyle::plain,
                                           [&dropped](const OfferResult&) { ++dropped; });
      check_prefix(full, top, keep);
      check_beyond(full, top, dropped);
    }
    std::filesystem::remove(path);
  }
}

}  // namespace

TEST_CASE("run_traced_top keeps exactly rank()'s first offers, chained ties included", "[run][top]") {
  check_rubric(kTies, "ties");
}

TEST_CASE("run_traced_top scores with run-wide aggregates like run_traced", "[run][top]") {
  check_rubric(kAggregate, "aggregate");
}

TEST_CASE("run_traced_top of a small run keeps every offer, unchanged, and nothing beyond", "[run][top]") {
  auto rubric = compile_ok(kTies);
  const std::string path = write_offers(30, 7, "small");
  const TracedRun full = run_traced(*rubric, {path});
  const TracedRun top = run_traced_top(*rubric, {path}, 50);
  CHECK_FALSE(top.output.run.beyond_detail);
  REQUIRE(top.output.run.offers.size() == full.output.run.offers.size());
  for (std::size_t i = 0; i < full.output.run.offers.size(); ++i) {
    CHECK(top.output.run.offers[i].ordinal == full.output.run.offers[i].ordinal);
    CHECK(top.facts[i].source == full.facts[i].source);
  }
  std::filesystem::remove(path);
}
