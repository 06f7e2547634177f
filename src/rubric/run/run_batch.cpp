#include "rubric/run/run_batch.hpp"

#include <cstring>

namespace rubric {

namespace {

// Big enough that a thread hand-off (~10 us) costs nothing next to the work (~2 ms), small enough
// that the batches in flight stay small: ~8 MiB of documents or 2k offers (and their results) each.
// A JSON Lines batch is one read of 256 KiB (input_lines.cpp): lines of 128 bytes or more never reach
// the count, so none is copied twice.
constexpr std::size_t kBatchMaxDocs = 2048;
constexpr std::size_t kBatchMaxBytes = 8u * 1024u * 1024u;

// Explained jsonl lines run to about 1.4 bytes per input byte on the reference rubric; reserving twice that
// leaves room for longer explanations.
constexpr std::size_t kLinesPerInputByte = 2;

}  // namespace

void Batch::clear() {
  DocumentBlock::clear();
  for (auto& r : rendered) r.clear();
  lines.clear();
}

bool fill_batch(InputStream& in, Batch& batch) {
  batch.clear();
  const bool filled = in.fill(batch, kBatchMaxDocs, kBatchMaxBytes);
  if (batch.results.size() < batch.docs.size()) batch.results.resize(batch.docs.size());
  return filled;
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

void BatchWorker::process(Batch& batch, const RunOptions& options) {
  const std::size_t fields = rubric_.schema().fields.size();
  if (batch.rendered.empty()) batch.rendered.resize(1);
  // Room for the lines up front: every page of a buffer that doubles is touched twice, and a page's first
  // touch is a page fault (about 10 us on a virtual machine). Pages reserved but not written cost nothing.
  if (options.mode == ResultMode::jsonl) batch.lines.reserve(kLinesPerInputByte * batch.bytes());
  for (std::size_t i = 0; i < batch.docs.size(); ++i) {
    batch.view(i, doc_);
    read_document(reader_, doc_, fields, facts_);
    if (options.mode == ResultMode::jsonl) {
      evaluator_.evaluate_jsonl(facts_, nullptr, batch.results[i], batch.lines);
      continue;
    }
    evaluator_.evaluate(facts_, nullptr, batch.results[i]);
    if (options.render) options.render(batch.results[i], batch.rendered[0]);
  }
}

}  // namespace rubric
