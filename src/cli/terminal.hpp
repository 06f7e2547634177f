// What the command line knows about where its output goes: terminals, colour, and the escapes it may use.
#pragma once

#include <string>
#include <string_view>

namespace rubric::cli {

/// Returns true when file descriptor `fd` is a terminal.
bool is_terminal(int fd);

/// Returns true when output on `fd` may use colour: a terminal, and NO_COLOR unset or empty.
bool color_allowed(int fd);

/// The few text styles the command line uses.
enum class Style { bold, dim, red, yellow, green };

/// Names a style ("bold", "red", ...).
std::string_view to_string(Style style);

/// Wraps `text` in the ANSI escapes for `style` when `color` is true; otherwise returns it unchanged.
std::string paint(std::string_view text, Style style, bool color);

}  // namespace rubric::cli
