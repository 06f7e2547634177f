// Work grows linearly with input size (issue 15, point 4): the same input at 10x the size costs about 10x
// the steps, counted by the code itself rather than timed. The profile locator once rebuilt the whole JSON
// pointer of every value, so 30,000 nested lists under an unused key took 6 s in `rubric draft` and
// 100,000 took 75 s: 100x the work for 10x the size.
#include <catch2/catch.hpp>

#include <string>

#include "rubric/draft/profile_locate.hpp"

using namespace rubric;

namespace {

std::string nested_lists(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

// Returns the locator's steps to find `target` in a profile whose unused key "x" nests `depth` lists.
std::size_t steps_past_nesting(std::size_t depth, std::string_view target) {
  std::string text = R"({"x": )" + nested_lists(depth) + R"(, "name": "a", "email": "a@b.co", "achievements": []})";
  std::size_t steps = 0;
  std::size_t at = locate_json_value_counting(text, target, steps);
  CHECK(at > depth);  // found after the nesting
  return steps;
}

// Returns the locator's steps to find the innermost value of `depth` nested lists.
std::size_t steps_into_nesting(std::size_t depth) {
  std::string text = R"({"a": )" + std::string(depth, '[') + "7" + std::string(depth, ']') + "}";
  std::string pointer = "/a";
  for (std::size_t i = 0; i < depth; ++i) pointer += "/0";
  std::size_t steps = 0;
  CHECK(locate_json_value_counting(text, pointer, steps) == 6 + depth);
  return steps;
}

void check_tenfold(std::size_t small, std::size_t large) {
  INFO("steps: " << small << " at 1x, " << large << " at 10x");
  CHECK(large >= 9 * small);
  CHECK(large <= 11 * small);
}

}  // namespace

TEST_CASE("locating a key after nested lists: 10x the nesting, about 10x the steps", "[draft][limits]") {
  check_tenfold(steps_past_nesting(10000, "/email"), steps_past_nesting(100000, "/email"));
  check_tenfold(steps_past_nesting(10000, "/achievements"), steps_past_nesting(100000, "/achievements"));
}

TEST_CASE("locating a value inside nested lists: 10x the depth, about 10x the steps", "[draft][limits]") {
  check_tenfold(steps_into_nesting(10000), steps_into_nesting(100000));
}
