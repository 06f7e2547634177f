// `rubric`: compile a rubric, score offers against it. One file per subcommand (cmd_*.cpp);
// each subcommand registers here with one line.
#include <CLI/CLI.hpp>

#include <exception>
#include <string_view>

#include <rubric/version.hpp>
#include "cli/authoring_commands.hpp"
#include "cli/commands.hpp"
#include "cli/diagnostics_json.hpp"
#include "cli/lsp_command.hpp"
#include "cli/report_commands.hpp"
#include "cli/unknown_command.hpp"

namespace {

// Shown under the top-level help.
constexpr const char* kFooter =
    "Exit status: 0 all well; 1 some offer could not be scored or an input was missing\n"
    "(the others were scored and printed); 2 usage error or a rubric that does not compile.";

/// Returns true when the command line asks for `--diagnostics json` (read before parsing, which may fail).
bool asks_json_diagnostics(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--diagnostics=json" ||
        (arg == "--diagnostics" && i + 1 < argc && std::string_view(argv[i + 1]) == "json"))
      return true;
  }
  return false;
}

/// Returns the exit status for a command-line error: 0 for --help and --version, 2 for the rest; a usage
/// error is one JSON diagnostic (code "usage") under --diagnostics json.
int exit_for_parse_error(const CLI::App& app, const CLI::ParseError& error, bool json) {
  if (json && error.get_exit_code() != 0) {
    rubric::cli::set_diagnostics_json(true);
    rubric::cli::add_problem("", 0, "error", "usage", error.what());
    rubric::cli::flush_diagnostics();
    return rubric::cli::kExitUsage;
  }
  const int code = app.exit(error);
  return code == 0 ? rubric::cli::kExitOk : rubric::cli::kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Score job offers against a personal rubric.", "rubric"};
  app.set_version_flag("--version", "rubric " RUBRIC_VERSION);
  app.require_subcommand(1);
  app.footer(kFooter);
  rubric::cli::add_diagnostics_option(app);
  rubric::cli::Commands commands(app);
  rubric::cli::add_check_command(commands);
  rubric::cli::add_eval_command(commands);
  rubric::cli::add_draft_command(commands);
  rubric::cli::add_report_command(commands);
  rubric::cli::add_explain_command(commands);
  rubric::cli::add_lsp_command(commands);
  rubric::cli::add_fmt_command(commands);
  rubric::cli::add_init_command(commands);
  rubric::cli::add_weigh_command(commands);
  rubric::cli::add_test_command(commands);
  rubric::cli::add_schema_command(commands);
  rubric::cli::add_offer_command(commands);
  if (auto status = rubric::cli::reject_unknown_command(app, argc, argv)) return *status;
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return exit_for_parse_error(app, error, asks_json_diagnostics(argc, argv));
  }
  int status = rubric::cli::kExitUsage;
  try {
    status = commands.run_chosen();
  } catch (const std::exception& error) {
    rubric::cli::print_error(std::string("internal error: ") + error.what());
  }
  rubric::cli::flush_diagnostics();
  return status;
}
