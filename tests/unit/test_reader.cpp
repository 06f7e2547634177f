// The offer reader: facts, wrappers, defaults, labels.
#include <catch2/catch.hpp>

#include "test_reader_support.hpp"

using namespace rubric;
using rubric::test::messages;
using rubric::test::Reading;

namespace {

constexpr std::string_view kNorthwind = R"({
  "id": "northwind",
  "company": "Northwind Systems",
  "role": {"title": "Staff Engineer", "level": "L6"},
  "contact": {"name": "Ana", "email": "ana@example.com"},
  "comp": {"currency": "USD", "base": 182000, "bonus_pct": 10},
  "scope": {"level": "org"},
  "team": {"seniors": 4, "size": 10},
  "promotion": {"ladder_published": false},
  "notes": "fast-growing",
  "company_info": {"stage": "seed", "runway_months": 60},
  "extra": [1, 2.5e3, {"deep": [true, false, null, "x\u00e9\n"]}]
})";

}  // namespace

TEST_CASE("reader fills bare facts of every kind", "[reader]") {
  Reading r(test::offer_schema());
  const Facts& f = r.read(kNorthwind, "northwind-file", 3);
  REQUIRE(messages(f).empty());
  CHECK(f.id == "northwind");
  CHECK(f.source == "offers/northwind-file.json");
  CHECK(f.ordinal == 3);
  CHECK(f.company == "Northwind Systems");
  CHECK(f.role_title == "Staff Engineer");
  CHECK(f.contact_name == "Ana");
  CHECK(f.contact_email == "ana@example.com");
  CHECK(f.numbers[r.index("comp.base")] == 182000);
  CHECK(f.numbers[r.index("comp.bonus_pct")] == 10.0 / 100);
  CHECK(f.numbers[r.index("scope.level")] == 2);
  CHECK(f.numbers[r.index("team.size")] == 10);
  CHECK(f.numbers[r.index("promotion.ladder_published")] == 0);
  CHECK(f.texts[r.index("notes")] == "fast-growing");
  CHECK(f.numbers[r.index("company_info.stage")] == 0);
  for (auto d : f.defaulted) CHECK(d == 0);
  for (const auto& s : f.sources) CHECK(s.empty());
}

TEST_CASE("reader takes wrapped facts with their sources and ignores other wrapper keys", "[reader]") {
  Reading r(test::offer_schema());
  const Facts& f = r.read(R"({
    "comp": {"base": {"value": 165000, "source": "offer letter, page 1", "note": {"x": [1]}},
             "bonus_pct": {"source": "recruiter call", "value": 12.5}},
    "scope": {"level": {"value": "multi-team", "source": "hiring manager"}},
    "team": {"size": {"value": 7}},
    "promotion": {"ladder_published": {"value": true, "source": null}},
    "notes": {"value": "wrapped \"text\"", "source": "me"}
  })");
  REQUIRE(messages(f).empty());
  CHECK(f.numbers[r.index("comp.base")] == 165000);
  CHECK(f.sources[r.index("comp.base")] == "offer letter, page 1");
  CHECK(f.numbers[r.index("comp.bonus_pct")] == 12.5 / 100);
  CHECK(f.sources[r.index("comp.bonus_pct")] == "recruiter call");
  CHECK(f.numbers[r.index("scope.level")] == 1);
  CHECK(f.sources[r.index("scope.level")] == "hiring manager");
  CHECK(f.numbers[r.index("team.size")] == 7);
  CHECK(f.sources[r.index("team.size")].empty());
  CHECK(f.numbers[r.index("promotion.ladder_published")] == 1);
  CHECK(f.texts[r.index("notes")] == "wrapped \"text\"");
  CHECK(f.sources[r.index("notes")] == "me");
}

TEST_CASE("reader applies defaults for absent and null facts", "[reader]") {
  Reading r(test::offer_schema());
  const Facts& f = r.read(R"({"comp": {"base": 1, "bonus_pct": null}, "scope": {"level": "team"},
                              "team": {"size": 3}, "promotion": null,
                              "notes": {"value": null, "source": "dropped with its null value"}})");
  REQUIRE(messages(f).empty());
  CHECK(f.numbers[r.index("comp.bonus_pct")] == 0.05);
  CHECK(f.defaulted[r.index("comp.bonus_pct")] == 1);
  CHECK(f.numbers[r.index("promotion.ladder_published")] == 1);
  CHECK(f.defaulted[r.index("promotion.ladder_published")] == 1);
  CHECK(f.texts[r.index("notes")] == "none");
  CHECK(f.sources[r.index("notes")].empty());
  CHECK(f.defaulted[r.index("notes")] == 1);
  CHECK(f.numbers[r.index("company_info.stage")] == 1);
  CHECK(f.defaulted[r.index("company_info.stage")] == 1);
  CHECK(f.defaulted[r.index("comp.base")] == 0);
}

