// run_traced() for `rubric report` at any input size: every offer is scored, but facts and full results are
// kept only for the offers that can still be among the best `keep` of rank(), so memory stays flat however
// long the input is. The others are counted and summarised (BeyondDetail) and handed to the caller once.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

#include <rubric/engine.hpp>
#include <rubric/limits.hpp>
#include <rubric/render.hpp>
#include "rubric/compile/compile.hpp"
#include "rubric/input/inputs.hpp"
#include "rubric/run/decision.hpp"
#include "rubric/run/run_batch.hpp"
#include "rubric/run/set_offers.hpp"
#include "rubric/vm/evaluate.hpp"

namespace rubric {

namespace {

// Where an offer falls in rank(): scored and not vetoed first, vetoed next, unscored last.
int category(const OfferResult& r) { return !r.scored ? 2 : r.vetoed ? 1 : 0; }

// Returns true when `y` comes before `x` in rank() whatever other offers the run holds. Within a category:
// a total more than kTieTolerance higher is in an earlier tie group (a group starts at its highest total);
// a total at least as high with a smaller id is earlier in the group or in an earlier one. Unscored offers
// keep input order.
bool surely_before(const OfferResult& y, const OfferResult& x) {
  const int cy = category(y), cx = category(x);
  if (cy != cx) return cy < cx;
  if (cx == 2) return y.ordinal < x.ordinal;
  if (y.total - x.total > kTieTolerance) return true;
  return y.total >= x.total && (y.id != x.id ? y.id < x.id : y.ordinal < x.ordinal);
}

// One offer that may still be among the best: its result and the facts it was scored from.
struct Candidate {
  OfferResult result;
  Facts facts;
};

// The offers that fewer than `keep` others surely precede: a superset of rank()'s first `keep`, whose ranking
// among themselves gives those offers the ranks a full rank() gives them. Pruned whenever it doubles.
class TopOffers {
 public:
  TopOffers(std::size_t keep, const OfferCallback& on_dropped)
      : keep_(keep), capacity_(2 * keep + 2), on_dropped_(on_dropped) {}

  // Returns true when the offer may still be among the best (then add() it), false when `keep` kept ones beat it.
  bool wanted(const OfferResult& r) const {
    if (firsts_ >= keep_) {
      if (category(r) > 0) return false;
      if (bar_ - r.total > kTieTolerance) return false;
    }
    return true;
  }

  // Keeps an offer that wanted() accepted, pruning when the buffer is full.
  void add(OfferResult&& result, Facts&& facts) {
    kept_.push_back(std::make_unique<Candidate>(Candidate{std::move(result), std::move(facts)}));
    if (kept_.size() >= capacity_) prune();
  }

  // Returns the surviving offers; the buffer is left empty.
  std::vector<std::unique_ptr<Candidate>> take() {
    prune();
    return std::move(kept_);
  }

 private:
  // Drops every offer that `keep` others surely precede; grows the buffer when ties keep more than `keep`.
  void prune() {
    std::vector<bool> drop(kept_.size(), false);
    for (std::size_t i = 0; i < kept_.size(); ++i) {
      std::size_t before = 0;
      for (std::size_t j = 0; j < kept_.size() && before < keep_; ++j)
        if (j != i && surely_before(kept_[j]->result, kept_[i]->result)) ++before;
      drop[i] = before >= keep_;
    }
    std::vector<std::unique_ptr<Candidate>> survivors;
    for (std::size_t i = 0; i < kept_.size(); ++i) {
      if (!drop[i]) survivors.push_back(std::move(kept_[i]));
      else if (on_dropped_) on_dropped_(kept_[i]->result);
    }
    kept_ = std::move(survivors);
    capacity_ = std::max(capacity_, 2 * kept_.size());
    update_bar();
  }

  // Remembers the keep-th highest total of the scored, unvetoed offers kept (when there are that many).
  void update_bar() {
    std::vector<double> totals;
    for (const auto& c : kept_)
      if (category(c->result) == 0) totals.push_back(c->result.total);
    firsts_ = totals.size();
    if (firsts_ < keep_ || keep_ == 0) return;
    std::nth_element(totals.begin(), totals.begin() + static_cast<std::ptrdiff_t>(keep_ - 1), totals.end(),
                     std::greater<>());
    bar_ = totals[keep_ - 1];
  }

