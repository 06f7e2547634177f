// `rubric check RUBRIC`: compile only. Diagnostics on standard error; exit 0 or 2.
#include <fmt/format.h>

#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.hpp"
#include "cli/diagnostics_json.hpp"

namespace rubric::cli {
namespace {

/// Returns "N thing" or "N things".
std::string count(std::size_t n, const char* singular, const char* plural) {
  return fmt::format("{} {}", n, n == 1 ? singular : plural);
}

/// `check --format json`: the diagnostics array on standard output, nothing else.
int run_check_json(const std::string& path) {
  set_diagnostics_json(true);
  const CompileOutput output = compile_rubric_file(path);
  add_compile_output(output);
  const std::string text = gathered_diagnostics();
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fflush(stdout);
  return output.rubric ? kExitOk : kExitUsage;
}

int run_check(const std::string& path, const std::string& format) {
  if (format == "json") return run_check_json(path);
  const CompileOutput output = compile_rubric_file(path);
  print_compile_output(output);
  if (!output.rubric) return kExitUsage;
  const RubricOutline& outline = output.rubric->outline();
  const std::string line = fmt::format(
      "{}: ok: \"{}\", {}, {}, {}, {}\n", path, outline.title, count(outline.criteria.size(), "criterion", "criteria"),
      count(outline.flags, "flag", "flags"), count(outline.confirms, "confirm", "confirms"),
      count(outline.asks, "ask", "asks"));
  std::fwrite(line.data(), 1, line.size(), stdout);
  std::fflush(stdout);
  return kExitOk;
}

}  // namespace

void add_check_command(Commands& commands) {
  auto path = std::make_shared<std::string>();
  auto format = std::make_shared<std::string>("text");
  CLI::App* command = commands.app().add_subcommand(
      "check", "Compile a rubric and report every problem; exit 0 when it compiles, 2 when it does not.");
  command->add_option("RUBRIC", *path, "The rubric file")->required();
  command
      ->add_option("-f,--format", *format, "text (default) or json: the diagnostics as a JSON array on standard output")
      ->check(CLI::IsMember({"text", "json"}));
  commands.add(command, [path, format] { return run_check(*path, *format); });
}

}  // namespace rubric::cli
