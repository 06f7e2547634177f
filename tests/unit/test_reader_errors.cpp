// The offer reader's error messages: JSON path, what was expected, what was found.
#include <catch2/catch.hpp>

#include "test_reader_support.hpp"

using namespace rubric;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using rubric::test::messages;
using rubric::test::Reading;

namespace {

using Messages = std::vector<std::string>;

// A valid offer with `replace` put in place of `{"base": 182000}` for comp.
std::string offer_with_comp(std::string_view comp) {
  return std::string(R"({"comp": )") + std::string(comp) + R"(, "scope": {"level": "org"}, "team": {"size": 4}})";
}

}  // namespace

TEST_CASE("reader names the path, the expected type and the value found", "[reader]") {
  Reading r(test::offer_schema());
  CHECK(messages(r.read(offer_with_comp(R"({"base": "182k"})"))) ==
        Messages{R"($.comp.base: expected money (a number), found string "182k")"});
  CHECK(messages(r.read(offer_with_comp(R"({"base": true})"))) ==
        Messages{"$.comp.base: expected money (a number), found true"});
  CHECK(messages(r.read(offer_with_comp(R"({"base": [1]})"))) ==
        Messages{"$.comp.base: expected money (a number), found array"});
  CHECK(messages(r.read(offer_with_comp(R"({"base": {"value": {"n": 1}}})"))) ==
        Messages{"$.comp.base: expected money (a number), found object"});
  CHECK(messages(r.read(offer_with_comp(R"({"base": 1, "bonus_pct": "10%"})"))) ==
        Messages{R"($.comp.bonus_pct: expected percent (a number of percent points), found string "10%")"});
  CHECK(messages(r.read(offer_with_comp(R"({"base": 1}, "promotion": {"ladder_published": 1})"))) ==
        Messages{"$.promotion.ladder_published: expected bool (true or false), found number 1"});
  CHECK(messages(r.read(offer_with_comp(R"({"base": 1}, "notes": 12.50)"))) ==
        Messages{"$.notes: expected text (a string), found number 12.50"});
}

TEST_CASE("reader lists the members of an enumeration it did not find", "[reader]") {
  Reading r(test::offer_schema());
  const Facts& f = r.read(R"({"comp": {"base": 1}, "scope": {"level": "galaxy"}, "team": {"size": 4}})");
  CHECK(messages(f) == Messages{R"($.scope.level: expected one of "team", "multi-team", "org", found "galaxy")"});
  const Facts& g = r.read(R"({"comp": {"base": 1}, "scope": {"level": 3}, "team": {"size": 4}})");
  CHECK(messages(g) == Messages{R"($.scope.level: expected one of "team", "multi-team", "org", found number 3)"});
}

TEST_CASE("reader cuts long values in messages", "[reader]") {
  Reading r(test::offer_schema());
  std::string long_text(500, 'z');
  const Facts& f = r.read(offer_with_comp(R"({"base": ")" + long_text + R"("})"));
  REQUIRE(f.errors.size() == 1);
  CHECK(f.errors[0].message ==
        R"($.comp.base: expected money (a number), found string ")" + std::string(40, 'z') + R"(...")");
  const Facts& g = r.read(offer_with_comp(R"({"base": "a\"b\\c\u0001"})"));
  CHECK(messages(g) == Messages{R"($.comp.base: expected money (a number), found string "a\"b\\c\u0001")"});
}

TEST_CASE("reader reports missing required fields with their type", "[reader]") {
  Reading r(test::offer_schema());
  CHECK(messages(r.read(R"({"comp": {"base": 1}, "scope": {"level": "org"}})")) ==
        Messages{"$.team.size: missing required field (number)"});
  CHECK(messages(r.read(R"({"comp": {"base": 1}, "scope": {"level": "org"}, "team": {"size": null}})")) ==
        Messages{"$.team.size: missing required field (number)"});
  CHECK(messages(r.read(R"({"comp": {"base": {"source": "no value"}}, "scope": {}, "team": {"size": 1}})")) ==
        Messages{"$.comp.base: missing required field (money)",
                 R"($.scope.level: missing required field (one of "team", "multi-team", "org"))"});
}

TEST_CASE("reader reports every field error of one offer", "[reader]") {
  Reading r(test::offer_schema());
  const Facts& f = r.read(R"({"comp": {"base": "182k", "bonus_pct": false},
                              "scope": {"level": "galaxy"}, "notes": ["a"]})");
  CHECK(messages(f) == Messages{
                           R"($.comp.base: expected money (a number), found string "182k")",
                           "$.comp.bonus_pct: expected percent (a number of percent points), found false",
                           R"($.scope.level: expected one of "team", "multi-team", "org", found "galaxy")",
                           "$.notes: expected text (a string), found array",
                           "$.team.size: missing required field (number)",
                       });
}

