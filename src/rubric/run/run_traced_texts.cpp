// run_traced() for offers held in memory: `rubric test` mixes offer files and inline offers in one run.
#include <rubric/engine.hpp>
#include "rubric/input/inputs.hpp"
#include "rubric/run/decision.hpp"
#include "rubric/run/run_batch.hpp"
#include "rubric/vm/evaluate.hpp"

namespace rubric {

TracedRun run_traced_texts(const CompiledRubric& rubric, const std::vector<OfferText>& offers) {
  TracedRun out;
  Batch batch;
  for (std::size_t i = 0; i < offers.size(); ++i) {
    InputDocument doc;
    doc.source = offers[i].source;
    doc.fallback_id = offers[i].fallback_id;
    doc.ordinal = i;
    doc.json = offers[i].json;
    batch.add(doc);
  }
  OfferReader reader(rubric.schema());
  out.facts.resize(offers.size());
  Aggregates aggregates(rubric.plan());
  for (std::size_t i = 0; i < offers.size(); ++i) {
    read_document(reader, batch.view(i), rubric.schema().fields.size(), out.facts[i]);
    aggregates.add(out.facts[i]);
  }
  Evaluator evaluator(rubric.plan());
  std::vector<OfferResult> results(offers.size());
  for (std::size_t i = 0; i < offers.size(); ++i) {
    evaluator.evaluate(out.facts[i], &aggregates, results[i]);
    ++out.output.offers_seen;
    if (!results[i].scored) ++out.output.offers_failed;
  }
  out.output.run = rank(rubric.plan(), std::move(results));
  if (out.output.run.weight_note.empty()) out.output.run.weight_note = rubric.weight_note();
  return out;
}

}  // namespace rubric
