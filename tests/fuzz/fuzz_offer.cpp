// One offer JSON document -> read, score and trace against a shipped rubric (one with aggregates),
// then rendered as JSON and text. The reader's fast path must give the full reader's facts to the bit,
// whether the padding after the document is zeros (files), spaces, or the next line of a JSON Lines file
// (batches read lines where they lie, so a document's padding is whatever follows it).
#include <rubric/explain.hpp>
#include <rubric/output.hpp>
#include <rubric/result_json.hpp>
#include "../unit/facts_dump.hpp"
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
  OfferReader full(rubric->schema(), ReadMode::full_only);
  Facts expected;
  full.read(doc, expected);
  const std::string want = test_support::dump_facts(expected);
  if (test_support::dump_facts(facts) != want) __builtin_trap();
  std::string spaced = std::string(text.view()) + std::string(kJsonPadding, ' ');
  doc.json = std::string_view(spaced).substr(0, text.view().size());
  Facts batch_facts;
  reader.read(doc, batch_facts);
  if (test_support::dump_facts(batch_facts) != want) __builtin_trap();
  std::string lines = std::string(text.view()) + "\n" + std::string(text.view()) + std::string(kJsonPadding, '9');
  doc.json = std::string_view(lines).substr(0, text.view().size());
  Facts line_facts;
  reader.read(doc, line_facts);
  if (test_support::dump_facts(line_facts) != want) __builtin_trap();
  full.read(doc, line_facts);
  if (test_support::dump_facts(line_facts) != want) __builtin_trap();
  doc.json = text.view();
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
