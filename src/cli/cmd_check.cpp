// `rubric check RUBRIC`: compile only. Diagnostics on standard error; exit 0 or 2.
#include <fmt/format.h>

#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.hpp"

namespace rubric::cli {
namespace {

/// Returns "N thing" or "N things".
std::string count(std::size_t n, const char* singular, const char* plural) {
  return fmt::format("{} {}", n, n == 1 ? singular : plural);
}

int run_check(const std::string& path) {
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
  CLI::App* command = commands.app().add_subcommand(
      "check", "Compile a rubric and report every problem; exit 0 when it compiles, 2 when it does not.");
  command->add_option("RUBRIC", *path, "The rubric file")->required();
  commands.add(command, [path] { return run_check(*path); });
}

}  // namespace rubric::cli