TEST_CASE("reader reports a container that is not an object once", "[reader]") {
  Reading r(test::offer_schema());
  CHECK(messages(r.read(R"({"comp": 5, "scope": {"level": "org"}, "team": {"size": 4}})")) ==
        Messages{"$.comp: expected an object, found number 5"});
  CHECK(messages(r.read(R"({"comp": {"base": 1}, "scope": "org", "team": {"size": 4}})")) ==
        Messages{R"($.scope: expected an object, found string "org")"});
}

TEST_CASE("reader rejects duplicate keys of declared fields", "[reader]") {
  Reading r(test::offer_schema());
  CHECK(messages(r.read(offer_with_comp(R"({"base": 1, "base": 2})"))) == Messages{R"($.comp: duplicate key "base")"});
  CHECK(messages(r.read(R"({"comp": {"base": 1}, "scope": {"level": "org"}, "team": {"size": 4},
                            "team": {"size": 5}})")) == Messages{R"($: duplicate key "team")"});
  CHECK(messages(r.read(offer_with_comp(R"({"base": {"value": 1, "value": 2}})"))) ==
        Messages{R"($.comp.base: duplicate key "value")"});
  // Keys the rubric does not declare may repeat: nothing is read from them.
  CHECK(messages(r.read(offer_with_comp(R"({"base": 1, "currency": "USD", "currency": "EUR"})"))).empty());
}

TEST_CASE("reader rejects a source that is not a string", "[reader]") {
  Reading r(test::offer_schema());
  CHECK(messages(r.read(offer_with_comp(R"({"base": {"value": 1, "source": 3}})"))) ==
        Messages{"$.comp.base.source: expected text (a string), found number 3"});
}

TEST_CASE("reader reports numbers out of double range", "[reader]") {
  Reading r(test::offer_schema());
  CHECK(messages(r.read(offer_with_comp(R"({"base": 1e400})"))) ==
        Messages{"$.comp.base: expected money (a number), found number 1e400 (out of double range)"});
  CHECK(messages(r.read(offer_with_comp(R"({"base": -1.5E+999 })"))) ==
        Messages{"$.comp.base: expected money (a number), found number -1.5E+999 (out of double range)"});
  // Unused, a huge number is still JSON; a tiny one reads as zero.
  CHECK(messages(r.read(offer_with_comp(R"({"base": 1e-400, "other": 1e400})"))).empty());
  CHECK(r.read(offer_with_comp(R"({"base": 123456789012345678901234567890})")).numbers[0] == 1.2345678901234568e29);
}

TEST_CASE("reader says what a document is when it is not an offer object", "[reader]") {
  Reading r(OfferSchema{});
  CHECK(messages(r.read("[1, 2]")) == Messages{"expected a JSON object (an offer), found array"});
  CHECK(messages(r.read(R"("offer")")) == Messages{"expected a JSON object (an offer), found string"});
  CHECK(messages(r.read("12")) == Messages{"expected a JSON object (an offer), found number"});
  CHECK(messages(r.read("null")) == Messages{"expected a JSON object (an offer), found null"});
  CHECK(messages(r.read("")) == Messages{"empty document"});
  CHECK(messages(r.read(" \r\n\t ")) == Messages{"empty document"});
  CHECK(messages(r.read("\xEF\xBB\xBF")) == Messages{"empty document"});
}

TEST_CASE("reader reports invalid JSON with simdjson's message and a position", "[reader]") {
  Reading r(test::offer_schema());
  const Facts& f = r.read(R"({"comp": {"base": 1,, "x": 2}})");
  REQUIRE(f.errors.size() == 1);
  CHECK_THAT(f.errors[0].message, StartsWith("not valid JSON: "));
  CHECK_THAT(f.errors[0].message, Contains("(at column"));
  const Facts& g = r.read("{\n  \"comp\": {\"base\": 1},\n  \"x\": tru\n}");
  REQUIRE(g.errors.size() == 1);
  CHECK_THAT(g.errors[0].message, StartsWith("not valid JSON: "));
  CHECK_THAT(g.errors[0].message, Contains("(at line 3, column"));
  const Facts& h = r.read(R"({"comp": {"base": 1}} {"again": 1})");
  CHECK(messages(h) == Messages{"not valid JSON: unexpected content after the offer's closing brace (at column 23)"});
  // Field errors found before the invalid part are dropped: the document as a whole is unreadable.
  const Facts& k = r.read(R"({"comp": {"base": "x"}, "y": [1,]})");
  REQUIRE(k.errors.size() == 1);
  CHECK_THAT(k.errors[0].message, StartsWith("not valid JSON: "));
}

TEST_CASE("reader rejects invalid JSON inside values it does not use", "[reader]") {
  Reading r(OfferSchema{});
  for (const char* json : {R"({"x": tru})", R"({"x": nul})", R"({"x": "\q"})", R"({"x": [1,]})", R"({"x": 01})",
                           R"({"x": 1.})", R"({"x": -})", R"({"x": {"a" 1}})", R"({"x": 1 "y": 2})", R"({"x": 1,})",
                           R"({"x": "a)", R"({"x": [})", R"({'x': 1})", R"({"x": NaN})", "{\"x\": \"\xff\"}",
                           "{\"x\": \"a\tb\"}", R"({"x": 1} })", R"({"x": 2}})", R"({"x": 0x10})"}) {
    INFO(json);
    const Facts& f = r.read(json);
    REQUIRE(f.errors.size() == 1);
    CHECK_THAT(f.errors[0].message, StartsWith("not valid JSON: "));
  }
}

TEST_CASE("reader stops at 64 levels of nesting", "[reader]") {
  Reading r(test::offer_schema());
  const std::string deep = std::string(10000, '[') + std::string(10000, ']');
  const std::string deep_objects = [] {
    std::string s;
    for (int i = 0; i < 10000; ++i) s += R"({"a":)";
    s += "1";
    s += std::string(10000, '}');
    return s;
  }();
  const Messages too_deep{"nested too deeply: more than 64 levels of objects and arrays"};
  CHECK(messages(r.read(R"({"x": )" + deep + "}")) == too_deep);
  CHECK(messages(r.read(R"({"comp": {"base": )" + deep + "}}")) == too_deep);
  CHECK(messages(r.read(R"({"comp": {"base": {"value": )" + deep_objects + "}}}")) == too_deep);
  CHECK(messages(r.read(deep_objects)) == too_deep);
  CHECK(messages(r.read(deep)) == Messages{"expected a JSON object (an offer), found array"});
  // 64 levels are fine: the root object plus 63 arrays.
  Reading empty(OfferSchema{});
  CHECK(messages(empty.read(R"({"x": )" + std::string(63, '[') + std::string(63, ']') + "}")).empty());
  CHECK(messages(empty.read(R"({"x": )" + std::string(64, '[') + std::string(64, ']') + "}")) == too_deep);
}
