// `rubric lsp`, registered from main.cpp.
#pragma once

#include "cli/commands.hpp"

namespace rubric::cli {

/// Adds `rubric lsp [--stdio]`.
void add_lsp_command(Commands& commands);

}  // namespace rubric::cli
