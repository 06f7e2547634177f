// `rubric evl ...`: a first argument that is no subcommand, told apart before CLI11 parses.
#pragma once

#include <CLI/CLI.hpp>

#include <optional>

namespace rubric::cli {

/// Returns the exit status after printing "unknown command 'evl'; did you mean 'eval'?" when the first
/// argument is not an option and names no subcommand of `app`; nothing when it is fine.
std::optional<int> reject_unknown_command(const CLI::App& app, int argc, char** argv);

}  // namespace rubric::cli
