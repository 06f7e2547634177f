// InputStream::fill(), which reads JSON Lines straight into a batch's arena, against next(), one document at
// a time: the same documents, names, ordinals and errors on awkward line layouts and mixed inputs.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "rubric/input/document_block.hpp"
#include "rubric/input/inputs.hpp"

using namespace rubric;

namespace {

const std::string kData = std::string(RUBRIC_SOURCE_DIR) + "/tests/data/json";

// Everything a consumer sees of one document.
std::string describe(const InputDocument& doc) {
  volatile char last = doc.json.data()[doc.json.size() + kJsonPadding - 1];  // padding readable (ASan)
  (void)last;
  return doc.source + "|" + doc.fallback_id + "|" + std::to_string(doc.ordinal) + "|" + std::string(doc.json) + "|" +
         (doc.error ? *doc.error : "-");
}

std::vector<std::string> errors_of(const InputStream& in) {
  std::vector<std::string> out;
  for (const auto& e : in.input_errors()) out.push_back(to_string(e));
  return out;
}

std::vector<std::string> one_at_a_time(const std::vector<std::string>& inputs, std::vector<std::string>& errors) {
  InputStream in(inputs);
  std::vector<std::string> out;
  InputDocument doc;
  while (in.next(doc)) out.push_back(describe(doc));
  errors = errors_of(in);
  return out;
}

std::vector<std::string> by_blocks(const std::vector<std::string>& inputs, std::size_t max_docs, std::size_t max_bytes,
                                   std::vector<std::string>& errors) {
  InputStream in(inputs);
  std::vector<std::string> out;
  DocumentBlock block;
  std::size_t first = 0;
  while (in.fill(block, max_docs, max_bytes)) {
    REQUIRE(block.docs.size() - first <= max_docs);
    for (std::size_t i = first; i < block.docs.size(); ++i) out.push_back(describe(block.view(i)));
    // Every other block is kept, so documents also land after others in the same arena.
    if (out.size() % 2 == 0) block.clear();
    first = block.docs.size();
  }
  errors = errors_of(in);
  return out;
}

// One line of the awkward file: short and long offers, blank and whitespace lines, CRLF endings, and
// lines longer than one read (256 KiB), so a line is held back across several reads.
std::string awkward_line(std::mt19937& random) {
  const unsigned kind = random() % 20;
  if (kind == 0) return "";
  if (kind == 1) return " \t ";
  if (kind == 2) return std::string(random() % 3 == 0 ? 300000 : 700000, ' ') + "{\"long\": true}";
  std::string line = "{\"id\": \"o" + std::to_string(random() % 100000) + "\", \"pad\": \"" +
                     std::string(random() % 600, 'x') + "\"}";
  if (kind == 3) line += "\r";
  return line;
}

struct TempFiles {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "rubric-test-input-blocks";
  TempFiles() { std::filesystem::create_directories(dir); }
  ~TempFiles() { std::filesystem::remove_all(dir); }
  std::string write(const std::string& name, const std::string& text) const {
    const auto path = dir / name;
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
  }
};

}  // namespace

TEST_CASE("fill() yields what next() yields, whatever the block limits", "[reader][blocks]") {
  TempFiles files;
  std::mt19937 random(20261204);
  std::string text = "\xEF\xBB\xBF{\"first\": 1}\n";
  for (int i = 0; i < 3000; ++i) text += awkward_line(random) + "\n";
  text += "{\"last\": \"no newline\"}";
  const std::string lines = files.write("awkward.jsonl", text);
  const std::string blank_end = files.write("blank-end.ndjson", "{}\n\n   ");
  const std::string empty = files.write("empty.jsonl", "");
  const std::vector<std::string> inputs = {
      kData + "/folder", lines, kData + "/missing.jsonl", blank_end, kData + "/bom.json", empty, lines};
  std::vector<std::string> expected_errors;
  const auto expected = one_at_a_time(inputs, expected_errors);
  REQUIRE(expected.size() > 5000);
  REQUIRE(expected_errors.size() == 1);
  for (std::size_t max_docs : {1, 2, 5, 100, 2048}) {
    for (std::size_t max_bytes : {std::size_t{1}, std::size_t{1000}, std::size_t{8} << 20}) {
      INFO("at most " << max_docs << " documents, " << max_bytes << " bytes");
      std::vector<std::string> errors;
      const auto got = by_blocks(inputs, max_docs, max_bytes, errors);
      REQUIRE(got.size() == expected.size());
      for (std::size_t i = 0; i < got.size(); ++i) REQUIRE(got[i] == expected[i]);
      CHECK(errors == expected_errors);
    }
  }
}

TEST_CASE("fill() reads JSON Lines and a pretty-printed document from standard input as next() does",
          "[reader][blocks][stdin]") {
  for (const std::string text : {"{\"a\": 1}\n\n{\"a\": 2}\r\n{\"a\": 3}", "{\n  \"a\": 1\n}\n"}) {
    INFO(text);
    std::vector<std::string> expected, got;
    for (bool blocks : {false, true}) {
      std::FILE* file = std::tmpfile();
      REQUIRE(file != nullptr);
      std::fwrite(text.data(), 1, text.size(), file);
      std::rewind(file);
      InputStream in({"-", kData + "/folder/c.json"}, file);
      auto& out = blocks ? got : expected;
      if (blocks) {
        DocumentBlock block;
        while (in.fill(block, 2, 1 << 20)) {
          for (std::size_t i = 0; i < block.docs.size(); ++i) out.push_back(describe(block.view(i)));
          block.clear();
        }
      } else {
        InputDocument doc;
        while (in.next(doc)) out.push_back(describe(doc));
      }
      std::fclose(file);
    }
    CHECK(got == expected);
    CHECK(got.size() >= 2);
  }
}