  std::size_t keep_;
  std::size_t capacity_;
  const OfferCallback& on_dropped_;
  std::vector<std::unique_ptr<Candidate>> kept_;
  std::size_t firsts_ = 0;  // scored, unvetoed offers kept at the last prune
  double bar_ = 0;          // the keep-th highest of their totals, when firsts_ >= keep_
};

// Sums with Neumaier's compensation, so a mean over a million totals keeps its last digits.
class Sum {
 public:
  void add(double x) {
    const double t = sum_ + x;
    carry_ += std::fabs(sum_) >= std::fabs(x) ? (sum_ - t) + x : (x - t) + sum_;
    sum_ = t;
  }
  double value() const { return sum_ + carry_; }

 private:
  double sum_ = 0, carry_ = 0;
};

// Counts every offer of the run and sums its totals and scores, for BeyondDetail.
class RunSummary {
 public:
  // Counts one offer.
  void add(const OfferResult& r) {
    ++out_.offers;
    if (!r.scored) {
      ++out_.errors;
      return;
    }
    ++out_.scored;
    if (r.vetoed) ++out_.vetoed;
    else see_first(r.total);
    out_.min_total = out_.min_total ? std::min(*out_.min_total, r.total) : r.total;
    out_.max_total = out_.max_total ? std::max(*out_.max_total, r.total) : r.total;
    totals_.add(r.total);
    if (scores_.size() < r.criteria.size()) scores_.resize(r.criteria.size());
    for (std::size_t i = 0; i < r.criteria.size(); ++i) scores_[i].add(r.criteria[i].score);
  }

  // Returns the counts and means; `criteria` are the rubric's criterion ids, in rubric order.
  BeyondDetail finish(const std::vector<std::string>& criteria) {
    for (const auto& [total, n] : near_best_) out_.first += n;
    const auto n = static_cast<double>(out_.scored);
    if (out_.scored > 0) out_.mean_total = totals_.value() / n;
    for (std::size_t i = 0; out_.scored > 0 && i < criteria.size() && i < scores_.size(); ++i)
      out_.criteria.push_back(CriterionMean{criteria[i], scores_[i].value() / n});
    return out_;
  }

 private:
  // Counts the totals that share rank()'s first tie group, which starts at the highest total: those within
  // kTieTolerance of it. Few distinct doubles lie that close, so the map stays tiny.
  void see_first(double total) {
    if (!near_best_.empty() && near_best_.rbegin()->first - total > kTieTolerance) return;
    ++near_best_[total];
    const double best = near_best_.rbegin()->first;
    while (best - near_best_.begin()->first > kTieTolerance) near_best_.erase(near_best_.begin());
  }

  BeyondDetail out_;
  std::map<double, std::size_t> near_best_;  // total -> offers, for the totals within tolerance of the best
  Sum totals_;
  std::vector<Sum> scores_;
};

// Returns true when the inputs can be read twice (no standard input), so aggregates need not hold every offer.
bool rereadable(const std::vector<std::string>& inputs) {
  return std::none_of(inputs.begin(), inputs.end(), [](const std::string& s) { return s == "-"; });
}

// The first pass of a rubric that reads max_of/min_of/mean_of: every offer's facts, added to the aggregates.
// Facts are held (`held`) only when the inputs cannot be read a second time (standard input).
std::unique_ptr<Aggregates> first_pass(const CompiledRubric& rubric, InputStream& in, std::vector<Facts>* held) {
  auto aggregates = std::make_unique<Aggregates>(rubric.plan());
  OfferReader reader(rubric.schema());
  InputDocument doc;
  Facts facts;
  while (in.next(doc)) {
    Facts& into = held ? held->emplace_back() : facts;
    read_document(reader, doc, rubric.schema().fields.size(), into);
    aggregates->add(into);
  }
  return aggregates;
}

// Scores offers one at a time, counting each and keeping those that may be among the best.
class TopScorer {
 public:
  TopScorer(const CompiledRubric& rubric, const Aggregates* aggregates, TextStyle style, std::size_t keep,
            const OfferCallback& on_dropped, RunOutput& out)
      : evaluator_(rubric.plan()),
        aggregates_(aggregates),
        sets_(rubric.schema()),
        top_(std::max<std::size_t>(keep, 2), on_dropped),
        on_dropped_(on_dropped),
        out_(out) {
    evaluator_.set_text_style(style);
  }

  // Scores one offer; its facts are taken when it is kept, else left for reuse.
  void score(Facts& facts) {
    evaluator_.evaluate(facts, aggregates_, result_);
    ++out_.offers_seen;
    if (!result_.scored) ++out_.offers_failed;
    sets_.see(result_.id);
    summary_.add(result_);
    if (!top_.wanted(result_)) {
      if (on_dropped_) on_dropped_(result_);
      return;
    }
    top_.add(std::move(result_), std::move(facts));
    result_ = OfferResult{};
    facts = Facts{};
  }

  SetOfferCheck& sets() { return sets_; }
  RunSummary& summary() { return summary_; }
  TopOffers& top() { return top_; }

