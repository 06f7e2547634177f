// `rubric init` and `rubric weigh` end to end.
#include <catch2/catch.hpp>

#include "test_cli_sandbox.hpp"

using namespace rubric::test;

TEST_CASE("init writes a starter to standard output or a new file and refuses to overwrite", "[cli][init]") {
  Sandbox box;
  CHECK(box.run("init") == 0);
  CHECK(contains(box.out, "rubric \"Backend engineering offers\""));
  CHECK(box.run("init --role platform -o mine.rubric") == 0);
  const std::string platform = read(box.dir / "mine.rubric");
  CHECK(contains(platform, "criterion oncall \"On-call and incident load\" weight 20"));
  CHECK(box.run("check mine.rubric") == 0);
  CHECK(box.run("fmt --check mine.rubric") == 0);
  CHECK(box.run("eval mine.rubric offers") == 0);

  CHECK(box.run("init --role staff -o mine.rubric") == 2);
  CHECK(contains(box.err, "mine.rubric already exists; pass --force to replace it"));
  CHECK(read(box.dir / "mine.rubric") == platform);
  CHECK(box.run("init --role staff -o mine.rubric --force") == 0);
  CHECK(contains(read(box.dir / "mine.rubric"), "rubric \"Staff and principal offers\""));
  CHECK(box.run("init --role product") == 0);
  CHECK(contains(box.out, "criterion scope \"Product ownership and delivery\" weight 30"));
  CHECK(box.run("init --role manager") == 2);
  CHECK(contains(box.err, "--role manager: expected general, product, platform or staff"));
}

namespace {

const char* kThree = "# three criteria\nrubric \"Three\"\n\noffer {\n  x : number\n}\n\n"
                     "criterion a \"Alpha\" weight 50 { score x } # keep me\n\n"
                     "criterion b \"Beta\" weight 30 {\n  score x\n}\n\n"
                     "criterion c \"Gamma\" weight 20 {\n  score x\n}\n";

}  // namespace

TEST_CASE("weigh --answers derives weights and rewrites only them on --yes", "[cli][weigh]") {
  Sandbox box;
  write(box.dir / "r.rubric", kThree);
  write(box.dir / "answers.txt", "# consistent: 4 : 2 : 1\na > b 2\na > c 4\nc < b 2\n");
  CHECK(box.run("weigh r.rubric --answers answers.txt") == 0);  // no confirmation on /dev/null: unchanged
  CHECK(read(box.dir / "r.rubric") == kThree);
  CHECK(contains(box.out, "a              50    57.14%      57\n"));
  CHECK(contains(box.out, "consistency ratio 0.000"));
  CHECK(contains(box.out, "the rubric is unchanged"));

  CHECK(box.run("weigh r.rubric --answers answers.txt --yes") == 0);
  std::string expected = kThree;
  expected.replace(expected.find("weight 50"), 9, "weight 57");
  expected.replace(expected.find("weight 30"), 9, "weight 29");
  expected.replace(expected.find("weight 20"), 9, "weight 14");
  CHECK(read(box.dir / "r.rubric") == expected);
  CHECK(box.run("check r.rubric") == 0);
}

TEST_CASE("weigh asks on the terminal, re-asks bad answers, and flags inconsistent answers", "[cli][weigh]") {
  Sandbox box;
  write(box.dir / "r.rubric", kThree);
  write(box.dir / "typed.txt", "a 3\nwhat\nc 5\nb 3\ny\n");
  CHECK(box.run("weigh r.rubric", (box.dir / "typed.txt").string()) == 0);
  CHECK(contains(box.err, "a (Alpha) or b (Beta): which matters more, and how much? 1-9: "));
  CHECK(contains(box.err, "answer 'a N' or 'c N' (N from 1 to 9), or '=' when they matter equally"));
  CHECK(contains(box.out, "above 0.10: the answers contradict each other."));
  // A cycle (a over b, b over c, c over a): every pair is equally to blame, so only the wording is fixed.
  CHECK(contains(box.out, "The most inconsistent pair is "));
  CHECK(contains(box.out, "Consider answering that pair again."));
  CHECK(contains(box.out, "rewrote the weights in r.rubric"));
  CHECK_FALSE(contains(read(box.dir / "r.rubric"), "weight 50"));
}

TEST_CASE("weigh rejects incomplete or malformed answers and changes nothing", "[cli][weigh]") {
  Sandbox box;
  write(box.dir / "r.rubric", kThree);
  write(box.dir / "answers.txt", "a > b 2\na > d 4\nb > a 3\nb > c 11\n");
  CHECK(box.run("weigh r.rubric --answers answers.txt --yes") == 2);
  CHECK(contains(box.err, "answers:2: no criterion 'd' (criteria: a, b, c)"));
  CHECK(contains(box.err, "answers:3: b and a were already compared at line 1"));
  CHECK(contains(box.err, "answers:4: '11' is not an intensity from 1 (equal) to 9 (extremely more)"));
  CHECK(contains(box.err, "answers: no answer comparing a and c"));
  CHECK(read(box.dir / "r.rubric") == kThree);
  write(box.dir / "short.txt", "a 2\n");
  CHECK(box.run("weigh r.rubric", (box.dir / "short.txt").string()) == 2);
  CHECK(contains(box.err, "the answers ended before every pair was compared; nothing was changed"));
  CHECK(read(box.dir / "r.rubric") == kThree);
}

TEST_CASE("weigh names the answer that contradicts the others most", "[cli][weigh]") {
  Sandbox box;
  write(box.dir / "r.rubric", "rubric \"Four\"\n\noffer {\n  x : number\n}\n\n"
                              "criterion a \"A\" weight 40 { score x }\n\ncriterion b \"B\" weight 30 { score x }\n\n"
                              "criterion c \"C\" weight 20 { score x }\n\ncriterion d \"D\" weight 10 { score x }\n");
  // Consistent for 8 : 4 : 2 : 1, except that d is said to matter 8 times as much as a.
  write(box.dir / "answers.txt", "a > b 2\na > c 4\na < d 8\nb > c 2\nb > d 4\nc > d 2\n");
  CHECK(box.run("weigh r.rubric --answers answers.txt --dry-run") == 0);
  CHECK(contains(box.out, "The most inconsistent pair is a against d: you said d matters 8 times as much as a; "
                          "your other answers imply d matters 1.52 times as much as a."));
  CHECK(contains(box.out, "the rubric is unchanged"));
}
