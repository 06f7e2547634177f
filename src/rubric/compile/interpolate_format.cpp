// Fast value renderers for the per-offer hot path. They append into a reused
// string without fmt; whenever a value is outside the range where integer
// arithmetic is exact they fall back to render.hpp, so output never differs.
#include <cmath>
#include <cstdint>

#include <rubric/render.hpp>
#include "rubric/compile/interpolate.hpp"

namespace rubric {

namespace {

// Integers below this magnitude convert to int64 and back exactly, and their
// hundredths still print the same digits as fmt's "{:.2f}" of the double.
constexpr double kExactIntegerLimit = 1e14;

// Longest rendering of an integer below kExactIntegerLimit: sign, 14 digits,
// 4 group separators, a decimal point and two decimals, and a '%'.
constexpr std::size_t kBufferSize = 40;

// Writes the digits of `value` ending at `end`, grouped by thousands when asked; returns the first char.
char* write_digits(std::uint64_t value, char* end, bool grouped) {
  int n = 0;
  do {
    if (grouped && n > 0 && n % 3 == 0) *--end = ',';
    *--end = static_cast<char>('0' + value % 10);
    value /= 10;
    ++n;
  } while (value != 0);
  return end;
}

// Appends k / 10^digits with trailing fractional zeros removed (digits is 1 or 2).
void append_scaled(std::int64_t k, int digits, bool percent_sign, std::string& out) {
  char buf[kBufferSize];
  char* end = buf + kBufferSize;
  char* p = end;
  if (percent_sign) *--p = '%';
  std::uint64_t mag = k < 0 ? static_cast<std::uint64_t>(-k) : static_cast<std::uint64_t>(k);
  const std::uint64_t unit = digits == 1 ? 10 : 100;
  auto frac = static_cast<unsigned>(mag % unit);
  if (frac != 0) {
    if (digits == 2) {
      if (frac % 10 != 0) *--p = static_cast<char>('0' + frac % 10);
      *--p = static_cast<char>('0' + frac / 10);
    } else {
      *--p = static_cast<char>('0' + frac);
    }
    *--p = '.';
  }
  p = write_digits(mag / unit, p, true);
  if (k < 0) *--p = '-';
  out.append(p, static_cast<std::size_t>(end - p));
}

}  // namespace

void append_money(double value, std::string& out) {
  double k = std::round(value * 100);  // as round_half_away(value, 2) computes it
  if (!(std::fabs(k) < kExactIntegerLimit)) {
    out += render_money(value);
    return;
  }
  auto cents = static_cast<std::int64_t>(k);
  if (cents % 100 != 0) {
    append_scaled(cents, 2, false, out);
    if (cents % 10 == 0) out += '0';  // money keeps both decimals: "7.80"
    return;
  }
  char buf[kBufferSize];
  char* end = buf + kBufferSize;
  char* p = write_digits(static_cast<std::uint64_t>(cents < 0 ? -cents : cents) / 100, end, true);
  if (cents < 0) *--p = '-';
  out.append(p, static_cast<std::size_t>(end - p));
}

void append_number(double value, std::string& out) {
  double k = std::round(value * 100);  // as round_half_away(value, 2) computes it
  if (!(std::fabs(k) < kExactIntegerLimit) || std::fabs(value) < 1) {
    out += render_number(value);  // values below 1 keep significant digits: the rare, slow path
    return;
  }
  append_scaled(static_cast<std::int64_t>(k), 2, false, out);
}

void append_percent(double fraction, std::string& out) {
  double k = std::round(fraction * 100 * 10);  // as round_half_away(fraction * 100, 1) computes it
  if (!(std::fabs(k) < kExactIntegerLimit) || std::fabs(fraction * 100) < 1) {
    out += render_percent(fraction);
    return;
  }
  append_scaled(static_cast<std::int64_t>(k), 1, true, out);
}

void append_value(double value, TypeKind kind, std::string& out) {
  switch (kind) {
    case TypeKind::money: append_money(value, out); return;
    case TypeKind::percent: append_percent(value, out); return;
    case TypeKind::boolean: out += value != 0 ? "true" : "false"; return;
    default: append_number(value, out); return;
  }
}

}  // namespace rubric
