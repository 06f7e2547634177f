// The subcommands of `rubric`: each lives in its own cmd_*.cpp and registers itself from main.cpp.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string_view>
#include <utility>
#include <vector>

#include <rubric/engine.hpp>

namespace rubric::cli {

// Exit statuses (docs/cli.md, "Exit status").
constexpr int kExitOk = 0;           // everything compiled and every offer was scored
constexpr int kExitOfferErrors = 1;  // some offer could not be scored or an input was missing; the rest were
constexpr int kExitUsage = 2;        // bad command line, a rubric that does not compile, or output not written

/// What a subcommand does once the command line has parsed; returns the exit status.
using CommandAction = std::function<int()>;

/// The subcommands registered on the top-level app, and the action of each.
class Commands {
 public:
  /// Registers subcommands on `app`.
  explicit Commands(CLI::App& app) : app_(app) {}
  /// Returns the top-level app to add a subcommand to.
  CLI::App& app() { return app_; }
  /// Records the action to run when `command` was chosen on the command line.
  void add(CLI::App* command, CommandAction action) { actions_.emplace_back(command, std::move(action)); }
  /// Runs the chosen subcommand's action and returns its exit status.
  int run_chosen() const;

 private:
  CLI::App& app_;
  std::vector<std::pair<CLI::App*, CommandAction>> actions_;
};

/// Adds `rubric check RUBRIC`.
void add_check_command(Commands& commands);

/// Adds `rubric eval RUBRIC INPUT... [--format F] [-o FILE] [--jobs N] [--weight ID=W]...`.
void add_eval_command(Commands& commands);

/// Adds `rubric draft RUBRIC INPUT... --profile FILE [--out DIR] [--format eml|md|txt] [--template FILE]`.
void add_draft_command(Commands& commands);

/// Adds `rubric fmt FILE... [--check] [--diff]`.
void add_fmt_command(Commands& commands);

/// Adds `rubric init [--role R] [-o FILE] [--force]`.
void add_init_command(Commands& commands);

/// Adds `rubric weigh RUBRIC [--answers FILE] [--yes]`.
void add_weigh_command(Commands& commands);

/// Prints "rubric: error: MESSAGE" on standard error (the word error in red on a colour terminal).
void print_error(std::string_view message);

/// Prints "rubric: warning: MESSAGE" on standard error (gathered with `code` under --diagnostics json).
void print_warning(std::string_view message, std::string_view code);

/// Prints "rubric: note: MESSAGE" on standard error.
void print_note(std::string_view message);

/// Prints an input problem as "offers/x.json: error: no such file" (as JSON with its file under --diagnostics).
void print_input_error(const InputError& error);

/// Prints a rubric's diagnostics and errors on standard error as compilers do; nothing when there are none.
void print_compile_output(const CompileOutput& output);

}  // namespace rubric::cli
