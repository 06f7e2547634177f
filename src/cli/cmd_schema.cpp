// `rubric schema RUBRIC` and `rubric offer RUBRIC [--id ID]`: what an offer file for the rubric looks like,
// as a JSON Schema (draft 2020-12) and as a skeleton to fill in, on standard output.
#include <cstdio>
#include <memory>
#include <string>

#include <rubric/json_schema.hpp>
#include "cli/authoring_commands.hpp"

namespace rubric::cli {

namespace {

struct SchemaOptions {
  std::string rubric;
  std::string id;
};

/// Compiles the rubric and prints what `make` makes of it; exit 0, or 2 when it does not compile.
template<typename Make>
int print_for_rubric(const std::string& path, Make make) {
  const CompileOutput compiled = compile_rubric_file(path);
  print_compile_output(compiled);
  if (!compiled.rubric) return kExitUsage;
  const std::string out = make(*compiled.rubric);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return std::fflush(stdout) == 0 && !std::ferror(stdout) ? kExitOk : kExitUsage;
}

}  // namespace

void add_schema_command(Commands& commands) {
  auto options = std::make_shared<SchemaOptions>();
  CLI::App* command = commands.app().add_subcommand(
      "schema", "Print the JSON Schema (draft 2020-12) of the rubric's offer files.");
  command->add_option("RUBRIC", options->rubric, "The rubric file")->required();
  commands.add(command, [options] {
    return print_for_rubric(options->rubric, [](const CompiledRubric& r) { return offer_json_schema(r); });
  });
}

void add_offer_command(Commands& commands) {
  auto options = std::make_shared<SchemaOptions>();
  CLI::App* command = commands.app().add_subcommand(
      "offer", "Print a skeleton offer file for the rubric: defaults filled in, required fields as TODO placeholders.");
  command->add_option("RUBRIC", options->rubric, "The rubric file")->required();
  command->add_option("--id", options->id, "The offer's id, written as its \"id\"");
  commands.add(command, [options] {
    return print_for_rubric(options->rubric,
                            [options](const CompiledRubric& r) { return offer_skeleton(r, options->id); });
  });
}

}  // namespace rubric::cli
