#include <fmt/format.h>

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

std::string group_thousands(const std::string& digits) {
  std::string out;
  out.reserve(digits.size() + digits.size() / 3);
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
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

}  // namespace

std::string render_number(double value) {
  if (!std::isfinite(value)) return std::isnan(value) ? "nan" : (value > 0 ? "inf" : "-inf");
  return trim_zeros(two_decimals(round_half_away(value, 2)));
}

std::string render_fixed2(double value) {
  if (!std::isfinite(value)) return render_number(value);
  return two_decimals(round_half_away(value, 2));
}

std::string render_money(double value) {
  if (!std::isfinite(value)) return render_number(value);
  double rounded = round_half_away(value, 0);
  std::string digits = fmt::format("{:.0f}", std::fabs(rounded));
  std::string out = rounded < 0 ? std::string("-") : std::string();
  out += group_thousands(digits);
  return out;
}

std::string render_percent(double fraction) {
  if (!std::isfinite(fraction)) return render_number(fraction) + "%";
  return trim_zeros(fmt::format("{:.1f}", round_half_away(fraction * 100, 1))) + "%";
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
