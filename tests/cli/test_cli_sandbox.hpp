// A scratch folder holding the brief's two offers, and a way to run the `rubric` binary in it, for
// end-to-end tests of the command line.
#pragma once

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace rubric::test {

namespace fs = std::filesystem;

inline const std::string kRubric = std::string(RUBRIC_SOURCE_DIR) + "/rules/platform-reliability.rubric";

inline const char* kNorthwind = R"({"id": "northwind", "company": "Northwind",
  "comp": {"base": 182000, "bonus_pct": 10, "equity": {"rsu": 200000}, "sign_on": 20000},
  "scope": {"level": "org"}, "team": {"seniors": 4, "size": 10},
  "oncall": {"weeks_per_quarter": 3, "support": "secondary"}, "promotion": {"ladder_published": true},
  "company_info": {"stage": "public", "runway_months": 60},
  "in_writing": {"responsibilities": true, "compensation": true}})";

inline const char* kLumen = R"({"id": "lumen", "company": "Lumen Labs",
  "comp": {"base": 165000, "bonus_pct": 0, "equity": {"options": 480000, "strike": 0.50, "price": 2.00}, "sign_on": 0},
  "scope": {"level": "multi-team"}, "team": {"seniors": 1, "size": 7},
  "oncall": {"weeks_per_quarter": 4, "support": "none"}, "promotion": {"ladder_published": false},
  "company_info": {"stage": "seed", "runway_months": 14},
  "in_writing": {"responsibilities": false, "compensation": true}})";

/// Returns a file's bytes, or nothing when it cannot be read.
inline std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

/// Writes `text` to `p`, replacing it.
inline void write(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

/// A temporary folder with the two core offers in offers/, removed afterwards.
struct Sandbox {
  // The folder, and the standard output and error of the last run.
  fs::path dir;
  std::string out, err;
  /// Creates the folder and writes the offers.
  Sandbox() {
    std::random_device rd;
    dir = fs::temp_directory_path() / ("rubric-cli-e2e-" + std::to_string(rd()) + std::to_string(rd()));
    fs::create_directories(dir / "offers");
    write(dir / "offers" / "northwind.json", kNorthwind);
    write(dir / "offers" / "lumen.json", kLumen);
  }
  /// Removes the folder and everything in it.
  ~Sandbox() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  /// Returns the path of the folder holding the two offers.
  std::string offers() const { return (dir / "offers").string(); }

  /// Runs the binary with `args` (already shell-quoted where needed) from the sandbox; returns the exit status.
  int run(const std::string& args, const std::string& stdin_file = "/dev/null") {
    const std::string command = "cd '" + dir.string() + "' && NO_COLOR=1 '" + RUBRIC_BINARY + "' " + args +
                                " > stdout.txt 2> stderr.txt < '" + stdin_file + "'";
    const int status = std::system(command.c_str());
    out = read(dir / "stdout.txt");
    err = read(dir / "stderr.txt");
    fs::remove(dir / "stdout.txt");
    fs::remove(dir / "stderr.txt");
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
};

/// Returns true when `part` occurs in `text`.
inline bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace rubric::test
