// The candidate profile: loading, validation, and errors that name the file and line.
#include <catch2/catch.hpp>

#include <string>

#include <rubric/profile.hpp>

using namespace rubric;

namespace {

const std::string kData = std::string(RUBRIC_SOURCE_DIR) + "/tests/data/draft/";

// Returns the first line of an error message (the `file:line:col: error: ...` part).
std::string first_line(const std::string& message) { return message.substr(0, message.find('\n')); }

}  // namespace

TEST_CASE("the project's copy of the acceptance profile loads", "[draft]") {
  ProfileLoad load = load_profile(kData + "profile.json");
  REQUIRE(load.error.empty());
  REQUIRE(load.profile);
  CHECK(load.profile->name == "Sam Rivera");
  CHECK(load.profile->email == "sam@example.com");
  REQUIRE(load.profile->achievements.size() == 3);
  CHECK(load.profile->achievements[0].text == "reduced incident recovery time by 60%");
  CHECK(load.profile->achievements[0].tags == std::vector<std::string>{"reliability", "incidents"});
}

TEST_CASE("a missing profile is an error naming the file", "[draft]") {
  ProfileLoad load = load_profile(kData + "no-such-profile.json");
  CHECK_FALSE(load.profile);
  CHECK(load.error.find("no-such-profile.json: error: no such file") != std::string::npos);
}

TEST_CASE("a profile that is not JSON reports the line and column", "[draft]") {
  ProfileLoad load = parse_profile("p.json", "{\n  \"name\": \"Sam\",\n  \"email\": sam@example.com\n}\n");
  CHECK_FALSE(load.profile);
  CHECK(first_line(load.error).rfind("p.json:3:12: error: invalid JSON: ", 0) == 0);
  CHECK(load.error.find("\"email\": sam@example.com") != std::string::npos);  // the source line is shown
}

TEST_CASE("profile fields are validated with the line of the bad value", "[draft]") {
  SECTION("missing name") {
    ProfileLoad load = parse_profile("p.json", "{\"email\": \"sam@example.com\"}");
    CHECK(first_line(load.error) ==
          "p.json:1:1: error: missing 'name' (the candidate's name, signed under every draft)");
  }
  SECTION("name of the wrong type") {
    ProfileLoad load = parse_profile("p.json", "{\n\"name\": 42,\n\"email\": \"sam@example.com\"}");
    CHECK(first_line(load.error) ==
          "p.json:2:9: error: $.name: expected the candidate's name, signed under every draft (a string), "
          "found number 42");
  }
  SECTION("missing email") {
    ProfileLoad load = parse_profile("p.json", "{\"name\": \"Sam\"}");
    CHECK(first_line(load.error) == "p.json:1:1: error: missing 'email' (the candidate's email address)");
  }
  SECTION("an email that could carry a header") {
    ProfileLoad load = parse_profile("p.json", "{\"name\": \"Sam\", \"email\": \"sam@example.com\\r\\nBcc: x@y.z\"}");
    CHECK(first_line(load.error).rfind("p.json:1:26: error: 'email' is not a plain email address", 0) == 0);
  }
  SECTION("achievements not a list") {
    ProfileLoad load = parse_profile("p.json", "{\"name\": \"Sam\", \"email\": \"s@e.com\",\n \"achievements\": {}}");
    CHECK(first_line(load.error) ==
          "p.json:2:18: error: $.achievements: expected a list of achievements, found an object");
  }
  SECTION("a tag that is not a string") {
    ProfileLoad load = parse_profile("p.json", "{\"name\": \"Sam\", \"email\": \"s@e.com\", \"achievements\": [\n"
                                               "  {\"text\": \"a\", \"tags\": [\"x\"]},\n"
                                               "  {\"text\": \"b\", \"tags\": [\"y\", 7]}\n]}");
    CHECK(first_line(load.error) ==
          "p.json:3:31: error: $.achievements[1].tags[1]: expected a tag (a string), found number 7");
  }
  SECTION("an achievement without text") {
    ProfileLoad load = parse_profile("p.json",
                                     "{\"name\": \"Sam\", \"email\": \"s@e.com\", \"achievements\": [{\"tags\": []}]}");
    CHECK(first_line(load.error) ==
          "p.json:1:54: error: $.achievements[0]: missing \"text\" (the achievement as drafts quote it)");
  }
  SECTION("a profile that is a list") {
    ProfileLoad load = parse_profile("p.json", "[]");
    CHECK(first_line(load.error).rfind("p.json:1:1: error: $: expected a profile object", 0) == 0);
  }
}

TEST_CASE("achievements and tags are optional", "[draft]") {
  ProfileLoad load = parse_profile(
      "p.json", "{\"name\": \"Sam\", \"email\": \"s@e.com\", \"achievements\": [{\"text\": \"x\"}]}");
  REQUIRE(load.profile);
  CHECK(load.profile->achievements.at(0).tags.empty());
  CHECK(parse_profile("p.json", "{\"name\": \"Sam\", \"email\": \"s@e.com\"}").profile->achievements.empty());
}

TEST_CASE("locate_json_value finds values, keys escaped per RFC 6901", "[draft]") {
  std::string text = "{\"a\": [1, {\"b/c\": true}],\n \"d\": \"x\"}";
  CHECK(locate_json_value(text, "") == 0);
  CHECK(locate_json_value(text, "/a") == 6);
  CHECK(locate_json_value(text, "/a/0") == 7);
  CHECK(locate_json_value(text, "/a/1/b~1c") == 18);
  CHECK(locate_json_value(text, "/d") == 32);
  CHECK(locate_json_value(text, "/a/7") == 6);  // nearest enclosing value
  CHECK(locate_json_value("not json", "/x") == 0);
}

TEST_CASE("email addresses must be plain addr-specs", "[draft]") {
  CHECK(is_email_address("sam@example.com"));
  CHECK(is_email_address("first.last+tag@mail.example.org"));
  CHECK_FALSE(is_email_address("sam"));
  CHECK_FALSE(is_email_address("@example.com"));
  CHECK_FALSE(is_email_address("sam@"));
  CHECK_FALSE(is_email_address("sam@example.com\r\nBcc: x@y"));
  CHECK_FALSE(is_email_address("Sam <sam@example.com>"));
  CHECK_FALSE(is_email_address("a..b@example.com"));
  CHECK_FALSE(is_email_address("a@b@c"));
}
