// Issue 10 at the command line: unknown commands, explain over many inputs, one document on standard
// input, a profile in the offers folder, --set, --strict, offer warnings, and messages said once on a terminal.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>

#include "test_cli_sandbox.hpp"

using nlohmann::json;
using namespace rubric::test;

namespace {

/// Counts the occurrences of `part` in `text`.
std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
  return n;
}

}  // namespace

TEST_CASE("binary: an unknown command gets the closest one and exit 2", "[cli][e2e][issue10]") {
  Sandbox box;
  CHECK(box.run("evl '" + kRubric + "' offers") == 2);
  CHECK(contains(box.err, "rubric: error: unknown command 'evl'; did you mean 'eval'?"));
  CHECK(box.run("frobnicate") == 2);
  CHECK(
      contains(box.err, "rubric: error: unknown command 'frobnicate' (commands: check, eval, draft, report, explain"));
  CHECK(box.run("explian '" + kRubric + "' offers") == 2);
  CHECK(contains(box.err, "did you mean 'explain'?"));
}

TEST_CASE("binary: explain takes any inputs eval takes and traces each offer", "[cli][e2e][issue10]") {
  Sandbox box;
  REQUIRE(box.run("explain '" + kRubric + "' offers/lumen.json offers/northwind.json") == 0);
  CHECK(contains(box.out, "lumen"));
  CHECK(contains(box.out, "northwind"));
  REQUIRE(box.run("explain '" + kRubric + "' offers") == 0);
  CHECK(contains(box.out, "lumen"));
  CHECK(contains(box.out, "northwind"));
}

TEST_CASE("binary: one pretty-printed offer on standard input is one offer", "[cli][e2e][issue10]") {
  Sandbox box;
  REQUIRE(box.run("eval '" + kRubric + "' - --format json", "offers/northwind.json") == 0);
  const json doc = json::parse(box.out);
  REQUIRE(doc["offers"].size() == 1);
  CHECK(doc["offers"][0]["id"] == "northwind");
  CHECK(doc["offers"][0]["source"] == "-");
  CHECK(box.err.empty());
}

TEST_CASE("binary: a folder skips the candidate profile with a note", "[cli][e2e][issue10]") {
  Sandbox box;
  write(box.dir / "offers" / "profile.json", read(std::string(RUBRIC_SOURCE_DIR) + "/examples/profile.json"));
  REQUIRE(box.run("eval '" + kRubric + "' offers --format json") == 0);
  CHECK(json::parse(box.out)["offers"].size() == 2);
  CHECK(contains(box.err, "rubric: note: offers/profile.json: skipped: a candidate profile"));
}

TEST_CASE("binary: --set changes one fact for one offer or all, and says so", "[cli][e2e][issue10]") {
  Sandbox box;
  REQUIRE(box.run("eval '" + kRubric + "' offers --format json") == 0);
  const json before = json::parse(box.out);
  REQUIRE(box.run("eval '" + kRubric + "' offers --format json --set lumen:comp.base=260000") == 0);
  const json after = json::parse(box.out);
  CHECK(after["weight_note"] == "facts set for this run (--set): comp.base = 260,000 for lumen");
  const auto total = [](const json& doc, const std::string& id) {
    for (const auto& o : doc["offers"])
      if (o["id"] == id) return o["total"].get<double>();
    return -1.0;
  };
  CHECK(total(after, "lumen") > total(before, "lumen"));
  CHECK(total(after, "northwind") == total(before, "northwind"));
  REQUIRE(box.run("eval '" + kRubric + "' offers --set comp.base=260000 --set lumen:comp.base=100000") == 0);
  CHECK(contains(box.out, "note: facts set for this run (--set): comp.base = 260,000, comp.base = 100,000 for lumen"));
  CHECK(box.run("eval '" + kRubric + "' offers --set comp.bsae=1") == 2);
  CHECK(contains(box.err, "did you mean 'comp.base'?"));
  CHECK(box.run("eval '" + kRubric + "' offers --set comp.base") == 2);
  CHECK(contains(box.err, "--set 'comp.base': expected [OFFER:]PATH=VALUE"));
  CHECK(box.run("explain '" + kRubric + "' offers/lumen.json --set comp.base=260000") == 0);
  CHECK(contains(box.out, "260,000"));
}

