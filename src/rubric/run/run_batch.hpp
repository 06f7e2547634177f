// A batch of offer documents taken from the input stream (JSON Lines read straight into it), so a worker
// can read and score them while the next batch is being read.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <rubric/engine.hpp>
#include "rubric/base/json_writer.hpp"
#include "rubric/base/large_block.hpp"
#include "rubric/input/document_block.hpp"
#include "rubric/input/inputs.hpp"
#include "rubric/vm/evaluate.hpp"

namespace rubric {

/// Returns true when results in `mode` list the facts each score used and every let's value.
inline bool explains(ResultMode mode) { return mode == ResultMode::full; }

/// Returns true when a run in `mode` keeps its results for ranking.
inline bool keeps(ResultMode mode) {
  return mode == ResultMode::full || mode == ResultMode::scores || mode == ResultMode::compact;
}

/// A block of documents, plus one result slot each and what the batch rendered.
struct Batch : DocumentBlock {
  std::vector<OfferResult, LargeAllocator<OfferResult>> results;  // huge pages: a first touch faults once
  std::vector<std::string> rendered;                              // the batch's rendered text, in order (one buffer)
  JsonBuffer lines;                                               // the batch's jsonl lines, with ResultMode::jsonl

  /// Empties the batch, keeping its memory.
  void clear();
};

/// Fills `batch` from `in` up to the batch limits; returns false when `in` had nothing left.
bool fill_batch(InputStream& in, Batch& batch);

/// One worker's reader, evaluator and scratch; used by one thread at a time.
class BatchWorker {
 public:
  /// Prepares a reader and an evaluator for the rubric.
  explicit BatchWorker(const CompiledRubric& rubric, bool explain);
  /// Reads and scores every document of the batch; renders them (into `rendered[0]` or `lines`) when asked.
  void process(Batch& batch, const RunOptions& options);

 private:
  const CompiledRubric& rubric_;
  OfferReader reader_;
  Evaluator evaluator_;
  Facts facts_;
  InputDocument doc_;  // reused view of the current document
};

/// Reads one document into facts, turning a document that could not be read into an offer error.
void read_document(OfferReader& reader, const InputDocument& doc, std::size_t field_count, Facts& facts);

}  // namespace rubric
