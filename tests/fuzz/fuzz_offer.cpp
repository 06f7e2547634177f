// One offer JSON document -> read, score and trace against a shipped rubric (one with aggregates),
// then rendered as JSON and text.
#include <rubric/explain.hpp>
#include <rubric/output.hpp>
#include <rubric/result_json.hpp>
#include "fuzz_support.hpp"
#include "rubric/vm/evaluate.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rubric;
  static const auto rubric = fuzz::shipped_rubric("staff-principal.rubric");
  fuzz::PaddedText text(fuzz::text_of(data, size));
  InputDocument doc;
  doc.source = "fuzz.json";
  doc.fallback_id = "fuzz";
  doc.json = text.view();
  OfferReader reader(rubric->schema());
  Facts facts;
  reader.read(doc, facts);
  Aggregates aggregates(rubric->plan());
  aggregates.add(facts);
  Evaluator evaluator(rubric->plan());
  OfferResult result;
  evaluator.evaluate(facts, &aggregates, result);
  std::string shown;
  append_offer_jsonl(shown, result);
  shown += format_trace(trace_offer(*rubric, facts, {&facts}));
  RunOutput run = run_texts(*rubric, {"fuzz.json"}, {std::string(text.view())});
  shown += format_json(run.run);
  return 0;
}
