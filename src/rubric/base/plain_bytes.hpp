// Finding where plain JSON string content stops: a quote, a backslash, a control character or a non-ASCII
// byte (which must then be checked as UTF-8). The offer reader scans strings with it and the JSON writer
// copies strings with it, a block of bytes at a time.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace rubric {

#if defined(__SSE2__)
constexpr std::size_t kScanBlock = 16;  // bytes looked at together: an SSE2 register, part of every x86-64
#else
constexpr std::size_t kScanBlock = 8;  // bytes looked at together: a 64-bit word
#endif

/// Returns the offset of the first byte in the kScanBlock bytes at `p` that ends plain string content, or
/// kScanBlock when there is none. All kScanBlock bytes must be readable.
inline std::size_t first_special(const char* p) {
#if defined(__SSE2__)
  const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // A signed compare: below ' ' are the control characters and every byte >= 0x80.
  const __m128i hits = _mm_or_si128(
      _mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8('"')), _mm_cmpeq_epi8(block, _mm_set1_epi8('\\'))),
      _mm_cmplt_epi8(block, _mm_set1_epi8(' ')));
  const auto mask = static_cast<unsigned>(_mm_movemask_epi8(hits));
  return mask == 0 ? kScanBlock : static_cast<std::size_t>(std::countr_zero(mask));
#else
  constexpr std::uint64_t kOnes = 0x0101010101010101ull;
  constexpr std::uint64_t kHighs = 0x8080808080808080ull;
  std::uint64_t word;
  std::memcpy(&word, p, sizeof word);
  if constexpr (std::endian::native == std::endian::big) word = __builtin_bswap64(word);
  const std::uint64_t quotes = word ^ (kOnes * '"');
  const std::uint64_t slashes = word ^ (kOnes * '\\');
  // Each term flags its first true byte exactly (later flags may be false), so the lowest flag is exact.
  const std::uint64_t hits = (((quotes - kOnes) & ~quotes) | ((slashes - kOnes) & ~slashes) |
                              ((word - kOnes * 0x20) & ~word) | word) &
                             kHighs;
  return hits == 0 ? kScanBlock : static_cast<std::size_t>(std::countr_zero(hits) >> 3);
#endif
}

}  // namespace rubric
