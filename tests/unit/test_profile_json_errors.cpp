// Every exception nlohmann/json can throw while reading a profile becomes a located error (issue 17):
// nothing escapes the library, and each message names the file, the line and column, and the path.
#include <catch2/catch.hpp>

#include <string>

#include <rubric/profile.hpp>

using namespace rubric;

namespace {

std::string first_line(const std::string& message) { return message.substr(0, message.find('\n')); }

ProfileLoad parse_quietly(const std::string& text) {
  ProfileLoad load;
  REQUIRE_NOTHROW(load = parse_profile("profile.json", text));
  CHECK_FALSE(load.profile);
  return load;
}

}  // namespace

TEST_CASE("a number beyond a double at the top level is out of range at 1:1", "[draft][json]") {
  ProfileLoad load = parse_quietly("1e400");
  CHECK(first_line(load.error) == "profile.json:1:1: error: $: number out of range (beyond what a double holds, "
                                  "about 1.8e308)");
}

TEST_CASE("a number beyond a double in a member names the member and its column", "[draft][json]") {
  ProfileLoad load = parse_quietly(R"({"name": "a", "email": "a@b.co", "achievements": [], "x": 1e400})");
  CHECK(first_line(load.error).rfind("profile.json:1:59: error: $.x: number out of range", 0) == 0);
  CHECK(load.error.find("internal error") == std::string::npos);
}

TEST_CASE("a negative overflow deep in a list names the element's path and line", "[draft][json]") {
  ProfileLoad load = parse_quietly("{\"name\": \"a\",\n \"achievements\": [{\"text\": \"t\", \"tags\": [\"x\",\n"
                                   "   -2e999]}]}");
  CHECK(first_line(load.error) == "profile.json:3:4: error: $.achievements[0].tags[1]: number out of range "
                                  "(beyond what a double holds, about 1.8e308)");
}

TEST_CASE("a number overflow after a nested list counts that list as one element", "[draft][json]") {
  ProfileLoad load = parse_quietly(R"({"a": [[1, 2], {"b": [true]}, 9e9999]})");
  CHECK(first_line(load.error).rfind("profile.json:1:31: error: $.a[2]: number out of range", 0) == 0);
}

TEST_CASE("a key with a slash or a tilde is spelled as written in the path", "[draft][json]") {
  ProfileLoad load = parse_quietly(R"({"a/b": {"c~d": 1e500}})");
  CHECK(first_line(load.error).rfind("profile.json:1:17: error: $.a/b.c~d: number out of range", 0) == 0);
}

TEST_CASE("a syntax error is invalid JSON at its position", "[draft][json]") {
  ProfileLoad load = parse_quietly("{\"name\": \"a\",\n \"email\": }");
  CHECK(first_line(load.error).rfind("profile.json:2:11: error: invalid JSON: ", 0) == 0);
}

TEST_CASE("invalid UTF-8 in a string is invalid JSON at its position", "[draft][json]") {
  ProfileLoad load = parse_quietly("{\"name\": \"a\xff\"}");
  CHECK(first_line(load.error).rfind("profile.json:1:", 0) == 0);
  CHECK(load.error.find("invalid JSON: ") != std::string::npos);
  CHECK(load.error.find("[json.exception") == std::string::npos);
}

TEST_CASE("a lone surrogate escape is invalid JSON at its position", "[draft][json]") {
  ProfileLoad load = parse_quietly(R"({"name": "\ud800"})");
  CHECK(first_line(load.error).rfind("profile.json:1:", 0) == 0);
  CHECK(load.error.find("surrogate") != std::string::npos);
}

TEST_CASE("an empty profile and one cut short are invalid JSON, not exceptions", "[draft][json]") {
  CHECK(first_line(parse_quietly("").error).rfind("profile.json:1:1: error: invalid JSON: ", 0) == 0);
  CHECK(first_line(parse_quietly("{\"name\": [").error).rfind("profile.json:1:11: error: invalid JSON: ", 0) == 0);
}

TEST_CASE("a profile with a byte order mark reads", "[draft][json]") {
  ProfileLoad load = parse_profile("profile.json", "\xEF\xBB\xBF{\"name\": \"Sam\", \"email\": \"sam@example.com\"}");
  CHECK(load.error.empty());
  REQUIRE(load.profile);
  CHECK(load.profile->name == "Sam");
}

TEST_CASE("locate_json_error finds nothing in JSON that parses", "[draft][json]") {
  CHECK_FALSE(locate_json_error(R"({"a": [1, 2, {"b": null}]})").failed);
  JsonErrorPlace place = locate_json_error(R"({"a": [1, 1e400]})");
  CHECK(place.failed);
  CHECK(place.pointer == "/a/1");
  CHECK(place.offset == 10);
}
