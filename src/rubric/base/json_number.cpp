// Writing result numbers fast. Most results are short decimals (2.1, 0.525),
// for which the general shortest-round-trip algorithm (Dragonbox, in fmt) is
// several times slower than needed. The fast path finds the fewest fraction
// digits k for which the decimal nearest to the value reads back to the same
// double. When 10^-k is far wider than the value's rounding interval, that
// decimal is the only one with k digits that reads back and none has fewer,
// so it is exactly the text Dragonbox would produce; otherwise the general
// decides (std::to_chars's shortest digits, the same as fmt's), and values
// outside fixed notation go through fmt whole.
#include "rubric/base/json_number.hpp"

#include <fmt/compile.h>
#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

#include <rubric/limits.hpp>

namespace rubric {

namespace {

// fmt writes fixed notation (not 1e-05) only from 10^-4 up; integers are handled apart, and
// non-integers stop at 2^52, so the fast path covers [1e-4, 1e15) and leaves the rest to fmt.
constexpr double kFastLow = 1e-4;
constexpr double kFastHigh = 1e15;

// The fast path tries at most this many fraction digits: results rarely need more, and each try
// costs a multiplication and a division.
constexpr int kMaxFastDigits = 8;

// 10^-k must exceed the value's rounding interval (one ulp) at least this many times, so rounding
// errors in value * 10^k cannot pick a wrong neighbour and two k-digit decimals cannot both fit.
constexpr double kUlpMargin = 64;

constexpr double kPow10[kMaxFastDigits + 1] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};

/// Writes the decimal n / 10^k (n not a multiple of 10, k >= 1) in fixed notation.
char* write_fixed(char* at, std::int64_t n, int k) {
  if (n < 0) {
    *at++ = '-';
    n = -n;
  }
  char digits[24];
  char* end = std::to_chars(digits, digits + sizeof digits, n).ptr;
  const auto length = static_cast<int>(end - digits);
  if (length <= k) {  // 0.0ddd: the integer part is 0, zeros pad the fraction
    *at++ = '0';
    *at++ = '.';
    for (int i = length; i < k; ++i) *at++ = '0';
    std::memcpy(at, digits, static_cast<std::size_t>(length));
    return at + length;
  }
  const int whole = length - k;
  std::memcpy(at, digits, static_cast<std::size_t>(whole));
  at += whole;
  *at++ = '.';
  std::memcpy(at, digits + whole, static_cast<std::size_t>(k));
  return at + k;
}

// The bits of a double: 52 of fraction below 11 of biased exponent.
constexpr int kFractionBits = 52;
constexpr std::uint64_t kExponentMask = 0x7FF;

/// Returns the spacing of doubles at `magnitude`, a normal number >= 2^-960 (bit arithmetic: frexp and
/// ldexp are library calls that cost more than the rest of the fast path).
double ulp_of(double magnitude) {
  std::uint64_t bits;
  std::memcpy(&bits, &magnitude, sizeof bits);
  const std::uint64_t exponent = (bits >> kFractionBits) & kExponentMask;
  const std::uint64_t ulp_bits = (exponent - kFractionBits) << kFractionBits;
  double ulp;
  std::memcpy(&ulp, &ulp_bits, sizeof ulp);
  return ulp;
}

/// Writes the shortest decimal that reads back as `value` (|value| in [kFastLow, kFastHigh)) in fixed notation.
/// The digits come from std::to_chars's shortest round trip in scientific form ("2.1234e-01"), the same
/// digits fmt's Dragonbox finds; fmt's own writer costs more than finding them, for it handles every format.
char* write_shortest_fixed(char* at, double value) {
  // Plain to_chars writes the same shortest digits, in fixed notation whenever that is no longer than
  // scientific (most values here): then it is the answer, without reading the digits back.
  const auto plain = std::to_chars(at, at + kMaxJsonNumberBytes, value);
  if (plain.ec == std::errc{} && std::memchr(at, 'e', static_cast<std::size_t>(plain.ptr - at)) == nullptr)
    return plain.ptr;
  char text[32];
  const char* end = std::to_chars(text, text + sizeof text, std::fabs(value), std::chars_format::scientific).ptr;
  std::int64_t n = 0;
  int digits = 0;
  const char* p = text;
  for (; p < end && *p != 'e'; ++p)
    if (*p != '.') {
      n = n * 10 + (*p - '0');  // at most 17 digits
      ++digits;
    }
  int exponent = 0;
  std::from_chars(p + 1 + (p[1] == '+'), end, exponent);
  exponent -= digits - 1;  // the value is n * 10^exponent
  if (value < 0) n = -n;
  if (exponent < 0) return write_fixed(at, n, -exponent);
  for (int i = 0; i < exponent; ++i) n *= 10;  // whole values only; the caller sends none
  return std::to_chars(at, at + kMaxJsonNumberBytes, n).ptr;
}

/// Writes a value in [kFastLow, kFastHigh) in fixed notation; returns null for any other value (fmt decides).
char* write_short_decimal(char* at, double value) {
  const double magnitude = std::fabs(value);
  if (!(magnitude >= kFastLow && magnitude < kFastHigh)) return nullptr;
  const double ulp = ulp_of(magnitude);
  // One test first: a value with more than kMaxFastDigits fraction digits (a clamped ratio, a product)
  // fails it, and goes straight to the shortest digits instead of trying every k. When the margin holds
  // at the last k, value * 10^8 is within an ulp of the integer any shorter decimal would give too.
  if (ulp * kUlpMargin * kPow10[kMaxFastDigits] < 1) {
    const double scaled = value * kPow10[kMaxFastDigits];
    const auto n = static_cast<std::int64_t>(scaled + (scaled < 0 ? -0.5 : 0.5));
    if (static_cast<double>(n) / kPow10[kMaxFastDigits] != value) return write_shortest_fixed(at, value);
  }
  for (int k = 1; k <= kMaxFastDigits; ++k) {
    if (ulp * kUlpMargin * kPow10[k] >= 1) break;
    // Rounded by truncation (std::nearbyint is a library call): the margin above keeps |scaled| < 2^47,
    // and a decimal that reads back lies within an ulp of an integer, far from any rounding tie.
    const double scaled = value * kPow10[k];
    const auto n = static_cast<std::int64_t>(scaled + (scaled < 0 ? -0.5 : 0.5));
    if (static_cast<double>(n) / kPow10[k] == value) return write_fixed(at, n, k);
  }
  return write_shortest_fixed(at, value);
}

// Results repeat the same few numbers (a criterion's scores come from its arms, contributions from those
// scores), so each thread remembers the text of recent values: a hit is a hash and one fixed-size copy
// instead of finding the shortest decimal again. Direct-mapped, keyed by the value's bits, so a hit is
// exactly the text the slow path wrote for the same double.
constexpr int kNumberCacheBits = 10;  // 1024 entries of 32 bytes: 32 KiB per thread, resident in cache
constexpr std::size_t kCachedTextBytes = 23;

struct CachedNumber {
  std::uint64_t bits;
  char text[kCachedTextBytes];
  std::uint8_t length;  // 0: empty (no number is written as nothing)
};
static_assert(sizeof(CachedNumber) == 32);
static_assert(kCachedTextBytes + 1 <= kMaxJsonNumberBytes, "a hit copies text and length as one block");

thread_local CachedNumber number_cache[std::size_t{1} << kNumberCacheBits];

/// Writes `value` without the cache.
char* write_number_uncached(char* at, double value) {
  if (!std::isfinite(value)) {
    std::memcpy(at, "null", 4);
    return at + 4;
  }
  if (is_exact_integer(value)) return std::to_chars(at, at + kMaxJsonNumberBytes, static_cast<std::int64_t>(value)).ptr;
  if (char* end = write_short_decimal(at, value)) return end;
  return fmt::format_to(at, FMT_COMPILE("{}"), value);  // Dragonbox: shortest round trip
}

}  // namespace

bool is_exact_integer(double value) {
  return std::isfinite(value) && std::trunc(value) == value && std::fabs(value) < kMaxExactInteger;
}

char* write_json_number(char* at, double value) {
  std::uint64_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  CachedNumber& slot = number_cache[(bits * 0x9E3779B97F4A7C15ULL) >> (64 - kNumberCacheBits)];
  if (slot.bits == bits && slot.length != 0) {
    std::memcpy(at, slot.text, kCachedTextBytes);  // the whole block: `at` has kMaxJsonNumberBytes of room
    return at + slot.length;
  }
  char* end = write_number_uncached(at, value);
  const auto length = static_cast<std::size_t>(end - at);
  if (length <= kCachedTextBytes) {
    slot.bits = bits;
    std::memcpy(slot.text, at, length);
    slot.length = static_cast<std::uint8_t>(length);
  }
  return end;
}

}  // namespace rubric