 private:
  Evaluator evaluator_;
  const Aggregates* aggregates_;
  SetOfferCheck sets_;
  TopOffers top_;
  RunSummary summary_;
  const OfferCallback& on_dropped_;
  RunOutput& out_;
  OfferResult result_;
};

// Ranks the surviving offers, keeps rank()'s first `keep` and renumbers them (and their facts) by input order.
void rank_kept(const CompiledRubric& rubric, std::vector<std::unique_ptr<Candidate>> survivors, std::size_t keep,
               std::size_t firsts_in_run, const OfferCallback& on_dropped, TracedRun& out) {
  std::vector<OfferResult> results;
  std::size_t firsts_kept = 0;
  for (auto& c : survivors) {
    if (category(c->result) == 0) ++firsts_kept;
    results.push_back(std::move(c->result));
  }
  RunResult& run = out.output.run;
  run = rank(rubric.plan(), std::move(results));
  for (std::size_t i = keep; i < run.offers.size(); ++i)
    if (on_dropped) on_dropped(run.offers[i]);
  if (run.offers.size() > keep) run.offers.resize(keep);
  std::vector<std::size_t> ordinals;
  for (auto& o : run.offers) {
    // Vetoed offers rank after every scored, unvetoed offer of the run, not only the kept ones.
    if (o.scored && o.vetoed) o.rank += static_cast<int>(firsts_in_run - firsts_kept);
    ordinals.push_back(o.ordinal);
  }
  std::sort(ordinals.begin(), ordinals.end());
  auto by_ordinal = [](const std::unique_ptr<Candidate>& c, std::size_t ordinal) { return c->facts.ordinal < ordinal; };
  for (std::size_t ordinal : ordinals) {
    auto it = std::lower_bound(survivors.begin(), survivors.end(), ordinal, by_ordinal);
    out.facts.push_back(std::move((*it)->facts));
    out.facts.back().ordinal = out.facts.size() - 1;
  }
  for (auto& o : run.offers)
    o.ordinal = static_cast<std::size_t>(std::lower_bound(ordinals.begin(), ordinals.end(), o.ordinal) -
                                         ordinals.begin());
}

// A tie for first among more offers than the run keeps: the decision says how many and names the kept ones
// (rank() would list every one, thousands in a long run).
void note_large_tie(RunResult& run, std::size_t tied_in_run) {
  Decision& d = run.decision;
  if (!d.tie || tied_in_run <= d.tied.size()) return;
  d.tied.clear();
  for (const auto& o : run.offers)
    if (category(o) == 0 && o.rank == 1) d.tied.push_back(o.id);
  d.summary = fmt::format("No recommendation: {} offers tie at {}; this report details the {} first by id.",
                          render_number(static_cast<double>(tied_in_run)), render_fixed2(run.offers.front().total),
                          d.tied.size());
}

}  // namespace

TracedRun run_traced_top(const CompiledRubric& rubric, const std::vector<std::string>& inputs, std::size_t keep,
                         TextStyle style, const OfferCallback& on_dropped) {
  TracedRun out;
  InputStream in(inputs);
  std::vector<Facts> held;
  std::unique_ptr<Aggregates> aggregates;
  const bool hold = !rereadable(inputs);
  if (plan_uses_aggregates(rubric.plan())) {
    if (hold) {
      aggregates = first_pass(rubric, in, &held);
    } else {
      InputStream first(inputs);
      aggregates = first_pass(rubric, first, nullptr);
    }
  }
  TopScorer scorer(rubric, aggregates.get(), style, keep, on_dropped, out.output);
  if (aggregates && hold) {
    for (Facts& facts : held) scorer.score(facts);
  } else {
    OfferReader reader(rubric.schema());
    InputDocument doc;
    Facts facts;
    while (in.next(doc)) {
      read_document(reader, doc, rubric.schema().fields.size(), facts);
      scorer.score(facts);
    }
  }
  out.output.input_errors = in.input_errors();
  out.output.input_notes = in.input_notes();
  scorer.sets().report(out.output, rubric.schema().strict);
  BeyondDetail summary = scorer.summary().finish(rubric.outline().criteria);
  rank_kept(rubric, scorer.top().take(), keep, summary.scored - summary.vetoed, on_dropped, out);
  RunResult& run = out.output.run;
  if (run.weight_note.empty()) run.weight_note = rubric.weight_note();
  note_large_tie(run, summary.first);
  if (summary.offers > run.offers.size()) {
    summary.detailed = run.offers.size();
    summary.beyond = summary.offers - summary.detailed;
    run.beyond_detail = std::move(summary);
  }
  return out;
}

}  // namespace rubric