TEST_CASE("binary: --set naming an offer the run does not have is a warning, an error with --strict",
          "[cli][e2e][issue10]") {
  Sandbox box;
  REQUIRE(box.run("eval '" + kRubric + "' offers --set lumn:comp.base=260000") == 0);
  CHECK(contains(box.err, "rubric: warning: --set lumn:comp.base: no offer in this run has the id 'lumn'; did you "
                          "mean 'lumen'? (the value was not used)"));
  CHECK(box.run("eval '" + kRubric + "' offers --set zzzzzz:comp.base=1 --strict") == 1);
  CHECK(contains(box.err, "no offer in this run has the id 'zzzzzz' (the value was not used)"));
  REQUIRE(box.run("eval '" + kRubric + "' offers --format jsonl --jobs 2 --set lumn:comp.base=1") == 0);
  CHECK(count(box.err, "has the id 'lumn'") == 1);
  REQUIRE(box.run("explain '" + kRubric + "' offers/lumen.json --set northwind:comp.base=1") == 0);
  CHECK(contains(box.err, "has the id 'northwind'"));
  REQUIRE(box.run("eval '" + kRubric + "' offers --set lumen:comp.base=260000") == 0);
  CHECK_FALSE(contains(box.err, "warning"));
}

TEST_CASE("binary: report takes --set and says so in the memo", "[cli][e2e][issue10]") {
  Sandbox box;
  REQUIRE(box.run("report '" + kRubric + "' offers --set lumen:comp.base=260000") == 0);
  CHECK(contains(box.out, "facts set for this run (--set): comp.base = 260,000 for lumen"));
  CHECK(box.run("report '" + kRubric + "' offers --set lumn:comp.base=260000 --strict") == 1);
  CHECK(contains(box.err, "has the id 'lumn'"));
}

TEST_CASE("binary: a misspelled offer key is a warning, and an error with --strict", "[cli][e2e][issue10]") {
  Sandbox box;
  std::string lumen = kLumen;
  lumen.replace(lumen.find("weeks_per_quarter"), 17, "weeks_per_quartr");
  write(box.dir / "offers" / "lumen.json", lumen);
  REQUIRE(box.run("eval '" + kRubric + "' offers --format json") == 0);
  CHECK(contains(box.err, "offers/lumen.json: warning: $.oncall.weeks_per_quartr: not in the rubric; did you mean "
                          "oncall.weeks_per_quarter?"));
  const json doc = json::parse(box.out);
  bool carried = false;
  for (const auto& o : doc["offers"]) carried = carried || o.contains("warnings");
  CHECK(carried);
  CHECK(box.run("eval '" + kRubric + "' offers --strict") == 1);
  CHECK(contains(box.err, "offers/lumen.json: error: $.oncall.weeks_per_quartr: not in the rubric"));
}

TEST_CASE("binary: on a terminal, offer errors and the weight note are printed once", "[cli][e2e][issue10]") {
  if (std::system("command -v script > /dev/null 2>&1") != 0) {
    WARN("script(1) is not installed: no pseudo-terminal to test with");
    return;
  }
  Sandbox box;
  write(box.dir / "offers" / "broken.json", R"({"id": "broken", "comp": {"base": "182k"}})");
  // script(1) runs the command on a pseudo-terminal: standard output and error are the same screen.
  const std::string command = "cd '" + box.dir.string() + "' && script -qec \"NO_COLOR=1 '" + RUBRIC_BINARY +
                              "' eval '" + kRubric + "' offers --weight pay=40\" /dev/null > screen.txt 2>&1";
  REQUIRE(std::system(command.c_str()) != -1);
  const std::string screen = read(box.dir / "screen.txt");
  CHECK(count(screen, "expected money (a number), found string \"182k\"") == 1);
  CHECK(count(screen, "weights rescaled for --weight pay=40") == 1);
  // The Markdown of eval and the report's memo show them too: once each, and a missing input once.
  for (const std::string& args : {"eval '" + kRubric + "' offers nosuch.json --weight pay=40 -f md",
                                  "report '" + kRubric + "' offers nosuch.json --weight pay=40"}) {
    const std::string on_screen = "cd '" + box.dir.string() + "' && script -qec \"NO_COLOR=1 '" + RUBRIC_BINARY + "' " +
                                  args + "\" /dev/null > screen.txt 2>&1";
    REQUIRE(std::system(on_screen.c_str()) != -1);
    const std::string md = read(box.dir / "screen.txt");
    INFO(args << "\n" << md);
    CHECK(count(md, "expected money (a number), found string \"182k\"") == 1);
    CHECK(count(md, "weights rescaled for --weight pay=40") == 1);
    CHECK(count(md, "nosuch.json") == 1);
  }
  // Redirected, standard error still has them (scripts read it).
  REQUIRE(box.run("eval '" + kRubric + "' offers --weight pay=40") == 1);
  CHECK(contains(box.err, "found string \"182k\""));
  CHECK(contains(box.err, "weights rescaled"));
}
