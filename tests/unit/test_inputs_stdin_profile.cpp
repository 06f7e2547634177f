// Issue 10, points 9 and 10: standard input holds one JSON document or JSON Lines, told apart by its
// first line; a folder skips a candidate profile with a note.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>

#include "rubric/input/input_sniff.hpp"
#include "rubric/input/inputs.hpp"

using namespace rubric;

namespace {

struct Read {
  std::vector<std::string> sources;
  std::vector<std::string> jsons;
  std::vector<std::string> ids;
};

Read drain(InputStream& in) {
  Read out;
  InputDocument doc;
  while (in.next(doc)) {
    out.sources.push_back(doc.source);
    out.jsons.emplace_back(doc.json);
    out.ids.push_back(doc.fallback_id);
  }
  return out;
}

/// Returns a temporary FILE* holding `text`, rewound.
std::FILE* stdin_with(const std::string& text) {
  std::FILE* file = std::tmpfile();
  REQUIRE(file != nullptr);
  std::fwrite(text.data(), 1, text.size(), file);
  std::rewind(file);
  return file;
}

}  // namespace

TEST_CASE("standard input holding one pretty-printed offer is one document", "[reader][stdin]") {
  const std::string text = "{\n  \"id\": \"lumen\",\n  \"comp\": {\n    \"base\": 165000\n  }\n}\n";
  std::FILE* file = stdin_with(text);
  InputStream in({"-"}, file);
  Read read = drain(in);
  std::fclose(file);
  REQUIRE(read.sources == std::vector<std::string>{"-"});
  CHECK(read.jsons[0] == text);
  CHECK(read.ids[0] == "stdin");
  CHECK(in.input_errors().empty());
}

TEST_CASE("standard input whose first line is a whole object is JSON Lines", "[reader][stdin]") {
  std::FILE* file = stdin_with("\n{\"id\": \"a\", \"x\": {\"y\": 1}}\n{\"id\": \"b\"}\n");
  InputStream in({"-"}, file);
  Read read = drain(in);
  std::fclose(file);
  CHECK(read.sources == std::vector<std::string>{"-:2", "-:3"});
}

TEST_CASE("a pretty-printed document opening on its first line with keys is still one document", "[reader][stdin]") {
  // `{"id": "a", "comp": {` leaves two objects open: the document goes on below.
  const std::string text = "{\"id\": \"a\", \"comp\": {\n \"base\": 1}}\n";
  std::FILE* file = stdin_with(text);
  InputStream in({"-", "-"}, file);
  Read read = drain(in);
  std::fclose(file);
  REQUIRE(read.sources.size() == 1);
  CHECK(read.jsons[0] == text);
}

TEST_CASE("the first-line test ignores braces inside strings", "[reader][stdin]") {
  CHECK(opens_multiline_document("{"));
  CHECK(opens_multiline_document("  {\"a\": [1,"));
  CHECK_FALSE(opens_multiline_document("{\"a\": \"{{{\"}"));
  CHECK_FALSE(opens_multiline_document("{\"a\": \"\\\"{\"}"));
  CHECK_FALSE(opens_multiline_document("{\"a\": 1}"));
}

TEST_CASE("a profile is recognised by a top-level achievements key only", "[reader][profile]") {
  CHECK(looks_like_profile(R"({"name": "Sam", "achievements": [{"text": "x"}]})"));
  CHECK(looks_like_profile("{\n  \"achievements\" : []\n}"));
  CHECK_FALSE(looks_like_profile(R"({"id": "a", "notes": {"achievements": 3}})"));
  CHECK_FALSE(looks_like_profile(R"({"id": "a", "text": "\"achievements\": many"})"));
  CHECK_FALSE(looks_like_profile(R"({"id": "a"})"));
}

TEST_CASE("a folder skips a candidate profile with a note; a file named on its own is read", "[reader][profile]") {
  namespace fs = std::filesystem;
  std::random_device rd;
  const fs::path dir = fs::temp_directory_path() / ("rubric-profile-" + std::to_string(rd()));
  fs::create_directories(dir);
  std::ofstream(dir / "a.json") << R"({"id": "a"})";
  std::ofstream(dir / "profile.json") << R"({"name": "Sam", "email": "s@x.org", "achievements": []})";
  std::ofstream(dir / "z.json") << R"({"id": "z"})";
  {
    InputStream in({dir.string()});
    Read read = drain(in);
    CHECK(read.sources == std::vector<std::string>{(dir / "a.json").string(), (dir / "z.json").string()});
    REQUIRE(in.input_notes().size() == 1);
    CHECK(to_string(in.input_notes()[0]) ==
          (dir / "profile.json").string() + ": skipped: a candidate profile (it has \"achievements\"), not an offer");
    CHECK(in.input_errors().empty());
  }
  {
    InputStream in({(dir / "profile.json").string()});
    CHECK(drain(in).sources.size() == 1);
    CHECK(in.input_notes().empty());
  }
  fs::remove_all(dir);
}
