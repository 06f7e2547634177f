// End-to-end runs of the `rubric` binary: exit statuses, streams and files.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

#include <rubric/version.hpp>
#include "test_cli_sandbox.hpp"

using nlohmann::json;
using namespace rubric::test;

TEST_CASE("binary: --help and --version exit 0", "[cli][e2e]") {
  Sandbox box;
  CHECK(box.run("--help") == 0);
  CHECK(contains(box.out, "eval"));
  CHECK(box.run("--version") == 0);
  CHECK(contains(box.out, RUBRIC_VERSION));
  CHECK(box.run("eval --help") == 0);
  CHECK(contains(box.out, "--weight"));
  CHECK(box.run("check --help") == 0);
}

TEST_CASE("binary: usage errors exit 2", "[cli][e2e]") {
  Sandbox box;
  const std::string r = "'" + kRubric + "'";
  CHECK(box.run("") == 2);
  CHECK(box.run("frobnicate") == 2);
  CHECK(box.run("eval") == 2);
  CHECK(box.run("eval " + r) == 2);
  CHECK(box.run("eval " + r + " offers --format xml") == 2);
  CHECK(box.run("eval " + r + " offers --jobs 0") == 2);
  CHECK(box.run("eval " + r + " offers --jobs x") == 2);
  CHECK(box.run("eval " + r + " offers --bogus") == 2);
  CHECK(box.run("eval " + r + " offers --weight pay") == 2);
  CHECK(contains(box.err, "--weight 'pay'"));
  CHECK(box.run("eval " + r + " offers --weight pay=200") == 2);
  CHECK(box.run("check") == 2);
  CHECK(box.out.empty());
}

TEST_CASE("binary: check", "[cli][e2e]") {
  Sandbox box;
  CHECK(box.run("check '" + kRubric + "'") == 0);
  CHECK(contains(box.out, "ok"));
  write(box.dir / "bad.rubric", "rubric \"x\"\nscale 0..\n");
  CHECK(box.run("check bad.rubric") == 2);
  CHECK(box.err.rfind("bad.rubric:", 0) == 0);
  CHECK(contains(box.err, ": error: "));
  CHECK(contains(box.err, "^"));
  CHECK(box.run("check missing.rubric") == 2);
  CHECK(box.run("eval bad.rubric offers") == 2);
}

TEST_CASE("binary: eval --format json gives the brief's numbers", "[cli][e2e]") {
  Sandbox box;
  REQUIRE(box.run("eval '" + kRubric + "' offers --format json") == 0);
  const json doc = json::parse(box.out);
  CHECK(doc["rubric"] == "Platform reliability offers");
  REQUIRE(doc["offers"].size() == 2);
  const json& north = doc["offers"][0];
  const json& lumen = doc["offers"][1];
  CHECK(north["id"] == "northwind");
  CHECK(north["rank"] == 1);
  CHECK(std::fabs(north["total"].get<double>() - 7.84) < 1e-9);
  CHECK(std::fabs(lumen["total"].get<double>() - 3.8041666666666667) < 1e-12);
  CHECK(contains(box.out, "3.80416666666666"));  // full precision, not rounded
  CHECK(lumen["flags"].size() == 3);
  CHECK(doc["decision"]["recommended"] == "northwind");
  CHECK(std::fabs(doc["decision"]["margin"].get<double>() - 4.0358333333333333) < 1e-12);
  CHECK(doc["decision"]["close_call"] == false);
  CHECK_FALSE(doc.contains("weight_note"));
}

TEST_CASE("binary: an offer that cannot be scored exits 1 and the others still print", "[cli][e2e]") {
  Sandbox box;
  write(box.dir / "offers" / "broken.json", R"({"id": "broken", "comp": {"base": "182k"}})");
  REQUIRE(box.run("eval '" + kRubric + "' offers --format json") == 1);
  const json doc = json::parse(box.out);
  REQUIRE(doc["offers"].size() == 3);
  CHECK(doc["offers"][2]["id"] == "broken");
  CHECK(doc["offers"][2]["total"].is_null());
  CHECK_FALSE(doc["offers"][2]["errors"].empty());
  CHECK(contains(box.err, "broken.json: error: "));
  for (const char* format : {"text", "csv", "md", "jsonl"}) {
    INFO(format);
    CHECK(box.run("eval '" + kRubric + "' offers --format " + format) == 1);
    CHECK(contains(box.out, "northwind"));
    CHECK(contains(box.err, "broken.json: error: "));
  }
}

TEST_CASE("binary: a missing input exits 1", "[cli][e2e]") {
  Sandbox box;
  CHECK(box.run("eval '" + kRubric + "' offers/lumen.json offers/missing.json --format csv") == 1);
  CHECK(contains(box.err, "missing.json"));
  CHECK(contains(box.out, "lumen"));
}

