#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>
#include <limits>
#include <set>

#include <rubric/result_json.hpp>
#include "test_output_fixture.hpp"

using namespace rubric;
using nlohmann::json;

namespace {

std::set<std::string> keys_of(const json& object) {
  std::set<std::string> keys;
  for (const auto& [key, value] : object.items()) keys.insert(key);
  return keys;
}

/// Returns the single jsonl line of `offer`, checked to end in exactly one newline.
std::string jsonl_line(const OfferResult& offer) {
  std::string out;
  append_offer_jsonl(out, offer);
  REQUIRE(!out.empty());
  REQUIRE(out.back() == '\n');
  REQUIRE(out.find('\n') == out.size() - 1);
  return out;
}

bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

}  // namespace

TEST_CASE("run_to_json has the section 7 shape", "[cli][result_json]") {
  const json doc = run_to_json(test::core_run());
  CHECK(keys_of(doc) == std::set<std::string>{"rubric", "scale", "offers", "decision"});
  CHECK(doc["rubric"] == "Platform reliability offers");
  CHECK(doc["scale"] == json::array({0, 10}));
  REQUIRE(doc["offers"].size() == 3);
  CHECK(doc["offers"][0]["id"] == "northwind");
  CHECK(doc["offers"][1]["id"] == "lumen");

  const json& north = doc["offers"][0];
  CHECK(keys_of(north) == std::set<std::string>{"id", "source", "company", "role", "rank", "total", "weighted",
                                                "vetoed", "criteria", "flags", "confirm", "asks", "errors"});
  CHECK(north["rank"] == 1);
  CHECK(north["total"] == 7.84);
  CHECK(north["vetoed"] == false);
  CHECK(north["errors"] == json::array());
  CHECK(north["flags"] == json::array());
  REQUIRE(north["criteria"].size() == 5);
  CHECK(keys_of(north["criteria"][0]) ==
        std::set<std::string>{"id", "label", "weight", "score", "contribution", "because"});
  CHECK(north["criteria"][0]["weight"] == 30);
  CHECK(north["criteria"][0]["score"] == 10);
  CHECK(north["criteria"][0]["contribution"] == 3.0);
  CHECK(north["confirm"][0] ==
        json({{"id", "written_scope"}, {"label", "Responsibilities in writing"}, {"confirmed", true}}));
  const json& ask = north["asks"][0];
  CHECK(keys_of(ask) == std::set<std::string>{"id", "label", "range", "because", "cite"});
  CHECK(ask["range"][0].get<double>() == 275616.00000000006);
  CHECK(ask["range"][1] == 293480);
  CHECK(ask["cite"] == json::array({"reliability", "incidents"}));
}

TEST_CASE("json: clamped criteria, flag effects and asks without range", "[cli][result_json]") {
  const json lumen = offer_to_json(test::lumen());
  const json& burden = lumen["criteria"][3];
  CHECK(burden["clamped"] == true);
  CHECK(burden["raw_score"] == -1);
  CHECK_FALSE(lumen["criteria"][0].contains("clamped"));
  CHECK(keys_of(lumen["flags"][0]) == std::set<std::string>{"id", "label", "severity", "penalty", "because"});
  CHECK(lumen["flags"][0]["severity"] == "critical");
  CHECK(lumen["flags"][1]["cap"] == 6);
  CHECK_FALSE(lumen["flags"][1].contains("veto"));
  CHECK(lumen["asks"][0]["range"].is_null());
  CHECK_FALSE(lumen["asks"][0].contains("cite"));
  CHECK_FALSE(lumen.contains("role"));
  // Full precision: the exact double, not the two-decimal rendering.
  CHECK(same_bits(lumen["total"].get<double>(), 3.8041666666666667));
  CHECK(same_bits(lumen["criteria"][4]["score"].get<double>(), 11.0 / 3.0));
}

TEST_CASE("json: an unscored offer has null rank, total and weighted and lists its errors", "[cli][result_json]") {
  const json broken = offer_to_json(test::broken());
  CHECK(broken["rank"].is_null());
  CHECK(broken["total"].is_null());
  CHECK(broken["weighted"].is_null());
  CHECK(broken["errors"] == json::array({"$.comp.base: expected money (a number), found string \"182k\""}));
  CHECK(broken["criteria"] == json::array());
}

