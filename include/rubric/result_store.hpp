// Offer results kept compactly for ranked output (csv, json, md, text): a run
// of a million offers cannot hold a million OfferResults (~2 KiB each). Each
// offer becomes one packed record; the strings offers share (labels, reasons)
// are stored once and referenced by number. Past a fixed budget the oldest
// records go to an anonymous temporary file and are read back one at a time,
// so memory stays flat however long the run.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <rubric/result.hpp>

namespace rubric {

class SpillFile;

/// Packed offer results, added in any order and decoded one at a time.
class ResultStore {
 public:
  /// Creates a store that keeps at most `resident_bytes` of records in memory (the rest in a temporary file).
  explicit ResultStore(std::size_t resident_bytes = kDefaultResidentBytes);

  /// Stores `offer` (everything but its rank); returns its index.
  std::size_t add(const OfferResult& offer);
  /// Rebuilds offer `index` into `out`, reusing its memory; `out.rank` is 0. Throws std::runtime_error
  /// when a record cannot be read back from the temporary file.
  void load(std::size_t index, OfferResult& out) const;
  /// Returns the id of offer `index` and its position in the input, without decoding the rest.
  std::pair<std::string, std::size_t> id_and_ordinal(std::size_t index) const;
  /// Returns the number of offers stored.
  std::size_t size() const { return records_.size(); }
  /// Returns how many bytes of records went to the temporary file.
  std::uint64_t spilled_bytes() const { return spilled_bytes_; }

  // Records kept in memory by default: 8 one-MiB chunks, some 25,000 offers, so a usual run never touches
  // the disk while a million offers fit the 64 MiB a run may use (bench/README.md).
  static constexpr std::size_t kDefaultResidentBytes = 8u << 20;

 private:
  friend class RecordReader;
  friend class RecordWriter;
  struct Chunk {
    std::string bytes;             // records back to back; empty once spilled
    std::uint32_t used = 0;        // bytes of records in the chunk
    std::uint64_t spilled_at = 0;  // where the chunk starts in the spill file
    bool spilled = false;
  };
  const char* record(std::size_t index) const;
  void spill_old_chunks();

  std::size_t resident_bytes_;
  std::vector<Chunk> chunks_;
  std::size_t first_resident_ = 0;     // chunks before it are spilled (or kept when the disk is full)
  std::deque<std::uint64_t> records_;  // per offer: chunk << 32 | offset (a deque never copies itself whole)
  std::vector<std::string> shared_;    // interned strings, by number
  std::unordered_map<std::string, std::uint32_t> shared_index_;
  std::shared_ptr<SpillFile> spill_;  // shared by copies: appends go to its end, so their records never overlap
  std::uint64_t spilled_bytes_ = 0;
};

/// The results of a run in rank order, kept in a ResultStore.
struct RankedResults {
  ResultStore store;
  std::vector<std::uint32_t> order;  // store indices in rank order
  std::vector<std::int32_t> ranks;   // per position in `order`: the rank (0 when not scored)

  /// Returns the number of offers.
  std::size_t size() const { return order.size(); }
  /// Decodes the offer at rank position `i` into `out`, rank included.
  void load(std::size_t i, OfferResult& out) const;
};

}  // namespace rubric
