// Rubric source -> parse, check, compile; a rubric that compiles is then scored and traced on a
// small offer, and its diagnostics are rendered (every range they name must lie inside the text).
#include <rubric/engine.hpp>
#include <rubric/explain.hpp>
#include <rubric/output.hpp>
#include "fuzz_support.hpp"
#include "rubric/vm/evaluate.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rubric;
  CompileOutput out = compile_rubric_text("fuzz.rubric", fuzz::text_of(data, size));
  std::string shown = out.format();
  if (!out.rubric) return 0;
  const CompiledRubric& rubric = *out.rubric;
  fuzz::PaddedText offer(R"({"id": "o", "comp": {"base": 150000, "bonus": 10}, "remote": true, "level": "senior"})");
  InputDocument doc;
  doc.source = "offer.json";
  doc.fallback_id = "offer";
  doc.json = offer.view();
  OfferReader reader(rubric.schema());
  Facts facts;
  reader.read(doc, facts);
  Aggregates aggregates(rubric.plan());
  aggregates.add(facts);
  Evaluator evaluator(rubric.plan());
  OfferResult result;
  evaluator.evaluate(facts, &aggregates, result);
  OfferTrace trace = trace_offer(rubric, facts, {&facts});
  shown += format_trace(trace);
  return 0;
}
