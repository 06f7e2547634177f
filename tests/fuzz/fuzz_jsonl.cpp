// A JSON Lines stream -> split into documents (as `rubric eval -` reads stdin), each read and scored
// against a shipped rubric and written as its jsonl line, both ways the batch path writes it; then split
// again a block at a time (InputStream::fill, lines read straight into the arena), to the same documents.
#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include <rubric/result_json.hpp>
#include "fuzz_support.hpp"
#include "rubric/base/json_writer.hpp"
#include "rubric/input/document_block.hpp"
#include "rubric/vm/evaluate.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rubric;
  static const auto rubric = fuzz::shipped_rubric("platform-reliability.rubric");
  // The reader reads a file descriptor, as it reads stdin: an in-memory file has one.
  int fd = memfd_create("fuzz.jsonl", 0);
  if (fd < 0) return 0;
  if (size > 0 && write(fd, data, size) != static_cast<ssize_t>(size)) {
    close(fd);
    return 0;
  }
  lseek(fd, 0, SEEK_SET);
  std::FILE* file = fdopen(fd, "rb");
  if (!file) {
    close(fd);
    return 0;
  }
  std::vector<std::string> seen;
  const auto describe = [](const InputDocument& doc) {
    return doc.source + "|" + std::to_string(doc.ordinal) + "|" + std::string(doc.json) + "|" + doc.error.value_or("");
  };
  {
    InputStream stream({"-"}, file);
    OfferReader reader(rubric->schema());
    Evaluator evaluator(rubric->plan());
    InputDocument doc;
    std::string lines;
    JsonBuffer direct;
    while (stream.next(doc)) {
      seen.push_back(describe(doc));
      Facts facts;
      if (doc.error) continue;
      reader.read(doc, facts);
      OfferResult result, quick;
      evaluator.evaluate(facts, nullptr, result);
      append_offer_jsonl(lines, result);
      evaluator.evaluate_jsonl(facts, nullptr, quick, direct);
    }
  }
  std::rewind(file);
  {
    InputStream stream({"-"}, file);
    DocumentBlock block;
    std::size_t i = 0;
    while (stream.fill(block, 3, std::size_t{1} << 20)) {
      for (std::size_t d = 0; d < block.docs.size(); ++d, ++i) {
        if (i >= seen.size() || describe(block.view(d)) != seen[i]) __builtin_trap();
      }
      block.clear();
    }
    if (i != seen.size()) __builtin_trap();
  }
  std::fclose(file);
  return 0;
}
