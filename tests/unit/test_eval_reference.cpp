// The benchmark's reference rubric agrees to the last bit with the reference
// scorer's expressions (bench/cpp/rubric.hpp, restated below) on offers that
// hit every branch, every scale segment and every boundary.
#include <fmt/format.h>

#include "test_eval_support.hpp"

using namespace rubric;
using namespace rubric::test;

namespace {

struct Offer {
  double base, bonus_pct, equity_4y, sign_on;
  const char* scope;
  double seniors, size, weeks;
  const char* support;
  bool ladder;
  const char* stage;
  double runway;
};

// The reference scorer's arithmetic, operation for operation.
double clampd(double x, double lo, double hi) { return x < lo ? lo : x > hi ? hi : x; }

double risk_score(double r) {
  if (r <= 6) return 1;
  if (r <= 18) return 1 + (r - 6) * 4 / 12;
  if (r <= 36) return 5 + (r - 18) * 4 / 18;
  return 9;
}

double reference_total(const Offer& o, std::vector<std::string>& flags) {
  double total = o.base * (1 + o.bonus_pct / 100) + o.equity_4y / 4 + o.sign_on / 4;
  double comp = clampd((total - 150000) / 200000 * 10, 0, 10);
  std::string scope_level = o.scope;
  double scope = scope_level == "org" ? 10 : scope_level == "multi-team" ? 7 : 4;
  double ratio = o.size == 0 ? 0 : o.seniors / o.size;
  double team = ratio >= 0.3 ? 9 : ratio >= 0.15 ? 6 : 3;
  std::string support = o.support, stage = o.stage;
  double burden = clampd(10 - 1.5 * o.weeks - (support == "none" ? 2 : 0), 0, 10);
  double risk = risk_score(o.runway);
  double weighted = (30 * scope + 25 * comp + 20 * team + 15 * burden + 10 * risk) / 100;
  double penalty = 0;
  if (o.weeks >= 4 && support == "none") {
    flags.push_back("heavy_oncall");
    penalty += 1.5;
  }
  if ((o.equity_4y / 4) / total > 0.5 && (stage == "seed" || stage == "series-a")) {
    flags.push_back("equity_bet");
    penalty += 0.5;
  }
  if (!o.ladder) flags.push_back("vague_leveling");
  double final_score = weighted - penalty;
  return final_score < 0 ? 0 : final_score;
}

std::string to_json(const Offer& o, int i) {
  return fmt::format(
      R"({{"id":"o{}","comp":{{"base":{},"bonus_pct":{},"equity_4y":{},"sign_on":{}}},"scope":{{"level":"{}"}},)"
      R"("team":{{"seniors":{},"size":{}}},"oncall":{{"weeks_per_quarter":{},"support":"{}"}},)"
      R"("promotion":{{"ladder_published":{}}},"company_info":{{"stage":"{}","runway_months":{}}}}})",
      i, o.base, o.bonus_pct, o.equity_4y, o.sign_on, o.scope, o.seniors, o.size, o.weeks, o.support,
      o.ladder ? "true" : "false", o.stage, o.runway);
}

std::vector<Offer> offers() {
  const char* scopes[] = {"team", "multi-team", "org"};
  const char* supports[] = {"none", "secondary", "follow-the-sun"};
  const char* stages[] = {"seed", "series-a", "series-b", "growth", "public"};
  const double runways[] = {3, 6, 9.5, 18, 27, 36, 50};
  const double bonuses[] = {0, 5, 7.5, 10, 12.5, 15, 20};
  std::vector<Offer> out;
  unsigned seed = 12345;
  auto next = [&](unsigned n) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 8) % n;
  };
  for (int i = 0; i < 300; ++i) {
    Offer o{90000.0 + 1000 * next(240),
            bonuses[next(7)],
            5000.0 * next(200),
            5000.0 * next(12),
            scopes[next(3)],
            static_cast<double>(next(8)),
            static_cast<double>(next(12)),
            static_cast<double>(next(9)) / 2,
            supports[next(3)],
            next(2) == 0,
            stages[next(5)],
            runways[next(7)]};
    out.push_back(o);
  }
  return out;
}

}  // namespace

TEST_CASE("the reference rubric matches the reference scorer bit for bit", "[eval]") {
  auto rubric = compile_ok(read_project_file("bench/reference.rubric"));
  std::vector<Offer> all = offers();
  std::vector<std::string> texts;
  for (std::size_t i = 0; i < all.size(); ++i) texts.push_back(to_json(all[i], static_cast<int>(i)));
  RunOutput out = score(*rubric, texts);
  REQUIRE(out.offers_failed == 0);
  for (std::size_t i = 0; i < all.size(); ++i) {
    INFO(texts[i]);
    std::vector<std::string> flags;
    const double want = reference_total(all[i], flags);
    std::string id = "o";  // appended, not "o" + to_string(i): GCC 12 -O3 warns -Wrestrict on the latter
    id += std::to_string(i);
    const OfferResult& o = offer(out.run, id);
    CHECK(o.total == want);
    CHECK(flag_ids(o) == flags);
  }
}
