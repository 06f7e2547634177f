// Packed results (eval's ranked formats) must give back exactly what was stored, and ranking
// them must give the order, ranks and decision rank() gives for the same offers.
#include <fmt/format.h>

#include <cstdlib>
#include <optional>
#include <random>
#include <string>

#include <rubric/result_store.hpp>
#include "rubric/run/rank_stored.hpp"
#include "test_eval_support.hpp"

using namespace rubric;
using namespace rubric::test;

namespace {

/// Spells every field of `o`, doubles in hexadecimal so any bit difference shows.
std::string describe(const OfferResult& o) {
  std::string out = fmt::format("{}|{}|{}|{}|{}|{}|{}|{}|{:a}|{:a}|{}|{}\n", o.id, o.source, o.ordinal, o.company,
                                o.role_title, o.contact_name, o.contact_email, o.scored, o.weighted, o.total, o.vetoed,
                                o.rank);
  const auto facts = [&](const std::vector<FactUse>& uses) {
    for (const auto& u : uses)
      out += fmt::format("  fact {}|{}|{}|{}|{}\n", u.field, u.path, u.value, u.source, u.defaulted);
  };
  for (const auto& c : o.criteria) {
    out += fmt::format(" c {}|{}|{:a}|{:a}|{:a}|{}|{:a}|{}\n", c.id, c.label, c.weight, c.raw_score, c.score, c.clamped,
                       c.contribution, fmt::join(c.because, "/"));
    facts(c.facts);
  }
  for (const auto& f : o.flags) {
    out += fmt::format(" f {}|{}|{}|{:a}|{}|{}|{}\n", f.id, f.label, static_cast<int>(f.severity), f.penalty,
                       f.cap ? fmt::format("{:a}", *f.cap) : "none", f.veto, fmt::join(f.because, "/"));
    facts(f.facts);
  }
  for (const auto& c : o.confirms) out += fmt::format(" k {}|{}|{}\n", c.id, c.label, c.confirmed);
  for (const auto& a : o.asks) {
    out += fmt::format(" a {}|{}|{}|{}|{}|{}\n", a.id, a.label,
                       a.range ? fmt::format("{:a}..{:a}", a.range->first, a.range->second) : "none",
                       static_cast<int>(a.range_type), fmt::join(a.cite, "/"), fmt::join(a.because, "/"));
  }
  for (const auto& l : o.lets) out += fmt::format(" l {}|{:a}|{}\n", l.name, l.number, l.rendered);
  for (const auto& e : o.errors) out += " e " + e.message + "\n";
  return out;
}

/// Returns an offer with every field set, varied by `n`.
OfferResult full_offer(int n) {
  OfferResult o;
  o.id = fmt::format("offer-{}", n % 7);
  o.source = fmt::format("offers.jsonl:{}", n + 1);
  o.ordinal = static_cast<std::size_t>(n);
  o.company = n % 3 == 0 ? "" : fmt::format("Company \"{}\"", n);
  o.role_title = "Engineer \xff";
  o.contact_name = "Ann";
  o.contact_email = n % 2 == 0 ? "ann@example.com" : "";
  o.scored = n % 5 != 0;
  o.weighted = n * 0.1;
  o.total = -0.0 + n / 3.0;
  o.vetoed = n % 4 == 0;
  o.criteria.push_back(
      {"pay",
       fmt::format("Pay {}", n),
       60,
       12.5,
       10,
       true,
       6,
       {"high", fmt::format("base {}", n)},
       {FactUse{0, "comp.base", "182,000", "letter", false, {}, {}}, FactUse{2, "level", "org", "", true, {}, {}}}});
  o.criteria.push_back({"scope", "Scope", 40, 3, 3, false, 1.2, {}, {}});
  o.flags.push_back({"thin", "Thin", Severity::critical, 0.75, 6.5, true, {"why"}, {}});
  o.flags.push_back({"vague", "Vague", Severity::info, 0, std::nullopt, false, {}, {}});
  o.confirms.push_back({"bonus", "Bonus in writing", n % 2 == 0});
  o.asks.push_back({"raise", "Raise", std::make_pair(1.5e5, 1e300), TypeKind::money, {"scale", "impact"}, {"low"}, {}});
  o.asks.push_back({"title", "Title", std::nullopt, TypeKind::number, {}, {}, {}});
  o.lets.push_back({"total_comp", 123456.789, "123,457"});
  if (!o.scored) o.errors.push_back({fmt::format("$.comp.base: expected money, found string \"{}\"", n)});
  return o;
}

}  // namespace

TEST_CASE("result store: every field comes back as stored", "[result_store]") {
  ResultStore store;
  std::vector<OfferResult> offers;
  for (int n = 0; n < 50; ++n) offers.push_back(full_offer(n));
  offers.push_back(OfferResult{});  // all defaults
  for (const auto& o : offers) store.add(o);
  REQUIRE(store.size() == offers.size());
  OfferResult loaded = full_offer(99);  // reused: nothing of it may survive a load
  for (std::size_t i = 0; i < offers.size(); ++i) {
    store.load(i, loaded);
    CHECK(describe(loaded) == describe(offers[i]));
    CHECK(store.id_and_ordinal(i) == std::make_pair(offers[i].id, offers[i].ordinal));
  }
}

