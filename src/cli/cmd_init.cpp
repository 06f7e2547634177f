// `rubric init [--role general|product|platform|staff] [-o FILE] [--force]`: writes a commented starter
// rubric (rules/starters/ROLE.rubric) to standard output or to a new file.
#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include <rubric/author.hpp>
#include "cli/atomic_write.hpp"
#include "cli/commands.hpp"

namespace rubric::cli {
namespace {

struct InitOptions {
  std::string role = "general";
  std::string output;
  bool force = false;
};

int run_init(const InitOptions& options) {
  const auto role = parse_starter_role(options.role);
  if (!role) {
    print_error(fmt::format("--role {}: expected general, product, platform or staff", options.role));
    return kExitUsage;
  }
  const std::string_view text = starter_rubric(*role);
  if (options.output.empty() || options.output == "-") {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
    return kExitOk;
  }
  std::error_code ec;
  if (std::filesystem::exists(options.output, ec) && !options.force) {
    print_error(fmt::format("{} already exists; pass --force to replace it", options.output));
    return kExitUsage;
  }
  std::string error;
  if (!write_file_atomically(options.output, text, error)) {
    print_error(fmt::format("{}: {}", options.output, error));
    return kExitUsage;
  }
  print_note(fmt::format("wrote {}; next: rubric check {}, then rubric offer {} (docs/authoring.md)", options.output,
                         options.output, options.output));
  return kExitOk;
}

}  // namespace

void add_init_command(Commands& commands) {
  auto options = std::make_shared<InitOptions>();
  CLI::App* command = commands.app().add_subcommand(
      "init", "Write a commented starter rubric to standard output or to a new file.");
  command->add_option("--role", options->role,
                      "general (default), product (backend), platform (reliability) or staff (principal)");
  command->add_option("-o,--output", options->output, "Write to FILE instead of standard output");
  command->add_flag("--force", options->force, "Replace FILE when it exists");
  commands.add(command, [options] { return run_init(*options); });
}

}  // namespace rubric::cli
