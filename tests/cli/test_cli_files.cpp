#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "cli/atomic_write.hpp"
#include "cli/output_guard.hpp"
#include "cli/weight_arg.hpp"

using namespace rubric;
using namespace rubric::cli;
namespace fs = std::filesystem;

namespace {

/// A fresh empty folder under the system temp dir, removed at the end of the test.
struct TempDir {
  fs::path path;
  TempDir() {
    std::random_device rd;
    path = fs::temp_directory_path() / ("rubric-cli-test-" + std::to_string(rd()) + std::to_string(rd()));
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

void write(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::size_t entries(const fs::path& dir) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
  return n;
}

}  // namespace

TEST_CASE("atomic write creates and replaces whole files", "[cli]") {
  TempDir dir;
  const fs::path target = dir.path / "out.json";
  std::string error;
  REQUIRE(write_file_atomically(target, "first", error));
  CHECK(read(target) == "first");
  REQUIRE(write_file_atomically(target, "second", error));
  CHECK(read(target) == "second");
  CHECK(entries(dir.path) == 1);
}

TEST_CASE("atomic write leaves the target untouched on failure", "[cli]") {
  TempDir dir;
  const fs::path target = dir.path / "out.txt";
  write(target, "old");
  std::string error;
  {
    AtomicFile file;
    REQUIRE(file.open(target, error));
    CHECK(fs::exists(file.temp_path()));
    CHECK(file.temp_path().parent_path() == target.parent_path());
    REQUIRE(file.write("half of the new", error));
    // Destroyed without commit, as when the run fails midway.
  }
  CHECK(read(target) == "old");
  CHECK(entries(dir.path) == 1);

  // rename() over a non-empty folder fails: the temporary goes, the folder stays.
  const fs::path folder = dir.path / "folder";
  fs::create_directories(folder);
  write(folder / "inside", "x");
  AtomicFile file;
  REQUIRE(file.open(folder, error));
  REQUIRE(file.write("data", error));
  CHECK_FALSE(file.commit(error));
  CHECK_FALSE(error.empty());
  CHECK(read(folder / "inside") == "x");
  CHECK(entries(dir.path) == 2);

  // A folder that does not exist: nothing is created.
  CHECK_FALSE(write_file_atomically(dir.path / "missing" / "out.txt", "x", error));
  CHECK(error.find("missing") != std::string::npos);
  CHECK_FALSE(fs::exists(dir.path / "missing"));
}

TEST_CASE("atomic write keeps the old file's permissions and writes through symbolic links", "[cli]") {
  TempDir dir;
  const fs::path target = dir.path / "out.txt";
  write(target, "old");
  fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  const fs::path link = dir.path / "link.txt";
  fs::create_symlink(target, link);
  std::string error;
  REQUIRE(write_file_atomically(link, "new", error));
  CHECK(fs::is_symlink(link));
  CHECK(read(target) == "new");
  CHECK((fs::status(target).permissions() & fs::perms::all) ==
        (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
}

TEST_CASE("eval -o may not name the rubric or an input", "[cli]") {
  TempDir dir;
  const fs::path rubric = dir.path / "r.rubric";
  const fs::path offers = dir.path / "offers";
  fs::create_directories(offers);
  write(rubric, "rubric \"x\"");
  write(offers / "a.json", "{}");
  write(dir.path / "b.json", "{}");
  const std::vector<std::string> inputs = {offers.string(), (dir.path / "b.json").string(), "-"};
  const std::string r = rubric.string();

  CHECK(output_conflict("", r, inputs).empty());
  CHECK(output_conflict("-", r, inputs).empty());
  CHECK(output_conflict((dir.path / "result.json").string(), r, inputs).empty());
  CHECK(output_conflict((offers / "result.txt").string(), r, inputs).empty());

  CHECK(output_conflict(r, r, inputs).find("rubric") != std::string::npos);
  CHECK(output_conflict((dir.path / "offers" / ".." / "r.rubric").string(), r, inputs).find("rubric") !=
        std::string::npos);
  CHECK(output_conflict((dir.path / "b.json").string(), r, inputs).find("input") != std::string::npos);
  CHECK(output_conflict((offers / "a.json").string(), r, inputs).find("input folder") != std::string::npos);
  CHECK(output_conflict((offers / "new.json").string(), r, inputs).find("input folder") != std::string::npos);
  CHECK(output_conflict(offers.string(), r, inputs).find("folder") != std::string::npos);

  fs::create_hard_link(dir.path / "b.json", dir.path / "hard.json");
  CHECK_FALSE(output_conflict((dir.path / "hard.json").string(), r, inputs).empty());
  fs::create_symlink(dir.path / "b.json", dir.path / "soft.json");
  CHECK_FALSE(output_conflict((dir.path / "soft.json").string(), r, inputs).empty());
}

TEST_CASE("eval --weight arguments", "[cli]") {
  WeightOverride w;
  std::string error;
  REQUIRE(parse_weight_argument("pay=40", w, error));
  CHECK(w.id == "pay");
  CHECK(w.weight == 40);
  REQUIRE(parse_weight_argument("team_2=12.5", w, error));
  CHECK(w.weight == 12.5);
  REQUIRE(parse_weight_argument("risk=0", w, error));
  REQUIRE(parse_weight_argument("risk=100", w, error));

  for (const char* bad :
       {"pay", "pay=", "=40", "Pay=40", "pay=abc", "pay=40x", "pay=101", "pay=-1", "pay=nan", "pay=inf", "pay= 40"}) {
    INFO(bad);
    error.clear();
    CHECK_FALSE(parse_weight_argument(bad, w, error));
    CHECK(error.find(std::string("--weight '") + bad + "'") != std::string::npos);
  }

  std::vector<WeightOverride> all;
  REQUIRE(parse_weight_arguments({"pay=40", "scope=20"}, all, error));
  CHECK(all.size() == 2);
  CHECK_FALSE(parse_weight_arguments({"pay=40", "pay=30"}, all, error));
  CHECK(error.find("twice") != std::string::npos);
}
