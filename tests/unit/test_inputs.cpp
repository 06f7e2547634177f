// The input stream: files, folders, JSON Lines files and stdin.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "rubric/input/document_block.hpp"
#include "rubric/input/inputs.hpp"

using namespace rubric;

namespace {

/// Spells input errors as the command line prints them after the program name.
std::vector<std::string> messages(const std::vector<InputError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(to_string(e));
  return out;
}

const std::string kData = std::string(RUBRIC_SOURCE_DIR) + "/tests/data/json";

struct Doc {
  std::string source;
  std::string fallback_id;
  std::size_t ordinal;
  std::string json;
  std::optional<std::string> error;
};

// Copies a document, checking the padding promise.
Doc copy(const InputDocument& doc) {
  // The promised padding must be readable (ASan checks this when the tests are sanitized).
  volatile char last = doc.json.data()[doc.json.size() + kJsonPadding - 1];
  (void)last;
  return {doc.source, doc.fallback_id, doc.ordinal, std::string(doc.json), doc.error};
}

// Drains a stream one document at a time (next()), or a block at a time (fill(), as a run's batches do)
// with blocks of at most 1, 3 or 2048 documents: every test below holds all four to the same documents.
std::vector<Doc> drain(InputStream& in) {
  const std::size_t block_docs = GENERATE(as<std::size_t>{}, 0, 1, 3, 2048);
  INFO("documents per block (0: one at a time) " << block_docs);
  std::vector<Doc> docs;
  if (block_docs == 0) {
    InputDocument doc;
    while (in.next(doc)) docs.push_back(copy(doc));
    return docs;
  }
  DocumentBlock block;
  while (in.fill(block, block_docs, std::size_t{8} << 20)) {
    CHECK(block.docs.size() <= block_docs);
    for (std::size_t i = 0; i < block.docs.size(); ++i) docs.push_back(copy(block.view(i)));
    block.clear();
  }
  return docs;
}

std::vector<std::string> sources(const std::vector<Doc>& docs) {
  std::vector<std::string> out;
  for (const auto& d : docs) out.push_back(d.source);
  return out;
}

// A temporary file removed at the end of the test.
struct TempFile {
  std::string path;
  explicit TempFile(const std::string& name)
      : path((std::filesystem::temp_directory_path() / ("rubric-reader-test-" + name)).string()) {}
  ~TempFile() { std::filesystem::remove(path); }
};

}  // namespace

TEST_CASE("input stream reads a single file as one document", "[reader]") {
  InputStream in({kData + "/folder/a.json"});
  auto docs = drain(in);
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].source == kData + "/folder/a.json");
  CHECK(docs[0].fallback_id == "a");
  CHECK(docs[0].ordinal == 0);
  CHECK(docs[0].json == "{\"id\": \"a-offer\", \"comp\": {\"base\": 1}}\n");
  CHECK_FALSE(docs[0].error);
  CHECK(in.input_errors().empty());
}

TEST_CASE("input stream reads every *.json directly inside a folder, by name", "[reader]") {
  InputStream in({kData + "/folder"});
  auto docs = drain(in);
  CHECK(sources(docs) == std::vector<std::string>{kData + "/folder/B10.json", kData + "/folder/a.json",
                                                  kData + "/folder/b.json", kData + "/folder/c.json"});
  REQUIRE(docs.size() == 4);
  CHECK(docs[3].fallback_id == "c");
  CHECK(docs[3].ordinal == 3);
  CHECK(docs[3].json == R"({"comp": {"base": 3}})");
  CHECK(in.input_errors().empty());
}

TEST_CASE("input stream reports a folder without *.json and goes on", "[reader]") {
  InputStream in({kData + "/no_json", kData + "/folder/c.json"});
  auto docs = drain(in);
  CHECK(sources(docs) == std::vector<std::string>{kData + "/folder/c.json"});
  CHECK(docs[0].ordinal == 0);
  CHECK(messages(in.input_errors()) == std::vector<std::string>{kData + "/no_json: folder has no *.json files"});
}

