// `--rate CODE=R`: what-if exchange rates for one run.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include <rubric/compile_options.hpp>

namespace rubric::cli {

/// Parses every --rate argument (CODE three capital letters, R a positive number); false with `error` set.
bool parse_rate_arguments(const std::vector<std::string>& arguments, std::vector<RateOverride>& out,
                          std::string& error);

/// Adds the repeatable --rate option to `command`, collecting its arguments in `rates`.
void add_rate_option(CLI::App* command, std::vector<std::string>& rates);

}  // namespace rubric::cli
