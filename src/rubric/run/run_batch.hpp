// A batch of offer documents copied out of the input stream, so a worker can
// read and score them while the next batch is being read.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <rubric/engine.hpp>
#include "rubric/base/json_writer.hpp"
#include "rubric/input/inputs.hpp"
#include "rubric/vm/evaluate.hpp"

namespace rubric {

/// Returns true when results in `mode` list the facts each score used and every let's value.
inline bool explains(ResultMode mode) { return mode == ResultMode::full; }

/// Returns true when a run in `mode` keeps its results for ranking.
inline bool keeps(ResultMode mode) {
  return mode == ResultMode::full || mode == ResultMode::scores || mode == ResultMode::compact;
}

/// Documents stored back to back with padding, plus one result slot each.
struct Batch {
  struct Doc {
    std::size_t offset = 0;  // into arena
    std::size_t size = 0;
    std::size_t name = 0;  // into names: the source, then the fallback id
    std::size_t source_size = 0;
    std::size_t fallback_size = 0;
    std::size_t ordinal = 0;
    std::optional<std::string> error;
  };

  std::string arena;  // each document followed by kJsonPadding bytes
  std::string names;  // sources and fallback ids back to back: one buffer, no allocation per document
  std::vector<Doc> docs;
  std::vector<OfferResult> results;
  std::vector<std::string> rendered;  // the batch's rendered text, in order (one buffer)
  JsonBuffer lines;                   // the batch's jsonl lines, with ResultMode::jsonl

  /// Empties the batch, keeping its memory.
  void clear();
  /// Copies one document in.
  void add(const InputDocument& doc);
  /// Rebuilds the InputDocument view of document `i` into `doc`, reusing its memory.
  void view(std::size_t i, InputDocument& doc) const;
  /// Returns the InputDocument view of document `i`.
  InputDocument view(std::size_t i) const;
  /// Returns the bytes held, for sizing batches.
  std::size_t bytes() const { return arena.size(); }
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
