// An unknown key written with an escape (found by fuzz_offer, issue 15): unescaping the key to match it
// consumed it in simdjson, and the warning then read the key again through a null pointer. Builds without
// simdjson's development checks said nothing about the key; -O0 builds (the sanitizer build) aborted.
#include <catch2/catch.hpp>

#include "test_eval_support.hpp"

using namespace rubric;
using namespace rubric::test;

TEST_CASE("an unknown key written with escapes is warned about as written", "[reader][warnings]") {
  auto rubric = compile_ok("rubric \"E\"\noffer {\n  comp.base : money\n}\n"
                           "criterion pay \"Pay\" weight 100 {\n  score comp.base / 20000\n}\n");
  RunOutput out = score(*rubric, {R"({"id": "a", "comp": {"base": 1, "b\u006fnus": 2}, "\u0000k": null})"});
  const OfferResult& a = offer(out.run, "a");
  CHECK(a.scored);
  REQUIRE(a.warnings.size() == 2);
  CHECK(a.warnings[0].message ==
        R"($.comp.b\u006fnus: not in the rubric (list it in the rubric's ignore { } if it is meant to be there))");
  CHECK(a.warnings[1].message ==
        R"($.\u0000k: not in the rubric (list it in the rubric's ignore { } if it is meant to be there))");
}
