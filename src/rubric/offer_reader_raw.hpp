// Raw JSON strings as On-Demand hands them out: a pointer just past the opening quote, inside a padded buffer.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

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

}  // namespace rubric::offer_reader