TEST_CASE("json: decision fields and the weight note", "[cli][result_json]") {
  RunResult run = test::core_run();
  json doc = run_to_json(run);
  const json& d = doc["decision"];
  CHECK(keys_of(d) == std::set<std::string>{"recommended", "margin", "close_call", "runner_up", "tie", "tied",
                                            "all_vetoed", "summary"});
  CHECK(d["recommended"] == "northwind");
  CHECK(d["runner_up"] == "lumen");
  CHECK(d["close_call"] == false);
  CHECK(std::fabs(d["margin"].get<double>() - 4.0358333333) < 1e-9);
  CHECK_FALSE(doc.contains("weight_note"));

  run.decision = {};
  run.decision.tie = true;
  run.decision.tied = {"a", "b"};
  run.weight_note = "weights rescaled for --weight pay=40";
  doc = run_to_json(run);
  CHECK(doc["decision"]["recommended"].is_null());
  CHECK(doc["decision"]["margin"].is_null());
  CHECK(doc["decision"]["tied"] == json::array({"a", "b"}));
  CHECK(doc["weight_note"] == "weights rescaled for --weight pay=40");
}

TEST_CASE("jsonl lines equal offer_to_json without the rank", "[cli][result_json]") {
  for (const OfferResult& offer : {test::northwind(), test::lumen(), test::broken()}) {
    json expected = offer_to_json(offer);
    expected.erase("rank");
    const json parsed = json::parse(jsonl_line(offer));
    CHECK(parsed == expected);
  }
}

TEST_CASE("jsonl escapes strings exactly as nlohmann does", "[cli][result_json]") {
  const std::string tricky[] = {
      "plain",
      "quote \" backslash \\ slash /",
      std::string("controls \b\f\n\r\t \x01 \x1f \x7f end"),
      std::string("nul \0 inside", 12),
      "utf-8: caf\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x98\x80",
  };
  for (const auto& s : tricky) {
    OfferResult offer = test::broken();
    offer.id = s;
    const std::string expected = "{\"id\":" + json(s).dump() + ",";
    CHECK(jsonl_line(offer).rfind(expected, 0) == 0);
    CHECK(json::parse(jsonl_line(offer))["id"] == s);
  }
}

TEST_CASE("jsonl replaces invalid UTF-8 like nlohmann's replace mode", "[cli][result_json]") {
  const std::string invalid[] = {"bad \xFF byte",
                                 "cut \xE6\x97",
                                 "overlong \xC0\xAF",
                                 "surrogate \xED\xA0\x80 x",
                                 "stray \x80\x80 continuation",
                                 "mixed \xE2\x82\x41 A",
                                 "tail \xF0\x9F\x98"};
  for (const auto& s : invalid) {
    OfferResult offer = test::broken();
    offer.source = s;
    const json parsed = json::parse(jsonl_line(offer));
    const std::string replaced = json(s).dump(-1, ' ', false, json::error_handler_t::replace);
    CHECK(parsed["source"] == json::parse(replaced));
  }
}

TEST_CASE("jsonl numbers read back to the same double", "[cli][result_json]") {
  const double values[] = {0.1 + 0.2, 1e-7, 1e300, -2.5, 5e-324, 123456789.125, 9007199254740993.0, -0.0, 42};
  for (double v : values) {
    OfferResult offer = test::northwind();
    offer.total = v;
    const json parsed = json::parse(jsonl_line(offer));
    CHECK(same_bits(parsed["total"].get<double>(), v == 0 ? 0.0 : v));
    CHECK(parsed == [&] {
      json j = offer_to_json(offer);
      j.erase("rank");
      return j;
    }());
  }
  OfferResult offer = test::northwind();
  offer.total = std::numeric_limits<double>::quiet_NaN();
  CHECK(json::parse(jsonl_line(offer))["total"].is_null());
  offer.total = 30;
  CHECK(jsonl_line(offer).find("\"total\":30,") != std::string::npos);
}

TEST_CASE("jsonl appends to the buffer it is given", "[cli][result_json]") {
  std::string out = "previous\n";
  append_offer_jsonl(out, test::northwind());
  append_offer_jsonl(out, test::lumen());
  CHECK(out.rfind("previous\n{\"id\":\"northwind\"", 0) == 0);
  CHECK(std::count(out.begin(), out.end(), '\n') == 3);
}

TEST_CASE("jsonl writes worst-case escaping in full", "[cli][result_json]") {
  OfferResult offer = test::lumen();
  offer.id = std::string(10000, '\x01');
  offer.company = std::string(5000, '\xFF');
  offer.criteria[0].because.assign(50, std::string(300, '"'));
  offer.flags[0].because = {std::string(7, 'a') + "\\" + std::string(9, 'b')};  // a special byte across words
  const std::string line = jsonl_line(offer);
  const json parsed = json::parse(line);
  CHECK(parsed["id"] == offer.id);
  CHECK(parsed["company"].get<std::string>().size() == 5000 * 3);
  CHECK(parsed["criteria"][0]["because"][49] == std::string(300, '"'));
  CHECK(parsed["flags"][0]["because"][0] == offer.flags[0].because[0]);
  json expected = offer_to_json(offer);
  expected.erase("rank");
  expected["company"] = parsed["company"];  // nlohmann keeps invalid bytes in values; they only matter on dump
  CHECK(parsed == expected);
}