TEST_CASE("reader falls back to the file stem when id is not a string", "[reader]") {
  Reading r(OfferSchema{});
  CHECK(r.read(R"({"id": 42})", "lumen").id == "lumen");
  CHECK(r.read(R"({"id": ""})", "lumen").id == "lumen");
  CHECK(r.read(R"({})", "line-9").id == "line-9");
  CHECK(r.read(R"({"id": "x\u0041"})", "lumen").id == "xA");
  const Facts& f = r.read(R"({"company": 3, "role": "lead", "contact": {"email": null}})", "a");
  CHECK(messages(f).empty());
  CHECK(f.company.empty());
  CHECK(f.role_title.empty());
}

TEST_CASE("reader resets facts between documents", "[reader]") {
  Reading r(test::offer_schema());
  r.read(kNorthwind);
  const Facts& f = r.read(R"({"comp": {"base": "x"}})", "second", 1);
  CHECK(f.id == "second");
  CHECK(f.company.empty());
  CHECK(f.contact_email.empty());
  CHECK(f.texts[r.index("notes")] == "none");
  CHECK(f.numbers[r.index("comp.base")] == 0);
  CHECK(f.errors.size() == 3);
}

TEST_CASE("reader passes on a document that could not be read", "[reader]") {
  Reading r(test::offer_schema());
  const Facts& f = r.read_failed("line is longer than the 16 MiB limit for one offer");
  CHECK(messages(f) == std::vector<std::string>{"line is longer than the 16 MiB limit for one offer"});
  CHECK(f.id == "line-7");
  CHECK(f.source == "big.jsonl:7");
}

TEST_CASE("reader matches keys written with escapes and declared fields that are also labels", "[reader]") {
  OfferSchema s;
  s.fields.push_back(test::field("company", TypeKind::text));
  s.fields.push_back(test::field("comp.base", TypeKind::money));
  Reading r(s);
  const Facts& f = r.read(R"({"comp": {"b\u0061se": 5}, "company": {"value": "Acme", "source": "site"}})");
  REQUIRE(messages(f).empty());
  CHECK(f.numbers[1] == 5);
  CHECK(f.texts[0] == "Acme");
  CHECK(f.sources[0] == "site");
  CHECK(f.company == "Acme");
}

TEST_CASE("reader reads a path declared twice into both slots", "[reader]") {
  OfferSchema s;
  s.fields.push_back(test::field("team.size", TypeKind::number));
  s.fields.push_back(test::field("team.size", TypeKind::number));
  Reading r(s);
  const Facts& f = r.read(R"({"team": {"size": 8}})");
  REQUIRE(messages(f).empty());
  CHECK(f.numbers[0] == 8);
  CHECK(f.numbers[1] == 8);
}

TEST_CASE("reader skips a UTF-8 byte order mark", "[reader]") {
  Reading r(test::offer_schema());
  const Facts& f = r.read(
      "\xEF\xBB\xBF{\"comp\": {\"base\": 1}, \"scope\": {\"level\": \"org\"}, \"team\": {\"size\": 2}}");
  CHECK(messages(f).empty());
  CHECK(f.numbers[r.index("comp.base")] == 1);
}

TEST_CASE("reader matches keys by their exact bytes, whatever their length or spacing", "[reader]") {
  OfferSchema s;
  s.fields.push_back(test::field("oncall.weeks_per_quarter", TypeKind::number));
  s.fields.push_back(test::field("a.very_long_key_name_beyond_sixteen_bytes", TypeKind::number));
  s.fields.push_back(test::field("a.very_long_key_name_beyond_sixteen_bytez", TypeKind::number));
  s.fields.push_back(test::field("b", TypeKind::number, false, 7));
  Reading r(s);
  const Facts& f = r.read(R"({ "oncall" :
      { "weeks_per_quarte" : 1, "weeks_per_quarter"	:	3, "weeks_per_quarterx": 2 },
    "a": {"very_long_key_name_beyond_sixteen_bytez": 2, "very_long_key_name_beyond_sixteen_bytes": 1,
          "very_long_key_name_beyond_sixteen_byte": 9},
    "bb": 1, "": 2, "B": 3})");
  REQUIRE(messages(f).empty());
  CHECK(f.numbers[0] == 3);
  CHECK(f.numbers[1] == 1);
  CHECK(f.numbers[2] == 2);
  CHECK(f.defaulted[3] == 1);
}

TEST_CASE("reader matches enumeration members written with escapes", "[reader]") {
  OfferSchema s;
  s.fields.push_back(test::enum_field("level", {"team", "org", "a\"b", "back\\slash"}));
  Reading r(s);
  CHECK(r.read(R"({"level": "\u006frg"})").numbers[0] == 1);
  CHECK(r.read(R"({"level": "a\"b"})").numbers[0] == 2);
  CHECK(r.read(R"({"level": "back\\slash"})").numbers[0] == 3);
  CHECK(r.read(R"({"level" : "team" })").numbers[0] == 0);
  CHECK(messages(r.read(R"({"level": "teams"})")) ==
        std::vector<std::string>{R"($.level: expected one of "team", "org", "a\"b", "back\\slash", found "teams")"});
  CHECK(messages(r.read(R"({"level": "te\nam"})")) ==
        std::vector<std::string>{R"($.level: expected one of "team", "org", "a\"b", "back\\slash", found "te\nam")"});
}
