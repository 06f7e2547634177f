// `--diagnostics json` (every command) and `rubric check --format json`: problems are gathered and written
// as one JSON array instead of compiler-style text (docs/diagnostics.md).
#pragma once

#include <CLI/CLI.hpp>

#include <cstddef>
#include <string>
#include <string_view>

#include <rubric/engine.hpp>

namespace rubric::cli {

/// Adds `--diagnostics text|json` to the top-level app; subcommands accept it too.
void add_diagnostics_option(CLI::App& app);

/// Returns true when problems are gathered as JSON instead of printed as text.
bool diagnostics_json();

/// Switches gathering on or off (check --format json turns it on).
void set_diagnostics_json(bool on);

/// Gathers a problem outside the rubric text; `line` 0 when it has none.
void add_problem(const std::string& file, std::size_t line, std::string_view severity, std::string_view code,
                 const std::string& message);

/// Gathers every diagnostic and error of a compile.
void add_compile_output(const CompileOutput& output);

/// Gathers an offer's warnings (code "offer-warning") and, when `errors`, its errors (code "offer-error").
void add_offer_messages(const OfferResult& offer, bool errors);

/// Returns the gathered problems as a JSON array, pretty-printed, ending in a newline.
std::string gathered_diagnostics();

/// Writes the gathered array on standard error when gathering is on and nothing else will print it.
void flush_diagnostics();

}  // namespace rubric::cli
