// Terminal column widths of UTF-8 text, so tables line up with names in any script.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace rubric {

/// Returns how many terminal columns `text` occupies (wide East Asian characters count 2, combining marks 0).
std::size_t display_width(std::string_view text);

/// Returns `text` safe for one table cell: control characters become spaces, invalid UTF-8 becomes U+FFFD.
std::string clean_cell(std::string_view text);

/// Returns `text` cut to at most `width` columns, ending in an ellipsis when it was cut.
std::string truncate_to_width(std::string_view text, std::size_t width);

/// Returns `text` padded with spaces on the right to `width` columns.
std::string pad_right(std::string_view text, std::size_t width);

/// Returns `text` padded with spaces on the left to `width` columns.
std::string pad_left(std::string_view text, std::size_t width);

}  // namespace rubric
