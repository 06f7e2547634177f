// A profile nested 100,000 levels deep (issue 15): reading it, and locating an error after it, take time
// in proportion to its size. The locator once rebuilt the whole JSON pointer for every value, so an error
// after deep nesting took minutes; now it compares one token per value.
#include <catch2/catch.hpp>

#include <string>

#include <rubric/profile.hpp>

using namespace rubric;

namespace {

constexpr std::size_t kDepth = 100000;

std::string nested_lists(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

}  // namespace

TEST_CASE("a profile with 100,000 nested lists under an unused key loads", "[draft][limits]") {
  std::string text = R"({"name": "a", "email": "a@b.co", "achievements": [], "x": )" + nested_lists(kDepth) + "}";
  ProfileLoad load = parse_profile("deep.json", text);
  CHECK(load.error.empty());
  CHECK(load.profile);
}

TEST_CASE("an error after 100,000 nested lists is located past them", "[draft][limits]") {
  std::string prefix = R"({"x": )" + nested_lists(kDepth) + R"(, "name": "a", "email": )";
  ProfileLoad load = parse_profile("deep.json", prefix + R"("bad", "achievements": []})");
  CHECK_FALSE(load.profile);
  std::string expected = "deep.json:1:" + std::to_string(prefix.size() + 1) + ": error: 'email' is not a plain email";
  CHECK(load.error.rfind(expected, 0) == 0);
}

TEST_CASE("the value locator finds a value inside deep nesting", "[draft][limits]") {
  std::string text = R"({"a": )" + std::string(kDepth, '[') + "7" + std::string(kDepth, ']') + "}";
  std::string pointer = "/a";
  for (std::size_t i = 0; i < kDepth; ++i) pointer += "/0";
  CHECK(locate_json_value(text, pointer) == 6 + kDepth);
  CHECK(locate_json_value(text, pointer + "/0") == 6 + kDepth);  // missing: the nearest parent that exists
  CHECK(locate_json_value(text, "/b") == 0);                     // missing at the top: the document
}

TEST_CASE("a number out of range after deep nesting names its path", "[draft][limits]") {
  std::string text = R"({"x": )" + nested_lists(kDepth) + R"(, "y": [1e400]})";
  ProfileLoad load = parse_profile("deep.json", text);
  CHECK(load.error.find("error: $.y[0]: number out of range") != std::string::npos);
}
