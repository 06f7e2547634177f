// `rubric fmt` end to end: in place, standard input, --check, --diff, folders, and files that do not parse.
#include <catch2/catch.hpp>

#include "test_cli_sandbox.hpp"

using namespace rubric::test;

namespace {

const char* kMessy = "rubric \"Small\"\noffer {\n base:money\n    team.size : number = 5\n}\n"
                     "criterion pay \"Pay\" weight 100 {\nscore scale(base,100k=>0,200k=>10)\n}\n";
const char* kTidy = "rubric \"Small\"\n\noffer {\n  base      : money\n  team.size : number = 5\n}\n\n"
                    "criterion pay \"Pay\" weight 100 {\n  score scale(base, 100k => 0, 200k => 10)\n}\n";
const char* kBroken = "rubric \"Broken\"\ncriterion pay \"Pay\" weight 100 {\n  score 1 +\n}\n";

}  // namespace

TEST_CASE("fmt rewrites a file in place and leaves a formatted file alone", "[cli][fmt]") {
  Sandbox box;
  write(box.dir / "a.rubric", kMessy);
  CHECK(box.run("fmt a.rubric") == 0);
  CHECK(read(box.dir / "a.rubric") == kTidy);
  CHECK(box.out.empty());
  const auto written = fs::last_write_time(box.dir / "a.rubric");
  CHECK(box.run("fmt a.rubric") == 0);
  CHECK(fs::last_write_time(box.dir / "a.rubric") == written);
}

TEST_CASE("fmt - formats standard input to standard output", "[cli][fmt]") {
  Sandbox box;
  write(box.dir / "in.rubric", kMessy);
  CHECK(box.run("fmt -", (box.dir / "in.rubric").string()) == 0);
  CHECK(box.out == kTidy);
  CHECK(read(box.dir / "in.rubric") == kMessy);
}

TEST_CASE("fmt --check lists files that would change, writes nothing and exits 1", "[cli][fmt]") {
  Sandbox box;
  fs::create_directories(box.dir / "rules" / "more");
  write(box.dir / "rules" / "messy.rubric", kMessy);
  write(box.dir / "rules" / "more" / "tidy.rubric", kTidy);
  write(box.dir / "rules" / "notes.txt", "not a rubric");
  CHECK(box.run("fmt --check rules") == 1);
  CHECK(box.out == "rules/messy.rubric\n");
  CHECK(read(box.dir / "rules" / "messy.rubric") == kMessy);
  CHECK(box.run("fmt --check rules/more") == 0);
  CHECK(box.out.empty());
}

TEST_CASE("fmt --diff prints a unified diff and writes nothing", "[cli][fmt]") {
  Sandbox box;
  write(box.dir / "a.rubric", kMessy);
  CHECK(box.run("fmt --diff a.rubric") == 0);
  CHECK(read(box.dir / "a.rubric") == kMessy);
  CHECK(contains(box.out, "--- a.rubric\n+++ a.rubric (formatted)\n@@ -1,8 +1,10 @@\n"));
  CHECK(contains(box.out, "\n- base:money\n"));
  CHECK(contains(box.out, "\n+  base      : money\n"));
  CHECK(box.run("fmt --diff --check a.rubric") == 1);
}

TEST_CASE("fmt leaves a file that does not parse untouched, prints its diagnostic and exits 2", "[cli][fmt]") {
  Sandbox box;
  write(box.dir / "broken.rubric", kBroken);
  write(box.dir / "a.rubric", kMessy);
  CHECK(box.run("fmt broken.rubric a.rubric") == 2);
  CHECK(read(box.dir / "broken.rubric") == kBroken);
  CHECK(read(box.dir / "a.rubric") == kTidy);  // the other files are still formatted
  CHECK(contains(box.err, "broken.rubric:4:1: error: expected an expression after '+' or '-'"));
  CHECK(box.run("fmt -", (box.dir / "broken.rubric").string()) == 2);
  CHECK(box.out.empty());
  CHECK(box.run("fmt missing.rubric") == 2);
  CHECK(contains(box.err, "missing.rubric: no such file"));
}
