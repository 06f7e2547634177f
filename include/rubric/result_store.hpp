// Offer results kept compactly for ranked output (csv, json, md, text): a run
// of a million offers cannot hold a million OfferResults (~2 KiB each). Each
// offer becomes one packed record; the strings offers share (ids, labels,
// reasons) are stored once and referenced by number.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <rubric/result.hpp>

namespace rubric {

/// Packed offer results, added in any order and decoded one at a time.
class ResultStore {
 public:
  /// Stores `offer` (everything but its rank); returns its index.
  std::size_t add(const OfferResult& offer);
  /// Rebuilds offer `index` into `out`, reusing its memory; `out.rank` is 0.
  void load(std::size_t index, OfferResult& out) const;
  /// Returns the id of offer `index` without decoding the rest.
  std::string_view id(std::size_t index) const;
  /// Returns the number of offers stored.
  std::size_t size() const { return records_.size(); }

 private:
  friend class RecordReader;
  friend class RecordWriter;
  std::vector<std::string> chunks_;     // records back to back; a chunk is never reallocated once full
  std::vector<std::uint64_t> records_;  // per offer: chunk << 32 | offset
  std::vector<std::string> shared_;     // interned strings, by number
  std::unordered_map<std::string, std::uint32_t> shared_index_;
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