TEST_CASE("input stream reports a missing file and goes on", "[reader]") {
  InputStream in(
      {kData + "/folder/a.json", kData + "/missing.json", kData + "/missing.jsonl", kData + "/folder/b.json"});
  auto docs = drain(in);
  CHECK(sources(docs) == std::vector<std::string>{kData + "/folder/a.json", kData + "/folder/b.json"});
  CHECK(docs[1].ordinal == 1);
  CHECK(messages(in.input_errors()) ==
        std::vector<std::string>{kData + "/missing.json: no such file", kData + "/missing.jsonl: no such file"});
}

TEST_CASE("input stream splits JSON Lines, skipping blank lines and CRLF endings", "[reader]") {
  const std::string file = kData + "/lines_crlf.jsonl";
  InputStream in({file});
  auto docs = drain(in);
  CHECK(sources(docs) == std::vector<std::string>{file + ":1", file + ":4", file + ":5", file + ":7"});
  REQUIRE(docs.size() == 4);
  CHECK(docs[0].json == R"({"id": "first", "comp": {"base": 1}})");
  CHECK(docs[0].fallback_id == "line-1");
  CHECK(docs[2].json == R"({"id": "broken", "comp": {"base": })");
  CHECK(docs[2].fallback_id == "line-5");
  CHECK(docs[3].json == R"({"comp": {"base": 4}})");
  CHECK(docs[3].ordinal == 3);
  CHECK(in.input_errors().empty());
}

TEST_CASE("input stream numbers lines across carries, skipped lines and files", "[reader]") {
  // 1205 lines, a blank one every 97th: sources step from line to line, past 9, 99 and 999, and jump.
  TempFile a("numbered-a.jsonl"), b("numbered-b.jsonl");
  std::vector<std::string> expected_sources, expected_ids;
  {
    std::ofstream out(a.path);
    for (int line = 1; line <= 1205; ++line) {
      if (line % 97 == 0) {
        out << "\n";
        continue;
      }
      out << "{}\n";
      expected_sources.push_back(a.path + ":" + std::to_string(line));
      expected_ids.push_back("line-" + std::to_string(line));
    }
    std::ofstream(b.path) << "{}\n{}\n";
  }
  for (int line = 1; line <= 2; ++line) {
    expected_sources.push_back(b.path + ":" + std::to_string(line));
    expected_ids.push_back("line-" + std::to_string(line));
  }
  InputStream in({a.path, b.path});
  const auto docs = drain(in);
  CHECK(sources(docs) == expected_sources);
  std::vector<std::string> ids;
  for (const auto& d : docs) ids.push_back(d.fallback_id);
  CHECK(ids == expected_ids);
}

TEST_CASE("input stream reads JSON Lines from a stdin FILE*", "[reader]") {
  std::FILE* file = std::tmpfile();
  REQUIRE(file != nullptr);
  const std::string text = "{\"a\": 1}\n\n{\"a\": 2}\r\n";
  std::fwrite(text.data(), 1, text.size(), file);
  std::rewind(file);
  InputStream in({"-", kData + "/folder/c.json"}, file);
  auto docs = drain(in);
  std::fclose(file);
  CHECK(sources(docs) == std::vector<std::string>{"-:1", "-:3", kData + "/folder/c.json"});
  REQUIRE(docs.size() == 3);
  CHECK(docs[1].json == R"({"a": 2})");
  CHECK(docs[1].fallback_id == "line-3");
  CHECK(docs[2].ordinal == 2);
}

TEST_CASE("input stream skips a byte order mark at the start of JSON Lines", "[reader]") {
  InputStream in({kData + "/bom_lines.ndjson"});
  auto docs = drain(in);
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].json == R"({"id": "bom-line", "comp": {"base": 8}})");
}

