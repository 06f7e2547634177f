// Dispatch to the chosen subcommand, and the messages every subcommand prints on standard error.
#include "cli/commands.hpp"

#include <unistd.h>

#include <cstdio>
#include <string>

#include "cli/diagnostics_json.hpp"
#include "cli/terminal.hpp"

namespace rubric::cli {

int Commands::run_chosen() const {
  for (const auto& [command, action] : actions_) {
    if (command->parsed()) return action();
  }
  print_error("no command given (try --help)");
  return kExitUsage;
}

namespace {

void print_labelled(std::string_view label, Style style, std::string_view message) {
  const bool color = color_allowed(STDERR_FILENO);
  std::string line = "rubric: " + paint(label, style, color) + " ";
  line.append(message);
  line.push_back('\n');
  std::fwrite(line.data(), 1, line.size(), stderr);
}

}  // namespace

void print_error(std::string_view message) {
  if (diagnostics_json()) return add_problem("", 0, "error", "command-error", std::string(message));
  print_labelled("error:", Style::red, message);
}

void print_input_error(const InputError& error) {
  if (diagnostics_json()) return add_problem(error.path, error.line, "error", "input-error", error.message);
  const bool color = color_allowed(STDERR_FILENO);
  const std::string text = error.where() + ": " + paint("error:", Style::red, color) + " " + error.message + "\n";
  std::fwrite(text.data(), 1, text.size(), stderr);
}

void print_warning(std::string_view message, std::string_view code) {
  if (diagnostics_json()) return add_problem("", 0, "warning", code, std::string(message));
  print_labelled("warning:", Style::yellow, message);
}

void print_note(std::string_view message) {
  if (diagnostics_json()) return add_problem("", 0, "note", "command-note", std::string(message));
  print_labelled("note:", Style::bold, message);
}

void print_compile_output(const CompileOutput& output) {
  if (diagnostics_json()) return add_compile_output(output);
  const std::string text = output.format(color_allowed(STDERR_FILENO));
  std::fwrite(text.data(), 1, text.size(), stderr);
}

}  // namespace rubric::cli
