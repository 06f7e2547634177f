// What the command line knows about where its output goes: terminals, colour, and the escapes it may use.
#pragma once

#include <rubric/output.hpp>

namespace rubric::cli {

/// Returns true when file descriptor `fd` is a terminal.
bool is_terminal(int fd);

/// Returns true when output on `fd` may use colour: a terminal, and NO_COLOR unset or empty.
bool color_allowed(int fd);

}  // namespace rubric::cli