TEST_CASE("input stream skips a line over 16 MiB and goes on with the next", "[reader]") {
  TempFile temp("huge.jsonl");
  {
    std::ofstream out(temp.path, std::ios::binary);
    out << "{\"a\": 1}\n{\"big\": \"";
    const std::string chunk(1 << 20, 'x');
    for (int i = 0; i < 17; ++i) out << chunk;
    out << "\"}\r\n{\"a\": 3}\n";
    // The last line is huge too and ends the file without a newline.
    for (int i = 0; i < 17; ++i) out << chunk;
  }
  InputStream in({temp.path});
  auto docs = drain(in);
  CHECK(sources(docs) ==
        std::vector<std::string>{temp.path + ":1", temp.path + ":2", temp.path + ":3", temp.path + ":4"});
  REQUIRE(docs.size() == 4);
  CHECK_FALSE(docs[0].error);
  REQUIRE(docs[1].error);
  CHECK(*docs[1].error == "line is longer than the 16 MiB limit for one offer");
  CHECK(docs[1].json.empty());
  CHECK(docs[2].json == R"({"a": 3})");
  CHECK_FALSE(docs[2].error);
  REQUIRE(docs[3].error);
}

TEST_CASE("input stream accepts a line just under the limit", "[reader]") {
  TempFile temp("long.jsonl");
  const std::size_t size = 16u * 1024u * 1024u;
  {
    std::ofstream out(temp.path, std::ios::binary);
    out << "{\"s\": \"" << std::string(size - 9, 'y') << "\"}\r\n{}\n";
  }
  InputStream in({temp.path});
  auto docs = drain(in);
  REQUIRE(docs.size() == 2);
  CHECK_FALSE(docs[0].error);
  CHECK(docs[0].json.size() == size);
  CHECK(docs[1].json == "{}");
}

TEST_CASE("input stream turns a file over 16 MiB into a document error", "[reader]") {
  TempFile temp("huge.json");
  {
    std::ofstream out(temp.path, std::ios::binary);
    out << "{\"big\": \"" << std::string(16u * 1024u * 1024u, 'x') << "\"}";
  }
  InputStream in({temp.path, kData + "/folder/c.json"});
  auto docs = drain(in);
  REQUIRE(docs.size() == 2);
  REQUIRE(docs[0].error);
  CHECK(*docs[0].error == "document is larger than the 16 MiB limit");
  CHECK(docs[0].fallback_id == "rubric-reader-test-huge");
  CHECK_FALSE(docs[1].error);
}

TEST_CASE("input stream yields an empty file as an empty document", "[reader]") {
  TempFile temp("empty.json");
  { std::ofstream out(temp.path, std::ios::binary); }
  TempFile lines("empty.jsonl");
  {
    std::ofstream out(lines.path, std::ios::binary);
    out << "\n\r\n  \n";
  }
  InputStream in({temp.path, lines.path});
  auto docs = drain(in);
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].json.empty());
  CHECK(in.input_errors().empty());
}

TEST_CASE("a bad JSON Lines line is an error for that offer only", "[reader]") {
  const std::string file = kData + "/lines_crlf.jsonl";
  InputStream in({file});
  OfferSchema schema;
  FieldSpec base;
  base.path = "comp.base";
  base.segments = {"comp", "base"};
  base.kind = TypeKind::money;
  schema.fields.push_back(base);
  OfferReader reader(schema);
  InputDocument doc;
  Facts facts;
  std::vector<std::string> seen;
  while (in.next(doc)) {
    reader.read(doc, facts);
    std::string line = facts.id + " " + facts.source.substr(file.size()) + " " + std::to_string(facts.ordinal);
    if (facts.errors.empty()) {
      line += " base=" + std::to_string(static_cast<int>(facts.numbers[0]));
    } else {
      line += " " + facts.errors[0].message.substr(0, 15);
    }
    seen.push_back(line);
  }
  CHECK(seen == std::vector<std::string>{"first :1 0 base=1", "second :4 1 base=2",
                                         "broken :5 2 not valid JSON:", "line-7 :7 3 base=4"});
}
