#include "cli/unknown_command.hpp"

#include <string>
#include <vector>

#include <rubric/suggest.hpp>
#include "cli/commands.hpp"

namespace rubric::cli {

std::optional<int> reject_unknown_command(const CLI::App& app, int argc, char** argv) {
  if (argc < 2 || argv[1][0] == '-' || argv[1][0] == '\0') return std::nullopt;
  const std::string given = argv[1];
  std::vector<std::string> names;
  for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (command->get_name() == given) return std::nullopt;
    names.push_back(command->get_name());
  }
  std::string list;
  for (const auto& name : names) list += (list.empty() ? "" : ", ") + name;
  const std::string hint = closest_name(given, names);
  print_error("unknown command '" + given + "'" + (hint.empty() ? "" : "; did you mean '" + hint + "'?") +
              " (commands: " + list + ")");
  return kExitUsage;
}

}  // namespace rubric::cli
