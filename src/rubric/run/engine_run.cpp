// Runs a batch of offers: documents from the inputs, read into facts, scored
// (on `jobs` threads when asked), handed out in input order, then ranked.
#include <fmt/format.h>

#include <chrono>
#include <memory>

#include <rubric/engine.hpp>
#include "rubric/compile/compile.hpp"
#include "rubric/input/inputs.hpp"
#include "rubric/run/decision.hpp"
#include "rubric/run/rank_stored.hpp"
#include "rubric/run/run_batch.hpp"
#include "rubric/run/run_pipeline.hpp"
#include "rubric/run/set_offers.hpp"

namespace rubric {

namespace {

// Reports progress after every batch: offers done and the rate since the run began.
class Progress {
 public:
  explicit Progress(const ProgressCallback& callback) : callback_(callback), start_(Clock::now()) {}

  // Tells the callback, if any, how many offers are done.
  void update(std::size_t done) const {
    if (!callback_) return;
    const double elapsed = std::chrono::duration<double>(Clock::now() - start_).count();
    callback_(done, elapsed > 0 ? static_cast<double>(done) / elapsed : 0.0);
  }

 private:
  using Clock = std::chrono::steady_clock;
  const ProgressCallback& callback_;
  Clock::time_point start_;
};

// What a run keeps for ranking: whole results, or packed ones and their ranking keys.
struct Kept {
  explicit Kept(const OfferSchema& schema) : sets(schema) {}

  std::vector<OfferResult> offers;
  SetOfferCheck sets;         // which offers named by --set the run has seen
  std::vector<RankKey> keys;  // with ResultMode::compact; the results are in RunOutput::ranked.store

  // Keeps `result` as the options ask.
  void keep(OfferResult& result, const RunOptions& options, RunOutput& out) {
    if (!keeps(options.mode)) return;
    if (options.mode != ResultMode::compact) {
      offers.push_back(std::move(result));
      return;
    }
    const std::size_t index = out.ranked.store.add(result);
    keys.push_back(rank_key(result, index));
  }
};

// Hands one finished batch to the callbacks in input order and keeps what ranking needs.
void emit(Batch& batch, const RunOptions& options, const OfferCallback& on_offer, RunOutput& out, Kept& kept) {
  for (const auto& text : batch.rendered) {
    if (!text.empty() && options.on_rendered) options.on_rendered(text);
  }
  if (batch.lines.size() != 0 && options.on_rendered) options.on_rendered(batch.lines.text());
  for (std::size_t i = 0; i < batch.docs.size(); ++i) {
    OfferResult& result = batch.results[i];
    ++out.offers_seen;
    if (!result.scored) ++out.offers_failed;
    if (on_offer) on_offer(result);
    kept.sets.see(result.id);
    kept.keep(result, options, out);
  }
}

// Scores batch after batch (reading, scoring and output overlap when jobs > 1).
void run_pipelined(const CompiledRubric& rubric, InputStream& in, const RunOptions& options,
                   const OfferCallback& on_offer, RunOutput& out, Kept& kept) {
  const Progress progress(options.on_progress);
  run_batches(rubric, in, options, [&](Batch& batch) {
    emit(batch, options, on_offer, out, kept);
    progress.update(out.offers_seen);
  });
}

// Reads every offer first so max_of/min_of/mean_of see the whole run, then scores.
void run_two_pass(const CompiledRubric& rubric, InputStream& in, const RunOptions& options,
                  const OfferCallback& on_offer, RunOutput& out, Kept& kept) {
  OfferReader reader(rubric.schema());
  Evaluator evaluator(rubric.plan());
  evaluator.set_explain(explains(options.mode));
  Aggregates aggregates(rubric.plan());
  std::vector<Facts> all;
  InputDocument doc;
  while (in.next(doc)) {
    all.emplace_back();
    read_document(reader, doc, rubric.schema().fields.size(), all.back());
    aggregates.add(all.back());
  }
  Batch batch;
  batch.results.resize(1);
  batch.rendered.resize(1);
  for (const Facts& facts : all) {
    batch.docs.assign(1, {});
    batch.rendered[0].clear();
    batch.lines.clear();
    if (options.mode == ResultMode::jsonl) {
      evaluator.evaluate_jsonl(facts, &aggregates, batch.results[0], batch.lines);
    } else {
      evaluator.evaluate(facts, &aggregates, batch.results[0]);
      if (options.render) options.render(batch.results[0], batch.rendered[0]);
    }
    emit(batch, options, on_offer, out, kept);
  }
}

}  // namespace

std::string_view to_string(ResultMode mode) {
  switch (mode) {
    case ResultMode::full: return "full";
    case ResultMode::scores: return "scores";
    case ResultMode::compact: return "compact";
    case ResultMode::stream: return "stream";
    case ResultMode::jsonl: return "jsonl";
  }
  return "full";
}

RunOutput run(const CompiledRubric& rubric, const std::vector<std::string>& inputs, const RunOptions& options,
              const OfferCallback& on_offer) {
  InputStream in(inputs);
  RunOutput out;
  Kept kept(rubric.schema());
  if (plan_uses_aggregates(rubric.plan())) {
    run_two_pass(rubric, in, options, on_offer, out, kept);
  } else {
    run_pipelined(rubric, in, options, on_offer, out, kept);
  }
  out.input_errors = in.input_errors();
  out.input_notes = in.input_notes();
  kept.sets.report(out, rubric.schema().strict);
  if (options.mode == ResultMode::compact) {
    rank_stored(rubric.plan(), kept.keys, out.run, out.ranked);
  } else {
    out.run = rank(rubric.plan(), std::move(kept.offers));
  }
  return out;
}

RunOutput run_texts(const CompiledRubric& rubric, const std::vector<std::string>& sources,
                    const std::vector<std::string>& texts, TextStyle style) {
  Batch batch;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    InputDocument doc;
    doc.source = i < sources.size() ? sources[i] : fmt::format("text-{}", i + 1);
    doc.fallback_id = fmt::format("offer-{}", i + 1);
    doc.ordinal = i;
    doc.json = texts[i];
    batch.add(doc);
  }
  OfferReader reader(rubric.schema());
  Evaluator evaluator(rubric.plan());
  evaluator.set_text_style(style);
  Aggregates aggregates(rubric.plan());
  std::vector<Facts> all(texts.size());
  for (std::size_t i = 0; i < texts.size(); ++i) {
    read_document(reader, batch.view(i), rubric.schema().fields.size(), all[i]);
    aggregates.add(all[i]);
  }
  RunOutput out;
  std::vector<OfferResult> results(texts.size());
  for (std::size_t i = 0; i < texts.size(); ++i) {
    evaluator.evaluate(all[i], &aggregates, results[i]);
    ++out.offers_seen;
    if (!results[i].scored) ++out.offers_failed;
  }
  out.run = rank(rubric.plan(), std::move(results));
  return out;
}

}  // namespace rubric
