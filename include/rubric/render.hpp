// How values render in reasons, labels and tables (docs/language.md section 7).
#pragma once

#include <string>
#include <string_view>

#include <rubric/types.hpp>

namespace rubric {

/// Renders a number per its type: money "255,200" or "7.80", percent "52.2%", number "3.67" or "0.862".
std::string render_value(double value, TypeKind kind);

/// Renders a bool as "true" or "false".
std::string render_bool(bool value);

/// Renders money with thousands separators, with cents when it has any: 275616.0000001 -> "275,616", 7.8 -> "7.80".
std::string render_money(double value);

/// Renders a fraction as a percentage with one decimal (three significant digits below 1%): 0.5217 -> "52.2%".
std::string render_percent(double fraction);

/// Renders a number with at most two decimals (three significant digits below 1), no trailing zeros, thousands
/// grouped: 3.66667 -> "3.67", 48000 -> "48,000", 0.86234 -> "0.862".
std::string render_number(double value);

/// Renders with exactly two decimals for tables: 7.84 -> "7.84", 3.8041 -> "3.80".
std::string render_fixed2(double value);

/// How interpolated values read: as figures everywhere (`plain`), or as a person writes them in an email
/// (`prose`: a whole count from 0 to 9 standing alone as a word is spelled out, docs/drafts.md).
enum class TextStyle { plain, prose };

/// Names a text style ("plain", "prose").
std::string_view to_string(TextStyle style);

/// Returns the word for a number that renders as a whole count from 0 to 9 ("four" for 4, and for 3.999,
/// which renders as 4); empty for anything else (negative, fractional, 10 and above).
std::string_view count_word(double value);

/// Rounds half away from zero to `digits` decimals (the rounding every rendering uses).
double round_half_away(double value, int digits);

}  // namespace rubric
