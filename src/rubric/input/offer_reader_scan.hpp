// The fast path's scanners over one JSON document: each takes the position of a token and returns the
// position just after it, or nullptr when the token is not plainly valid JSON. A nullptr is not an error:
// the full reader then reads the document again and says what is wrong, so a scanner may refuse anything
// unusual (an escape, a number it cannot convert exactly) but must never accept what JSON does not allow.
// `end` bounds every token; the document's padding (kJsonPadding bytes) makes reading a little past it safe.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "rubric/base/plain_bytes.hpp"

namespace rubric::offer_reader::scan {

/// Returns true for JSON's four whitespace characters.
inline bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

/// Returns true for an ASCII digit.
inline bool is_digit(char c) { return static_cast<unsigned char>(c - '0') < 10; }

/// Returns the first position at or after `p` that is not whitespace (or `end`).
inline const char* skip_space(const char* p, const char* end) {
  // One compare settles the usual case (offers are mostly written without whitespace). At `end` it reads the
  // padding, and returns `end` whatever byte is there, as the loop would.
  if (static_cast<unsigned char>(*p) > ' ') return p;
  while (p < end && is_space(*p)) ++p;
  return p;
}

/// Steps over what follows a member or element at `p`: whitespace, then a comma (returns the position of the
/// next one, past whitespace) or `close` (sets `closed`, returns the position past it); nullptr otherwise.
inline const char* next_member(const char* p, const char* end, char close, bool& closed) {
  p = skip_space(p, end);
  if (p >= end) return nullptr;
  if (*p == close) {
    closed = true;
    return p + 1;
  }
  if (*p != ',') return nullptr;
  return skip_space(p + 1, end);
}

/// Returns the position after the UTF-8 sequence at `p` (whose first byte is >= 0x80), or nullptr when it
/// is not valid UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF).
inline const char* skip_utf8(const char* p, const char* end) {
  const auto byte = [&](std::ptrdiff_t i) { return static_cast<unsigned char>(p[i]); };
  const auto cont = [&](std::ptrdiff_t i) { return (byte(i) & 0xC0) == 0x80; };
  const unsigned char c = byte(0);
  std::ptrdiff_t length = 0;
  if (c >= 0xC2 && c <= 0xDF) {
    length = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    const unsigned char low = c == 0xE0 ? 0xA0 : 0x80, high = c == 0xED ? 0x9F : 0xBF;
    if (byte(1) < low || byte(1) > high) return nullptr;
    length = 3;
  } else if (c >= 0xF0 && c <= 0xF4) {
    const unsigned char low = c == 0xF0 ? 0x90 : 0x80, high = c == 0xF4 ? 0x8F : 0xBF;
    if (byte(1) < low || byte(1) > high) return nullptr;
    length = 4;
  } else {
    return nullptr;
  }
  if (end - p < length) return nullptr;
  for (std::ptrdiff_t i = 1; i < length; ++i) {
    if (!cont(i)) return nullptr;
  }
  return p + length;
}

/// Returns the position of the closing quote of the string whose first byte (past the opening quote) is at
/// `p`, or nullptr when the string holds an escape or a control character or runs past `end`. A block at a
/// time while the bytes are plain ASCII (reading into the padding at worst); other bytes must be valid UTF-8.
inline const char* find_string_end(const char* p, const char* end) {
  while (p < end) {
    const std::size_t plain = first_special(p);
    p += plain;
    if (plain == kScanBlock) continue;
    if (p >= end) return nullptr;
    if (*p == '"') return p;
    if (static_cast<unsigned char>(*p) < 0x80) return nullptr;  // an escape or a control character
    p = skip_utf8(p, end);
    if (p == nullptr) return nullptr;
  }
  return nullptr;
}

/// Returns the position after the literal `word` (true, false, null) at `p`, or nullptr.
inline const char* skip_literal(const char* p, const char* end, const char* word, std::size_t length) {
  if (static_cast<std::size_t>(end - p) < length || std::memcmp(p, word, length) != 0) return nullptr;
  return p + length;
}

/// Returns the position after the digits at `p`, at least one, or nullptr.
inline const char* skip_digits(const char* p, const char* end) {
  const char* start = p;
  while (p < end && is_digit(*p)) ++p;
  return p == start ? nullptr : p;
}

/// Returns the position after the JSON number at `p` (RFC 8259's grammar, any length), or nullptr.
inline const char* skip_number(const char* p, const char* end) {
  if (p < end && *p == '-') ++p;
  if (p < end && *p == '0') {
    ++p;
  } else if (p = skip_digits(p, end); p == nullptr) {
    return nullptr;
  }
  if (p < end && *p == '.' && (p = skip_digits(p + 1, end)) == nullptr) return nullptr;
  if (p < end && (*p == 'e' || *p == 'E')) {
    ++p;
    if (p < end && (*p == '+' || *p == '-')) ++p;
    p = skip_digits(p, end);
  }
  return p;
}

/// Converts the JSON number at `p` to the nearest double when that takes one exact operation: at most 19
/// significant digits worth at most 2^53, times or divided by a power of ten up to 10^22 (Clinger's fast
/// path, correctly rounded as simdjson is). Returns the position after it, or nullptr for any other number
/// and for -0. One pass: the digits are checked and added up together.
inline const char* parse_number(const char* p, const char* end, double& out) {
  static constexpr double kPowers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                       1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  const bool negative = p < end && *p == '-';
  if (negative) ++p;
  if (p >= end || !is_digit(*p)) return nullptr;
  std::uint64_t mantissa = 0;  // wraps past 19 digits, which are then refused
  const char* first = p;
  if (*p == '0') {
    ++p;  // a leading zero stands alone; a digit after it is left for the caller to refuse
  } else {
    for (; p < end && is_digit(*p); ++p) mantissa = mantissa * 10 + static_cast<unsigned>(*p - '0');
  }
  std::ptrdiff_t digits = p - first;
  int exponent = 0;
  if (p < end && *p == '.') {
    const char* fraction = ++p;
    for (; p < end && is_digit(*p); ++p) mantissa = mantissa * 10 + static_cast<unsigned>(*p - '0');
    if (p == fraction) return nullptr;
    digits += p - fraction;
    exponent = -static_cast<int>(p - fraction);
  }
  if (digits > 19) return nullptr;
  if (p < end && (*p == 'e' || *p == 'E')) {
    ++p;
    const bool minus = p < end && *p == '-';
    if (p < end && (*p == '+' || *p == '-')) ++p;
    const char* digits_at = p;
    int value = 0;
    for (; p < end && is_digit(*p) && p - digits_at < 4; ++p) value = value * 10 + (*p - '0');
    if (p == digits_at || (p < end && is_digit(*p))) return nullptr;  // no digits, or too many to convert here
    exponent += minus ? -value : value;
  }
  if (mantissa > (std::uint64_t{1} << 53) || exponent < -22 || exponent > 22) return nullptr;
  if (negative && mantissa == 0) return nullptr;
  const double m = static_cast<double>(mantissa);
  const double value = exponent < 0 ? m / kPowers[-exponent] : m * kPowers[exponent];
  out = negative ? -value : value;
  return p;
}

/// The key an object held at one position in the last document, as its quoted bytes: documents of a batch
/// mostly repeat their keys in the same order, so comparing a few words replaces scanning and looking up.
struct KeyGuess {
  static constexpr std::size_t kMaxBytes = 32;  // quoted keys longer than this are looked up each time
  std::uint64_t words[kMaxBytes / 8] = {};
  std::uint64_t tail_mask = 0;   // the bytes of the last, partial word that belong to the guess
  std::uint32_t length = 0;      // bytes, both quotes included (and the colon when `colon`); 0: no guess yet
  std::uint32_t full_words = 0;  // words wholly inside the guess
  std::int32_t child = -1;       // the trie node of the key, or -1: a key read and skipped without a warning
  bool colon = false;            // the colon followed the closing quote directly, and is part of the guess