TEST_CASE("result store: strings past the sharing limits are stored inline", "[result_store]") {
  ResultStore store;
  OfferResult o = full_offer(1);
  for (int n = 0; n < 70000; ++n) {  // more distinct labels than the store shares
    o.criteria[0].label = fmt::format("Pay {}", n);
    store.add(o);
  }
  o.criteria[1].label = std::string(5000, 'x');  // longer than any shared string, and than a small chunk's rest
  store.add(o);
  OfferResult loaded;
  store.load(69999, loaded);
  CHECK(loaded.criteria[0].label == "Pay 69999");
  store.load(70000, loaded);
  CHECK(describe(loaded) == describe(o));
}

namespace {

/// Sets an environment variable for the life of the object, then restores it.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    ::setenv(name, value, 1);
  }
  ~ScopedEnv() {
    if (old_) {
      ::setenv(name_, old_->c_str(), 1);
    } else {
      ::unsetenv(name_);
    }
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

/// Stores `count` varied offers in a store that keeps about one chunk in memory; checks each comes back.
void check_round_trip(int count, bool expect_spilled) {
  ResultStore store(1);  // every chunk but the one being filled leaves memory
  std::vector<std::string> expected;
  for (int n = 0; n < count; ++n) {
    OfferResult o = full_offer(n);
    o.id = fmt::format("offer-{}", n);
    o.criteria[0].because.push_back(std::string(static_cast<std::size_t>(n % 300), 'r'));  // records of many sizes
    store.add(o);
    expected.push_back(describe(o));
  }
  CHECK((store.spilled_bytes() > 0) == expect_spilled);
  OfferResult loaded;
  for (int n = count - 1; n >= 0; --n) {  // backwards: every read seeks
    const auto i = static_cast<std::size_t>(n);
    store.load(i, loaded);
    REQUIRE(describe(loaded) == expected[i]);
    REQUIRE(store.id_and_ordinal(i) == std::make_pair(fmt::format("offer-{}", n), i));
  }
}

}  // namespace

TEST_CASE("result store: records past the memory budget come back from the temporary file", "[result_store]") {
  check_round_trip(6000, true);  // about 4 MiB of records: four chunks go to the file
}

TEST_CASE("result store: without a usable temporary directory records stay in memory", "[result_store]") {
  const ScopedEnv tmpdir("TMPDIR", "/nonexistent/rubric-test");
  check_round_trip(6000, false);
}

/// Ranks `count` random offers both ways (packed, with a store of `resident` bytes, and rank()); compares.
void check_ranking(std::mt19937& random, int count, std::size_t resident) {
  const auto compiled = compile_ok(
      "rubric \"R\"\noffer {\n  x : number\n}\ncriterion c \"C\" weight 100 { score x }\n");
  {
    std::vector<OfferResult> offers;
    for (int n = 0; n < count; ++n) {
      OfferResult o;
      o.id = fmt::format(
          "o{}", random() % static_cast<unsigned>(count / 2 + 6));  // repeated ids: ties fall back to input order
      o.ordinal = static_cast<std::size_t>(n);
      o.source = std::string(100, 's');  // big enough records that a long run fills several chunks
      o.scored = random() % 6 != 0;
      o.vetoed = random() % 5 == 0;
      o.total = o.weighted = (random() % 4) + (random() % 3) * 4e-10;  // totals within the tie tolerance
      offers.push_back(o);
    }
    RankedResults ranked;
    ranked.store = ResultStore(resident);
    std::vector<RankKey> keys;
    for (const auto& o : offers) keys.push_back(rank_key(o, ranked.store.add(o)));
    if (resident == 1) CHECK(ranked.store.spilled_bytes() > 0);
    RunResult packed;
    rank_stored(compiled->plan(), keys, packed, ranked);
    const RunResult expected = rank(compiled->plan(), offers);
    REQUIRE(ranked.size() == expected.offers.size());
    for (std::size_t i = 0; i < ranked.size(); ++i) {
      OfferResult o;
      ranked.load(i, o);
      CHECK(describe(o) == describe(expected.offers[i]));
    }
    CHECK(packed.offers.empty());
    CHECK(packed.title == expected.title);
    CHECK(packed.criteria.size() == expected.criteria.size());
    CHECK(packed.decision.summary == expected.decision.summary);
    CHECK(packed.decision.recommended == expected.decision.recommended);
    CHECK(packed.decision.runner_up == expected.decision.runner_up);
    CHECK(packed.decision.margin == expected.decision.margin);
    CHECK(packed.decision.tied == expected.decision.tied);
    CHECK(packed.decision.tie == expected.decision.tie);
    CHECK(packed.decision.close_call == expected.decision.close_call);
    CHECK(packed.decision.all_vetoed == expected.decision.all_vetoed);
  }
}

TEST_CASE("result store: ranking packed results agrees with rank()", "[result_store]") {
  std::mt19937 random(7);
  for (int trial = 0; trial < 200; ++trial) check_ranking(random, static_cast<int>(random() % 12), 16u << 20);
}

TEST_CASE("result store: ranking agrees with rank() when the records are in the temporary file", "[result_store]") {
  std::mt19937 random(11);
  check_ranking(random, 30000, 1);
}
