#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include <rubric/render.hpp>

namespace rubric {

double round_half_away(double value, int digits) {
  double factor = std::pow(10.0, digits);
  double rounded = std::round(value * factor) / factor;
  return rounded == 0 ? 0.0 : rounded;  // no "-0"
}

namespace {

std::string trim_zeros(std::string s) {
  if (s.find('.') == std::string::npos) return s;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

// Below this magnitude a value rounded to cents is within far less than a cent of its cents count
// over 100, so printing that count is what "{:.2f}" prints; larger values take fmt's exact path.
constexpr double kMaxFastCents = 1e12;

/// Returns `rounded` (already rounded to two decimals) as "{:.2f}" prints it, without fmt for common values:
/// tables print several per offer, and fmt's general path costs about a microsecond each.
std::string two_decimals(double rounded) {
  if (!(std::fabs(rounded) < kMaxFastCents)) return fmt::format("{:.2f}", rounded);
  const double scaled = rounded * 100;
  auto cents = static_cast<long long>(scaled + (scaled < 0 ? -0.5 : 0.5));
  std::string out;
  if (cents < 0 || std::signbit(rounded)) out += '-';
  cents = cents < 0 ? -cents : cents;
  out += std::to_string(cents / 100);
  out += '.';
  out += static_cast<char>('0' + cents / 10 % 10);
  out += static_cast<char>('0' + cents % 10);
  return out;
}

// Values below 1 in magnitude keep this many significant digits ("0.862", "0.0123"): two decimals
// would turn a ratio of 0.862 into 0.86 and 0.004 into 0.
constexpr int kSmallSignificantDigits = 3;

// ...but never more decimals than this, so float noise such as 5.5e-17 still reads as 0.
constexpr int kMaxSmallDecimals = 6;

/// Returns how many decimals `value` renders with when at most `decimals` are usual.
int decimals_for(double value, int decimals) {
  double magnitude = std::fabs(value);
  if (magnitude >= 1 || magnitude == 0) return decimals;
  int leading_zeros = -static_cast<int>(std::floor(std::log10(magnitude))) - 1;
  return std::clamp(leading_zeros + kSmallSignificantDigits, decimals, kMaxSmallDecimals);
}

/// Groups the integer part of a rendered decimal ("-1234.50" -> "-1,234.50").
std::string group_rendered(const std::string& rendered) {
  std::size_t start = rendered.empty() || rendered[0] != '-' ? 0 : 1;
  std::size_t point = std::min(rendered.find('.'), rendered.size());
  std::string out;
  out.reserve(rendered.size() + point / 3);
  out.append(rendered, 0, start);
  for (std::size_t i = start; i < point; ++i) {
    if (i > start && (point - i) % 3 == 0) out.push_back(',');
    out.push_back(rendered[i]);
  }
  out.append(rendered, point, std::string::npos);
  return out;
}

/// Renders with at most `decimals` decimals (more below 1), trailing zeros trimmed, thousands grouped.
std::string render_decimal(double value, int decimals) {
  int digits = decimals_for(value, decimals);
  double rounded = round_half_away(value, digits);
  if (rounded == 0) return std::string(1, '0');
  return group_rendered(trim_zeros(digits == 2 ? two_decimals(rounded) : fmt::format("{:.{}f}", rounded, digits)));
}

}  // namespace

std::string render_number(double value) {
  if (!std::isfinite(value)) return std::isnan(value) ? "nan" : (value > 0 ? "inf" : "-inf");
  return render_decimal(value, 2);
}

std::string render_fixed2(double value) {
  if (!std::isfinite(value)) return render_number(value);
  return two_decimals(round_half_away(value, 2));
}

std::string render_money(double value) {
  if (!std::isfinite(value)) return render_number(value);
  double rounded = round_half_away(value, 2);
  std::string text = two_decimals(rounded);
  if (text.size() > 3 && text.compare(text.size() - 3, 3, ".00") == 0) text.resize(text.size() - 3);
  return group_rendered(text);
}

std::string render_percent(double fraction) {
  if (!std::isfinite(fraction)) return render_number(fraction) + "%";
  return render_decimal(fraction * 100, 1) + "%";
}

std::string render_bool(bool value) { return value ? "true" : "false"; }

std::string render_value(double value, TypeKind kind) {
  switch (kind) {
    case TypeKind::money:
    case TypeKind::grant: return render_money(value);  // a grant renders as its value
    case TypeKind::percent: return render_percent(value);
    case TypeKind::boolean: return render_bool(value != 0);
    default: return render_number(value);
  }
}

}  // namespace rubric
