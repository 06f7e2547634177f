#include "rubric/run_batch.hpp"

#include <cstring>

namespace rubric {

namespace {

// Big enough that thread hand-offs cost nothing next to the work, small enough
// that memory stays flat: ~8 MiB of documents or 4k offers (and their results) per batch.
constexpr std::size_t kBatchMaxDocs = 4096;
constexpr std::size_t kBatchMaxBytes = 8u * 1024u * 1024u;

}  // namespace

void Batch::clear() {
  arena.clear();
  docs.clear();
  for (auto& r : rendered) r.clear();
}

void Batch::add(const InputDocument& doc) {
  Doc d;
  d.offset = arena.size();
  d.size = doc.json.size();
  d.source = doc.source;
  d.fallback_id = doc.fallback_id;
  d.ordinal = doc.ordinal;
  d.error = doc.error;
  arena.append(doc.json);
  arena.append(kJsonPadding, ' ');
  docs.push_back(std::move(d));
}

InputDocument Batch::view(std::size_t i) const {
  const Doc& d = docs[i];
  InputDocument doc;
  doc.source = d.source;
  doc.fallback_id = d.fallback_id;
  doc.ordinal = d.ordinal;
  doc.json = std::string_view(arena).substr(d.offset, d.size);
  doc.error = d.error;
  return doc;
}

bool fill_batch(InputStream& in, Batch& batch) {
  batch.clear();
  InputDocument doc;
  while (batch.docs.size() < kBatchMaxDocs && batch.bytes() < kBatchMaxBytes && in.next(doc)) batch.add(doc);
  if (batch.results.size() < batch.docs.size()) batch.results.resize(batch.docs.size());
  return !batch.docs.empty();
}

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

BatchWorker::BatchWorker(const CompiledRubric& rubric, bool explain)
    : rubric_(rubric), reader_(rubric.schema()), evaluator_(rubric.plan()) {
  evaluator_.set_explain(explain);
}

void BatchWorker::process(Batch& batch, std::size_t begin, std::size_t end, const OfferRenderer& render,
                          std::string& rendered) {
  const std::size_t fields = rubric_.schema().fields.size();
  for (std::size_t i = begin; i < end; ++i) {
    read_document(reader_, batch.view(i), fields, facts_);
    evaluator_.evaluate(facts_, nullptr, batch.results[i]);
    if (render) render(batch.results[i], rendered);
  }
}

}  // namespace rubric
