// Findings of issues 15 and 17 through the real binary: a profile number out of range, a rubric saved
// with a byte order mark or CR line endings, and the 40,000-let chain that once overflowed the stack.
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace {

const fs::path kSource = RUBRIC_SOURCE_DIR;

struct Scratch {
  fs::path path = fs::temp_directory_path() / ("rubric-hardening-" + std::to_string(::getpid()));
  Scratch() { fs::create_directories(path); }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name, std::ios::binary) << text;
    return (path / name).string();
  }
};

struct Ran {
  int status = -1;
  std::string err;
};

// Runs `rubric ARGS` (arguments without quotes or spaces), keeping stderr.
Ran rubric(const Scratch& scratch, const std::string& args) {
  fs::path err = scratch.path / "stderr.txt";
  std::string command = std::string(RUBRIC_BINARY) + " " + args + " >/dev/null 2>" + err.string();
  int raw = std::system(command.c_str());
  std::ifstream in(err, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return Ran{WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, text.str()};
}

}  // namespace

TEST_CASE("rubric draft names the file, position and path of a profile number out of range", "[cli][draft]") {
  Scratch scratch;
  std::string profile = scratch.write("profile.json",
                                      R"({"name": "a", "email": "a@b.co", "achievements": [], "x": 1e400})");
  std::string args = "draft " + (kSource / "rules" / "platform-reliability.rubric").string() + " " +
                     (kSource / "examples" / "offers" / "lumen.json").string() + " --profile " + profile + " --out " +
                     (scratch.path / "d").string();
  Ran ran = rubric(scratch, args);
  CHECK(ran.status == 2);
  CHECK(ran.err.rfind(profile + ":1:59: error: $.x: number out of range", 0) == 0);
  CHECK(ran.err.find("internal error") == std::string::npos);
  CHECK_FALSE(fs::exists(scratch.path / "d" / "lumen.eml"));
}

TEST_CASE("rubric check accepts a rubric saved with a byte order mark and CR line endings", "[cli][source]") {
  Scratch scratch;
  std::string text = "\xEF\xBB\xBFrubric \"T\"\r# note\rscale 0..10\roffer {\r  x : number\r}\r"
                     "criterion c \"C\" weight 100 {\r  score x\r}\r";
  Ran ran = rubric(scratch, "check " + scratch.write("saved.rubric", text));
  INFO(ran.err);
  CHECK(ran.status == 0);
}

TEST_CASE("rubric check handles the 40,000-let chain of issue 15", "[cli][limits]") {
  Scratch scratch;
  std::string text = "rubric \"P\"\nscale 0..10\noffer {\n  comp.base : money\n}\n";
  const int n = 40000;
  for (int i = 0; i + 1 < n; ++i) text += "let l" + std::to_string(i) + " = l" + std::to_string(i + 1) + " + 1\n";
  text += "let l" + std::to_string(n - 1) + " = comp.base\ncriterion c \"C\" weight 100 {\n  score l0\n}\n";
  Ran ran = rubric(scratch, "check " + scratch.write("chain.rubric", text));
  INFO(ran.err);
  CHECK(ran.status == 0);
}
