// `rubric fmt FILE... [--check] [--diff]`: rewrites rubrics in the canonical layout (docs/style.md).
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <rubric/format.hpp>
#include <rubric/limits.hpp>
#include "cli/atomic_write.hpp"
#include "cli/commands.hpp"
#include "cli/terminal.hpp"

namespace rubric::cli {
namespace {

namespace fs = std::filesystem;

struct FmtOptions {
  std::vector<std::string> paths;
  bool check = false;
  bool diff = false;
};

void out(std::string_view text) { std::fwrite(text.data(), 1, text.size(), stdout); }

/// Lists the rubric files named by `paths`: files as given, folders searched for *.rubric (sorted).
std::vector<std::string> expand(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path == "-" || !fs::is_directory(path, ec)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->is_regular_file(ec) && it->path().extension() == ".rubric") found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

/// Reads a whole file (or standard input for "-"); returns false with `error` set when it cannot.
bool read_input(const std::string& path, std::string& text, std::string& error) {
  if (path == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return true;
  }
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    error = fs::exists(path, ec) ? "not a regular file" : "no such file";
    return false;
  }
  if (fs::file_size(path, ec) > kMaxRubricBytes) {
    error = fmt::format("larger than the {} byte limit", kMaxRubricBytes);
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (!in) {
    error = "cannot read the file";
    return false;
  }
  text = std::move(buffer).str();
  return true;
}

/// Formats one file as the options say; returns 0 (nothing to do or done), 1 (would change), 2 (failed).
int format_one(const std::string& path, const FmtOptions& options) {
  std::string text, error;
  if (!read_input(path, text, error)) {
    print_error(fmt::format("{}: {}", path, error));
    return kExitUsage;
  }
  const std::string name = path == "-" ? "<stdin>" : path;
  const auto source = std::make_shared<const SourceFile>(name, text);
  const FormatResult result = format_rubric(source);
  if (!result.text) {
    const std::string message = format_diagnostics(*source, result.diagnostics, color_allowed(2));
    std::fwrite(message.data(), 1, message.size(), stderr);
    return kExitUsage;
  }
  const bool changed = *result.text != text;
  if (options.diff) out(unified_diff(text, *result.text, name, name + " (formatted)"));
  if (options.check) {
    if (changed) out(name + "\n");
    return changed ? 1 : 0;
  }
  if (options.diff) return 0;
  if (path == "-") {
    out(*result.text);
    return 0;
  }
  if (changed && !write_file_atomically(path, *result.text, error)) {
    print_error(fmt::format("{}: {}", path, error));
    return kExitUsage;
  }
  return 0;
}

int run_fmt(const FmtOptions& options) {
  int status = 0;
  for (const std::string& path : expand(options.paths)) status = std::max(status, format_one(path, options));
  std::fflush(stdout);
  return status;
}

}  // namespace

void add_fmt_command(Commands& commands) {
  auto options = std::make_shared<FmtOptions>();
  CLI::App* command = commands.app().add_subcommand(
      "fmt", "Rewrite rubrics in the canonical layout (docs/style.md); `-` formats standard input to standard output.");
  command->add_option("FILE", options->paths, "Rubric files or folders (every *.rubric inside); - for standard input")
      ->required();
  command->add_flag("--check", options->check,
                    "Write nothing; list the files that are not formatted and exit 1 when there are any");
  command->add_flag("--diff", options->diff, "Write nothing; print a unified diff of what formatting would change");
  command->footer("Exit status: 0 formatted (or nothing to change); 1 with --check, some file is not formatted;\n"
                  "2 a file that does not parse (left untouched, with its diagnostic) or cannot be read or written.");
  commands.add(command, [options] { return run_fmt(*options); });
}

}  // namespace rubric::cli
