// The `report` and `explain` subcommands (cmd_report.cpp, cmd_explain.cpp), registered from main.cpp.
#pragma once

#include "cli/commands.hpp"

namespace rubric::cli {

/// Adds `rubric report RUBRIC INPUT... [--format md|html|json] [-o FILE] [--weight ID=W]...`.
void add_report_command(Commands& commands);

/// Adds `rubric explain RUBRIC OFFER [--criterion ID] [--weight ID=W]...`.
void add_explain_command(Commands& commands);

}  // namespace rubric::cli
