// UTF-8 validation shared by every writer that must emit valid text (JSON strings, report text).
#pragma once

#include <cstddef>
#include <string_view>

namespace rubric {

/// Returns the length of the valid multi-byte UTF-8 sequence at s[i], or 0 when it is invalid (an ASCII
/// byte also gives 0: callers take those apart); `bad` gets the length of the maximal invalid prefix to
/// replace with one U+FFFD (always at least 1), as Unicode's "maximal subpart" practice asks.
inline std::size_t utf8_sequence(std::string_view s, std::size_t i, std::size_t& bad) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // the allowed range of the second byte (Unicode table 3-7)
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  }
  bad = 1;
  if (length == 0) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    if (i + k >= s.size()) return 0;
    const unsigned char c = byte(i + k);
    const bool ok = k == 1 ? (c >= low && c <= high) : (c >= 0x80 && c <= 0xBF);
    if (!ok) return 0;
    bad = k + 1;
  }
  return length;
}

}  // namespace rubric
