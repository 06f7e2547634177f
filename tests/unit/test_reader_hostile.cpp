// Hand-made hostile JSON in tests/data/json/hostile: bad_* must be rejected as JSON, ok_* read clean.
#include <catch2/catch.hpp>

#include <filesystem>

#include "rubric/input/inputs.hpp"

using namespace rubric;
using Catch::Matchers::StartsWith;

TEST_CASE("reader rejects every hand-made invalid document and accepts the valid ones", "[reader]") {
  InputStream in({std::string(RUBRIC_SOURCE_DIR) + "/tests/data/json/hostile"});
  OfferReader reader(OfferSchema{});
  InputDocument doc;
  Facts facts;
  int bad = 0;
  int ok = 0;
  while (in.next(doc)) {
    reader.read(doc, facts);
    const std::string name = std::filesystem::path(doc.source).filename().string();
    INFO(name);
    if (name.rfind("bad_", 0) == 0) {
      ++bad;
      REQUIRE(facts.errors.size() == 1);
      const std::string& message = facts.errors[0].message;
      CHECK((message.rfind("not valid JSON: ", 0) == 0 || message.rfind("nested too deeply", 0) == 0));
    } else {
      ++ok;
      CHECK(facts.errors.empty());
    }
  }
  CHECK(in.input_errors().empty());
  CHECK(bad == 24);
  CHECK(ok == 7);
}
