#include "rubric/render.hpp"

#include <fmt/format.h>

#include <cmath>

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

}  // namespace

std::string render_number(double value) {
  if (!std::isfinite(value)) return std::isnan(value) ? "nan" : (value > 0 ? "inf" : "-inf");
  return trim_zeros(fmt::format("{:.2f}", round_half_away(value, 2)));
}

std::string render_fixed2(double value) {
  if (!std::isfinite(value)) return render_number(value);
  return fmt::format("{:.2f}", round_half_away(value, 2));
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
    case TypeKind::money: return render_money(value);
    case TypeKind::percent: return render_percent(value);
    case TypeKind::boolean: return render_bool(value != 0);
    default: return render_number(value);
  }
}

}  // namespace rubric