TEST_CASE("binary: jsonl, csv, md and text", "[cli][e2e]") {
  Sandbox box;
  REQUIRE(box.run("eval '" + kRubric + "' offers --format jsonl --jobs 2") == 0);
  std::istringstream lines(box.out);
  std::vector<json> parsed;
  for (std::string line; std::getline(lines, line);) parsed.push_back(json::parse(line));
  REQUIRE(parsed.size() == 2);
  CHECK(parsed[0]["id"] == "lumen");  // input order: the folder is read by name
  CHECK_FALSE(parsed[0].contains("rank"));

  REQUIRE(box.run("eval '" + kRubric + "' offers --format csv") == 0);
  CHECK(box.out.rfind("rank,id,company,total,weighted,vetoed,scope,pay,team,burden,risk,flags", 0) == 0);
  CHECK(contains(box.out, "1,northwind,Northwind,7.84,7.84,false,10.00,5.26,9.00,5.50,9.00"));

  REQUIRE(box.run("eval '" + kRubric + "' offers --format md") == 0);
  CHECK(contains(box.out, "| 2 | lumen | Lumen Labs | 3.80 |"));

  REQUIRE(box.run("eval '" + kRubric + "' offers") == 0);
  CHECK(contains(box.out, "northwind (Northwind)"));
  CHECK_FALSE(contains(box.out, "\x1b["));
}

TEST_CASE("binary: -o writes the file and never an input", "[cli][e2e]") {
  Sandbox box;
  REQUIRE(box.run("eval '" + kRubric + "' offers --format json -o result.json") == 0);
  CHECK(box.out.empty());
  CHECK(json::parse(read(box.dir / "result.json"))["offers"].size() == 2);

  const std::string before = read(box.dir / "offers" / "lumen.json");
  CHECK(box.run("eval '" + kRubric + "' offers/lumen.json -o offers/lumen.json") == 2);
  CHECK(contains(box.err, "refusing"));
  CHECK(box.run("eval '" + kRubric + "' offers -o ./offers/../offers/lumen.json") == 2);
  CHECK(box.run("eval '" + kRubric + "' offers -o offers/summary.json") == 2);
  CHECK(box.run("eval '" + kRubric + "' offers -o '" + kRubric + "'") == 2);
  CHECK(read(box.dir / "offers" / "lumen.json") == before);
  CHECK_FALSE(fs::exists(box.dir / "offers" / "summary.json"));

  // A rubric that does not compile leaves an existing output untouched.
  write(box.dir / "bad.rubric", "rubric");
  write(box.dir / "keep.txt", "keep");
  CHECK(box.run("eval bad.rubric offers -o keep.txt") == 2);
  CHECK(read(box.dir / "keep.txt") == "keep");
  CHECK(box.run("eval '" + kRubric + "' offers -o no/such/folder/out.txt") == 2);
}

TEST_CASE("binary: --weight rescales and says so", "[cli][e2e]") {
  Sandbox box;
  REQUIRE(box.run("eval '" + kRubric + "' offers --format json --weight pay=40") == 0);
  const json doc = json::parse(box.out);
  CHECK(doc.contains("weight_note"));
  CHECK(doc["offers"][0]["criteria"][1]["weight"] == 40);
  REQUIRE(box.run("eval '" + kRubric + "' offers --weight pay=40 --format text") == 0);
  CHECK(contains(box.err, "note:"));
  CHECK(box.run("eval '" + kRubric + "' offers --weight nosuch=10") == 2);
}

TEST_CASE("binary: JSON Lines on standard input", "[cli][e2e]") {
  Sandbox box;
  std::string jsonl = kNorthwind;
  jsonl.erase(std::remove(jsonl.begin(), jsonl.end(), '\n'), jsonl.end());
  write(box.dir / "in.jsonl", jsonl + "\n");
  REQUIRE(box.run("eval '" + kRubric + "' - --format jsonl", "in.jsonl") == 0);
  CHECK(json::parse(box.out)["id"] == "northwind");
  REQUIRE(box.run("eval '" + kRubric + "' in.jsonl --format jsonl") == 0);
  CHECK(json::parse(box.out)["id"] == "northwind");
}

TEST_CASE("binary: a long jsonl run is the same to a file, to a pipe and on any --jobs", "[cli][e2e]") {
  // Enough offers that whole batches of lines (far over the output's flush size) go straight out, uncopied.
  Sandbox box;
  std::string line = kNorthwind;
  line.erase(std::remove(line.begin(), line.end(), '\n'), line.end());
  const std::string id = "\"id\": \"northwind\"";
  REQUIRE(line.find(id) != std::string::npos);
  std::string input;
  constexpr int kOffers = 3000;
  for (int i = 0; i < kOffers; ++i) {
    std::string offer = line;
    offer.replace(offer.find(id), id.size(), "\"id\": \"n" + std::to_string(i) + "\"");
    input += offer + "\n";
  }
  write(box.dir / "many.jsonl", input);
  REQUIRE(box.run("eval '" + kRubric + "' many.jsonl --format jsonl --jobs 1") == 0);
  const std::string piped = box.out;
  REQUIRE(box.run("eval '" + kRubric + "' many.jsonl --format jsonl --jobs 2 -o out.jsonl") == 0);
  CHECK(read(box.dir / "out.jsonl") == piped);
  REQUIRE(box.run("eval '" + kRubric + "' many.jsonl --format jsonl --jobs 2") == 0);
  CHECK(box.out == piped);
  CHECK(std::count(piped.begin(), piped.end(), '\n') == kOffers);
  CHECK(json::parse(piped.substr(piped.rfind('\n', piped.size() - 2) + 1))["id"] == "n2999");
}
