// A JSON Lines stream -> split into documents (as `rubric eval -` reads stdin), each read and scored
// against a shipped rubric and written as its jsonl line, both ways the batch path writes it.
#include <cstdio>

#include <rubric/result_json.hpp>
#include "fuzz_support.hpp"
#include "rubric/base/json_writer.hpp"
#include "rubric/vm/evaluate.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rubric;
  static const auto rubric = fuzz::shipped_rubric("platform-reliability.rubric");
  std::string bytes = fuzz::text_of(data, size);
  std::FILE* file = fmemopen(bytes.empty() ? nullptr : bytes.data(), bytes.size(), "rb");
  if (!file) return 0;
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
