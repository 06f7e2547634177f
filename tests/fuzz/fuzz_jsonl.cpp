// A JSON Lines stream -> split into documents (as `rubric eval -` reads stdin), each read and scored
// against a shipped rubric and written as its jsonl line, both ways the batch path writes it.
#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>

#include <rubric/result_json.hpp>
#include "fuzz_support.hpp"
#include "rubric/base/json_writer.hpp"
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
  {
    InputStream stream({"-"}, file);
    OfferReader reader(rubric->schema());
    Evaluator evaluator(rubric->plan());
    InputDocument doc;
    std::string lines;
    JsonBuffer direct;
    while (stream.next(doc)) {
      Facts facts;
      if (doc.error) continue;
      reader.read(doc, facts);
      OfferResult result, quick;
      evaluator.evaluate(facts, nullptr, result);
      append_offer_jsonl(lines, result);
      evaluator.evaluate_jsonl(facts, nullptr, quick, direct);
    }
  }
  std::fclose(file);
  return 0;
}
