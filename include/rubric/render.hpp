// How values render in reasons, labels and tables (docs/language.md section 7).
#pragma once

#include <string>

#include <rubric/types.hpp>

namespace rubric {

/// Renders a number per its type: money "255,200", percent "52.2%", number "3.67" (at most two decimals).
std::string render_value(double value, TypeKind kind);

/// Renders a bool as "true" or "false".
std::string render_bool(bool value);

/// Renders money with thousands separators, rounded to whole units: 275616.0000001 -> "275,616".
std::string render_money(double value);

/// Renders a fraction as a percentage with at most one decimal: 0.5217 -> "52.2%".
std::string render_percent(double fraction);

/// Renders a plain number with at most two decimals, no trailing zeros: 3.66667 -> "3.67", 10 -> "10".
std::string render_number(double value);

/// Renders with exactly two decimals for tables: 7.84 -> "7.84", 3.8041 -> "3.80".
std::string render_fixed2(double value);

/// Rounds half away from zero to `digits` decimals (the rounding every rendering uses).
double round_half_away(double value, int digits);

}  // namespace rubric
