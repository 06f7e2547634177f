// Raw JSON strings as On-Demand hands them out: a pointer just past the opening quote, inside a padded buffer.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rubric::offer_reader {

/// Where a raw JSON string ends, and whether it holds an escape before that.
struct RawString {
  std::size_t length = 0;  // bytes up to the closing quote, or up to the first backslash when `escaped`
  bool escaped = false;    // a backslash comes first: the raw bytes are not the string's value
};

/// Finds the closing quote or first backslash of the raw JSON string at `raw`, eight bytes at a time.
/// Reads at most 7 bytes past the closing quote, which the document's padding makes safe.
inline RawString scan_raw_string(const char* raw) {
  if constexpr (std::endian::native == std::endian::little) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull;
    constexpr std::uint64_t kHighs = 0x8080808080808080ull;
    for (std::size_t i = 0;; i += 8) {
      std::uint64_t word;
      std::memcpy(&word, raw + i, sizeof word);
      const std::uint64_t quotes = word ^ (kOnes * '"');
      const std::uint64_t slashes = word ^ (kOnes * '\\');
      // The lowest flagged byte is exact: it is the first byte equal to a quote or a backslash.
      const std::uint64_t hits = (((quotes - kOnes) & ~quotes) | ((slashes - kOnes) & ~slashes)) & kHighs;
      if (hits != 0) {
        const std::size_t at = i + static_cast<std::size_t>(std::countr_zero(hits) >> 3);
        return {at, raw[at] == '\\'};
      }
    }
  } else {
    std::size_t at = 0;
    while (raw[at] != '"' && raw[at] != '\\') ++at;
    return {at, raw[at] == '\\'};
  }
}

/// Returns true when the unescaped raw string `raw` of `length` bytes equals `text`.
inline bool raw_equals(const char* raw, std::size_t length, const char* text, std::size_t text_length) {
  return length == text_length && std::memcmp(raw, text, length) == 0;
}

/// Returns the first (up to) eight bytes of `text` as a number, the rest zero; reads eight bytes.
inline std::uint64_t head_of(const char* text, std::size_t length) {
  std::uint64_t word;
  std::memcpy(&word, text, sizeof word);
  if (length >= 8) return word;
  const unsigned bits = static_cast<unsigned>(length) * 8;
  if constexpr (std::endian::native == std::endian::little) {
    return length == 0 ? 0 : word & (~std::uint64_t{0} >> (64 - bits));
  } else {
    return length == 0 ? 0 : word & (~std::uint64_t{0} << (64 - bits));
  }
}

/// Returns the length of a raw JSON string token (`"abc"`, perhaps followed by whitespace) without its quotes.
inline std::size_t raw_token_length(std::string_view token) {
  std::size_t end = token.size();
  while (end > 1 &&
         (token[end - 1] == ' ' || token[end - 1] == '\t' || token[end - 1] == '\n' || token[end - 1] == '\r')) {
    --end;
  }
  return end >= 2 ? end - 2 : 0;
}

/// Returns the length of an object key whose raw bytes start at `raw` and whose value starts at `value`:
/// only whitespace, a colon and more whitespace lie between the key's closing quote and its value
/// (On-Demand has checked the colon), so the quote is found walking back from the value.
inline std::size_t raw_key_length(const char* raw, const char* value) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  const char* p = value - 1;
  while (space(*p)) --p;  // now at the colon
  --p;
  while (space(*p)) --p;  // now at the closing quote
  return static_cast<std::size_t>(p - raw);
}

/// Maps the keys an object may hold to small numbers; a lookup costs one hash and usually one compare.
class RawKeyTable {
 public:
  /// Builds the table; the first of equal keys wins.
  void build(const std::vector<std::pair<std::string, int>>& keys);

  /// Returns the number for the raw string `raw` of `length` bytes (padded memory), or -1. Raw bytes equal to a
  /// key are that key; a raw string with escapes never matches (keys holding a backslash or quote are left out).
  int find(const char* raw, std::size_t length) const {
    if (slots_.empty()) return -1;
    const std::uint64_t head = head_of(raw, length);
    const std::uint64_t tail = length > 8 ? head_of(raw + 8, length - 8) : 0;
    for (std::size_t i = slot_of(head, length);; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.value < 0) return -1;
      if (slot.head == head && slot.length == length && slot.tail == tail &&
          (length <= 16 ||
           std::memcmp(raw + 16, keys_[static_cast<std::size_t>(slot.key)].data() + 16, length - 16) == 0)) {
        return slot.value;
      }
    }
  }

  /// Returns true when every key is in the raw table (none needs escaping in JSON).
  bool all_raw() const { return all_raw_; }

 private:
  struct Slot {
    std::uint64_t head = 0;  // bytes 0-7
    std::uint64_t tail = 0;  // bytes 8-15
    std::uint32_t length = 0;
    std::int32_t key = -1;    // index into keys_
    std::int32_t value = -1;  // -1: empty slot
  };
  std::size_t slot_of(std::uint64_t head, std::size_t length) const {
    return static_cast<std::size_t>(((head ^ length) * 0x9E3779B97F4A7C15ull) >> 40) & mask_;
  }
  std::vector<Slot> slots_;
  std::vector<std::string> keys_;
  std::size_t mask_ = 0;
  bool all_raw_ = true;
};

}  // namespace rubric::offer_reader
