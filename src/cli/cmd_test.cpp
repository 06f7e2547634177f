// `rubric test RUBRIC TESTFILE...`: run test files against a rubric; failures and `N passed, M failed`
// on standard output, test files that are not valid on standard error. Exit 0, 1 (a test failed) or 2.
#include <fmt/format.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <rubric/format.hpp>
#include <rubric/testing.hpp>
#include "cli/atomic_write.hpp"
#include "cli/authoring_commands.hpp"

namespace rubric::cli {

namespace {

struct TestOptions {
  std::string rubric;
  std::vector<std::string> files;
  bool update = false;
  std::vector<std::string> names;  // --update only these tests
  bool coverage = false;
  std::string format = "text";  // of the coverage: text or json
};

void write_out(const std::string& text) {
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fflush(stdout);
}

void print_error_text(const std::string& text) {
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

/// Rewrites each file's expectations, showing the diff first; a file with any problem is left untouched.
int update_tests(const CompiledRubric& rubric, const TestOptions& options) {
  int status = kExitOk;
  for (const auto& file : options.files) {
    const TestUpdate update = update_test_file(rubric, file, options.names);
    for (const auto& error : update.errors) print_error(file + ": " + error);
    if (!update.errors.empty()) {
      status = kExitUsage;
      continue;
    }
    write_out(unified_diff(update.before, update.text, file, file + " (updated)"));
    std::string error;
    if (update.text != update.before && !write_file_atomically(file, update.text, error)) {
      print_error(file + ": not written: " + error);
      status = kExitUsage;
      continue;
    }
    write_out(fmt::format("{}: {} {} updated\n", file, update.updated, update.updated == 1 ? "test" : "tests"));
  }
  return status;
}

int run_tests(const TestOptions& options) {
  const CompileOutput compiled = compile_rubric_file(options.rubric);
  print_compile_output(compiled);
  if (!compiled.rubric) return kExitUsage;
  if (options.update) return update_tests(*compiled.rubric, options);
  std::size_t passed = 0, failed = 0;
  bool invalid = false;
  std::string out;
  TestCoverage coverage = coverage_of(*compiled.rubric);
  for (const auto& file : options.files) {
    const TestFileResult result = run_test_file(*compiled.rubric, file, options.coverage ? &coverage : nullptr);
    for (const auto& error : result.errors) print_error(file + ": " + error);
    invalid = invalid || !result.errors.empty();
    for (const auto& test : result.tests) ++(test.passed() ? passed : failed);
    TestFileResult failures = result;
    failures.errors.clear();
    out += format_test_failures(failures);
  }
  out += fmt::format("{} passed, {} failed\n", passed, failed);
  if (options.coverage && options.format == "json") {
    print_error_text(out);  // standard output holds only the coverage document
    write_out(coverage_json(coverage));
  } else {
    write_out(options.coverage ? out + format_coverage(coverage) : out);
  }
  if (invalid) return kExitUsage;
  return failed == 0 ? kExitOk : kExitOfferErrors;
}

}  // namespace

void add_test_command(Commands& commands) {
  auto options = std::make_shared<TestOptions>();
  CLI::App* command = commands.app().add_subcommand(
      "test",
      "Run test files (docs/testing.md) against a rubric; exit 0 all pass, 1 some fail, 2 a file is not valid.");
  command->add_option("RUBRIC", options->rubric, "The rubric file")->required();
  command->add_option("TESTFILE", options->files, "Test files (JSON)")->required();
  command->add_flag("--update", options->update,
                    "Write what the rubric produces now into the tests' expectations (prints the diff first)");
  command->add_option("--name", options->names, "With --update: only the tests with this name (repeatable)")
      ->needs("--update");
  command->add_flag("--coverage", options->coverage,
                    "After the tests, report which branches, flags, confirms and asks they exercised");
  command->add_option("--format", options->format, "The coverage report's format")
      ->check(CLI::IsMember({"text", "json"}))
      ->needs("--coverage");
  command->get_option("--update")->excludes("--coverage");
  commands.add(command, [options] { return run_tests(*options); });
}

}  // namespace rubric::cli
