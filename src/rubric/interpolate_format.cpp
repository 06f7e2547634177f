// Fast value renderers for the per-offer hot path. They append into a reused
// string without fmt; whenever a value is outside the range where integer
// arithmetic is exact they fall back to render.hpp, so output never differs.
#include <charconv>
#include <cmath>
#include <cstdint>

#include "rubric/interpolate.hpp"
#include "rubric/render.hpp"

namespace rubric {

namespace {

// Integers below this magnitude convert to int64 and back exactly, and their
// hundredths still print the same digits as fmt's "{:.2f}" of the double.
constexpr double kExactIntegerLimit = 1e14;

void append_int(std::int64_t value, std::string& out) {
  char buf[24];
  auto res = std::to_chars(buf, buf + sizeof buf, value);
  out.append(buf, res.ptr);
}

void append_grouped(std::uint64_t value, std::string& out) {
  char buf[24];
  auto res = std::to_chars(buf, buf + sizeof buf, value);
  std::size_t n = static_cast<std::size_t>(res.ptr - buf);
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out.push_back(',');
    out.push_back(buf[i]);
  }
}

// Appends k / 10^digits with trailing fractional zeros removed (digits is 1 or 2).
void append_scaled(std::int64_t k, int digits, std::string& out) {
  std::int64_t unit = digits == 1 ? 10 : 100;
  if (k < 0) out.push_back('-');
  std::uint64_t mag = k < 0 ? static_cast<std::uint64_t>(-k) : static_cast<std::uint64_t>(k);
  append_int(static_cast<std::int64_t>(mag / unit), out);
  auto frac = static_cast<unsigned>(mag % unit);
  if (frac == 0) return;
  out.push_back('.');
  if (digits == 2) {
    out.push_back(static_cast<char>('0' + frac / 10));
    if (frac % 10 != 0) out.push_back(static_cast<char>('0' + frac % 10));
  } else {
    out.push_back(static_cast<char>('0' + frac));
  }
}

}  // namespace

void append_money(double value, std::string& out) {
  double rounded = std::round(value);  // round_half_away(value, 0)
  if (!(std::fabs(rounded) < kExactIntegerLimit)) {
    out += render_money(value);
    return;
  }
  if (rounded < 0) out.push_back('-');
  append_grouped(static_cast<std::uint64_t>(std::fabs(rounded)), out);
}

void append_number(double value, std::string& out) {
  double k = std::round(value * 100);  // as round_half_away(value, 2) computes it
  if (!(std::fabs(k) < kExactIntegerLimit)) {
    out += render_number(value);
    return;
  }
  append_scaled(static_cast<std::int64_t>(k), 2, out);
}

void append_percent(double fraction, std::string& out) {
  double k = std::round(fraction * 100 * 10);  // as round_half_away(fraction * 100, 1) computes it
  if (!(std::fabs(k) < kExactIntegerLimit)) {
    out += render_percent(fraction);
    return;
  }
  append_scaled(static_cast<std::int64_t>(k), 1, out);
  out.push_back('%');
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
