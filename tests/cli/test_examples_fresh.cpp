// The checked-in examples (examples/output/ and the generated blocks of docs/*.md) must be exactly
// what the code produces today; scripts/update-examples.sh regenerates them.
#include <sys/wait.h>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "test_cli_sandbox.hpp"

namespace fs = std::filesystem;
using rubric::test::read;

namespace {

const fs::path kRoot = RUBRIC_SOURCE_DIR;
const std::string kBegin = "<!-- generated: ";
const std::string kBeginFenced = "<!-- generated (fenced): ";
const std::string kEnd = "<!-- end of generated output -->";

/// Runs the binary from the repository root as scripts/update-examples.sh does; returns its standard output.
std::string run_rubric(const std::string& args) {
  std::random_device rd;
  const fs::path out = fs::temp_directory_path() / ("rubric-examples-" + std::to_string(rd()) + ".out");
  const std::string command = "cd '" + kRoot.string() + "' && NO_COLOR=1 '" + RUBRIC_BINARY + "' " + args + " > '" +
                              out.string() + "' 2>/dev/null";
  const int status = std::system(command.c_str());
  INFO("rubric " << args);
  REQUIRE(WIFEXITED(status));
  REQUIRE(WEXITSTATUS(status) <= 1);  // exit 1: the examples include an offer that cannot be scored
  std::string text = read(out);
  fs::remove(out);
  return text;
}

/// Returns where two texts first differ, as "line N: expected ... / found ...".
std::string first_difference(const std::string& expected, const std::string& found) {
  std::istringstream a(expected), b(found);
  std::string x, y;
  for (int line = 1;; ++line) {
    const bool more_a = static_cast<bool>(std::getline(a, x)), more_b = static_cast<bool>(std::getline(b, y));
    if (!more_a && !more_b) return "only in line endings";
    if (x != y || more_a != more_b)
      return "line " + std::to_string(line) + ":\n  checked in: " + (more_a ? x : "<end>") +
             "\n  code gives: " + (more_b ? y : "<end>");
  }
}

void check_fresh(const std::string& what, const std::string& checked_in, const std::string& produced) {
  INFO(what << " is out of date; run scripts/update-examples.sh\n" << first_difference(checked_in, produced));
  CHECK(checked_in == produced);
}

/// One generated block of a Markdown file: the command's arguments and the text checked in for it.
struct Block {
  std::string args;
  bool fenced = false;
  std::string text;
};

std::vector<Block> generated_blocks(const std::string& doc) {
  std::vector<Block> blocks;
  std::istringstream in(doc);
  std::string line;
  Block* open = nullptr;
  while (std::getline(in, line)) {
    if (open && line == kEnd) {
      open = nullptr;
    } else if (open) {
      open->text += line + "\n";
    } else if (line.ends_with(" -->") && (line.starts_with(kBegin) || line.starts_with(kBeginFenced))) {
      const bool fenced = line.starts_with(kBeginFenced);
      const std::size_t from = fenced ? kBeginFenced.size() : kBegin.size();
      blocks.push_back({line.substr(from, line.size() - from - 4), fenced, {}});
      open = &blocks.back();
    }
  }
  INFO("a generated block has no end marker");
  CHECK(open == nullptr);
  return blocks;
}

}  // namespace

TEST_CASE("checked-in example outputs match what the code produces", "[examples]") {
  std::istringstream manifest(read(kRoot / "examples/output/commands.txt"));
  std::string line;
  int checked = 0;
  while (std::getline(manifest, line)) {
    if (line.empty() || line.starts_with("#")) continue;
    const std::size_t colon = line.find(": ");
    REQUIRE(colon != std::string::npos);
    const fs::path file = kRoot / "examples/output" / line.substr(0, colon);
    REQUIRE(fs::exists(file));
    check_fresh(file.string(), read(file), run_rubric(line.substr(colon + 2)));
    ++checked;
  }
  CHECK(checked >= 8);
}

TEST_CASE("generated blocks in docs match what the code produces", "[examples]") {
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(kRoot / "docs")) {
    if (entry.path().extension() != ".md") continue;
    for (const Block& block : generated_blocks(read(entry.path()))) {
      std::string produced = run_rubric(block.args);
      if (block.fenced) produced = "```text\n" + produced + "```\n";
      check_fresh(entry.path().string() + " (" + block.args + ")", block.text, produced);
      ++checked;
    }
  }
  CHECK(checked >= 2);  // docs/reports.md shows a report and an explain trace
}
