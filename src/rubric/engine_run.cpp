// Runs a batch: documents from the inputs, read into facts, scored, ranked.
#include <fmt/format.h>

#include <cstring>

#include "rubric/engine.hpp"
#include "rubric/inputs.hpp"

namespace rubric {

namespace {

// Reads one document into facts, turning a document that could not even be read into an offer error.
void read_document(OfferReader& reader, const InputDocument& doc, std::size_t field_count, Facts& facts) {
  if (doc.error) {
    facts.reset(field_count);
    facts.id = doc.fallback_id;
    facts.source = doc.source;
    facts.ordinal = doc.ordinal;
    facts.errors.push_back(OfferError{*doc.error});
    return;
  }
  reader.read(doc, facts);
}

// Scores documents one at a time, keeping nothing but the results asked for.
class SerialRun {
 public:
  SerialRun(const CompiledRubric& rubric, const RunOptions& options, const OfferCallback& on_offer)
      : rubric_(rubric), options_(options), on_offer_(on_offer), reader_(rubric.schema()),
        evaluator_(rubric.plan()) {}

  // Scores documents as they arrive; needs no cross-offer values.
  void stream(InputStream& in, RunOutput& out) {
    InputDocument doc;
    Facts facts;
    while (in.next(doc)) {
      read_document(reader_, doc, rubric_.schema().fields.size(), facts);
      score(facts, nullptr, out);
    }
  }

  // Reads every offer first so max_of/min_of/mean_of see the whole run, then scores.
  void two_pass(InputStream& in, RunOutput& out) {
    Aggregates aggregates(rubric_.plan());
    std::vector<Facts> all;
    InputDocument doc;
    while (in.next(doc)) {
      all.emplace_back();
      read_document(reader_, doc, rubric_.schema().fields.size(), all.back());
      aggregates.add(all.back());
    }
    for (const Facts& facts : all) score(facts, &aggregates, out);
  }

  // Hands over the results kept for ranking.
  std::vector<OfferResult> take_results() { return std::move(results_); }

 private:
  void score(const Facts& facts, const Aggregates* aggregates, RunOutput& out) {
    OfferResult result;
    evaluator_.evaluate(facts, aggregates, result);
    ++out.offers_seen;
    if (!result.scored) ++out.offers_failed;
    if (on_offer_) on_offer_(result);
    if (options_.keep_results) results_.push_back(std::move(result));
  }

  const CompiledRubric& rubric_;
  const RunOptions& options_;
  const OfferCallback& on_offer_;
  OfferReader reader_;
  Evaluator evaluator_;
  std::vector<OfferResult> results_;
};

RunOutput finish(const CompiledRubric& rubric, InputStream& in, SerialRun& serial) {
  RunOutput out;
  if (plan_uses_aggregates(rubric.plan())) {
    serial.two_pass(in, out);
  } else {
    serial.stream(in, out);
  }
  out.input_errors = in.input_errors();
  out.run = rank(rubric.plan(), serial.take_results());
  return out;
}

}  // namespace

RunOutput run(const CompiledRubric& rubric, const std::vector<std::string>& inputs, const RunOptions& options,
              const OfferCallback& on_offer) {
  InputStream in(inputs);
  SerialRun serial(rubric, options, on_offer);
  return finish(rubric, in, serial);
}

RunOutput run_texts(const CompiledRubric& rubric, const std::vector<std::string>& sources,
                    const std::vector<std::string>& texts) {
  RunOptions options;
  OfferReader reader(rubric.schema());
  Evaluator evaluator(rubric.plan());
  std::vector<Facts> all(texts.size());
  Aggregates aggregates(rubric.plan());
  for (std::size_t i = 0; i < texts.size(); ++i) {
    std::string padded;
    padded.reserve(texts[i].size() + kJsonPadding);
    padded = texts[i];
    padded.reserve(texts[i].size() + kJsonPadding);
    InputDocument doc;
    doc.source = i < sources.size() ? sources[i] : fmt::format("text-{}", i + 1);
    doc.fallback_id = fmt::format("offer-{}", i + 1);
    doc.ordinal = i;
    doc.json = padded;
    read_document(reader, doc, rubric.schema().fields.size(), all[i]);
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
