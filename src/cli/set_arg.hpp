// `--set [OFFER:]PATH=VALUE`: what-if facts for one run, and the flags every scoring command shares
// with it (--strict). The compiler types each value against its field.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include <rubric/compile_options.hpp>

namespace rubric::cli {

/// What the scoring commands (eval, explain) take besides their inputs: --set and --strict.
struct FactOptions {
  std::vector<std::string> sets;
  bool strict = false;
};

/// Adds --set and --strict to `command`, filling `options`.
void add_fact_options(CLI::App* command, FactOptions& options);

/// Parses every --set argument into `out`; returns false with `error` naming the first malformed one.
bool parse_set_arguments(const std::vector<std::string>& arguments, std::vector<FactSetting>& out, std::string& error);

/// Fills `compile_options` from `options`; returns false after printing what is malformed.
bool apply_fact_options(const FactOptions& options, CompileOptions& compile_options);

}  // namespace rubric::cli
