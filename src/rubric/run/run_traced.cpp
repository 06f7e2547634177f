// A serial run that keeps every offer's facts, for reports and explanations:
// the same reading, two-pass aggregates and ranking as run(), nothing streamed.
#include <rubric/engine.hpp>
#include "rubric/input/inputs.hpp"
#include "rubric/run/decision.hpp"
#include "rubric/run/run_batch.hpp"
#include "rubric/run/set_offers.hpp"
#include "rubric/vm/evaluate.hpp"

namespace rubric {

TracedRun run_traced(const CompiledRubric& rubric, const std::vector<std::string>& inputs, TextStyle style) {
  TracedRun out;
  InputStream in(inputs);
  OfferReader reader(rubric.schema());
  InputDocument doc;
  while (in.next(doc)) {
    out.facts.emplace_back();
    read_document(reader, doc, rubric.schema().fields.size(), out.facts.back());
  }
  Aggregates aggregates(rubric.plan());
  for (const Facts& facts : out.facts) aggregates.add(facts);
  Evaluator evaluator(rubric.plan());
  evaluator.set_text_style(style);
  std::vector<OfferResult> results(out.facts.size());
  SetOfferCheck sets(rubric.schema());
  for (std::size_t i = 0; i < out.facts.size(); ++i) {
    evaluator.evaluate(out.facts[i], &aggregates, results[i]);
    ++out.output.offers_seen;
    if (!results[i].scored) ++out.output.offers_failed;
    sets.see(results[i].id);
  }
  out.output.input_errors = in.input_errors();
  out.output.input_notes = in.input_notes();
  sets.report(out.output, rubric.schema().strict);
  out.output.run = rank(rubric.plan(), std::move(results));
  if (out.output.run.weight_note.empty()) out.output.run.weight_note = rubric.weight_note();
  return out;
}

}  // namespace rubric
