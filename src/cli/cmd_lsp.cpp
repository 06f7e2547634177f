// `rubric lsp`: the language server on standard input and output (docs/editors.md).
#include <iostream>
#include <memory>

#include <rubric/lsp.hpp>
#include "cli/lsp_command.hpp"

namespace rubric::cli {

void add_lsp_command(Commands& commands) {
  auto stdio = std::make_shared<bool>(false);
  CLI::App* command = commands.app().add_subcommand(
      "lsp", "Serve the Language Server Protocol on standard input and output, for editors (docs/editors.md).");
  // Editors' clients (vscode-languageclient) pass --stdio; it is the only transport, so it changes nothing.
  command->add_flag("--stdio", *stdio, "Use standard input and output (the default and only transport)");
  commands.add(command, [] {
    std::ios::sync_with_stdio(false);
    return serve_lsp(std::cin, std::cout, std::cerr);
  });
}

}  // namespace rubric::cli
