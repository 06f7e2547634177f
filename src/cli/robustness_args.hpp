// `--samples N`, `--spread S`, `--seed K`: how `report` and `eval --robustness` sample the weights.
#pragma once

#include <CLI/CLI.hpp>

#include <rubric/acceptability.hpp>

namespace rubric::cli {

/// Adds --samples, --spread and --seed to `command`, writing into `options`.
void add_robustness_options(CLI::App* command, RobustnessOptions& options);

}  // namespace rubric::cli