  /// Remembers the quoted key at `quoted` of `bytes` bytes, and the colon after it when `with_colon`;
  /// false (and nothing kept) when it is too long.
  bool set(const char* quoted, std::size_t bytes, bool with_colon, int node) {
    bytes += with_colon ? 1 : 0;
    if (bytes > kMaxBytes) return false;
    std::memset(words, 0, sizeof words);
    std::memcpy(words, quoted, bytes);
    length = static_cast<std::uint32_t>(bytes);
    full_words = static_cast<std::uint32_t>(bytes / 8);
    tail_mask = 0;
    std::memset(&tail_mask, 0xFF, bytes % 8);  // byte order as in memory, whatever the endianness
    child = node;
    colon = with_colon;
    return true;
  }
  /// Returns true when the bytes at `p` (before `end`, padded) start with this quoted key.
  bool matches(const char* p, const char* end) const {
    if (length == 0 || end - p < static_cast<std::ptrdiff_t>(length)) return false;
    std::uint64_t differ = 0;
    std::uint64_t word;
    for (std::uint32_t i = 0; i < full_words; ++i) {
      std::memcpy(&word, p + i * 8, sizeof word);
      differ |= word ^ words[i];
    }
    std::memcpy(&word, p + full_words * 8, sizeof word);  // within the padding at worst
    differ |= (word & tail_mask) ^ (full_words < kMaxBytes / 8 ? words[full_words] : 0);
    return differ == 0;
  }
};

}  // namespace rubric::offer_reader::scan
