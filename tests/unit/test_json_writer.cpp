// The JSON writer's strings must be exactly what nlohmann's serializer writes, whatever the length and
// wherever a byte that needs care sits: the fast paths copy words, and the last word of a string overlaps.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "rubric/base/json_writer.hpp"

namespace {

std::string written(const std::string& s) {
  std::vector<char> room(rubric::json_string_bound(s));
  rubric::JsonWriter w(room.data());
  w.string(s);
  return std::string(room.data(), w.position());
}

std::string reference(const std::string& s) {
  return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

TEST_CASE("JsonWriter::string matches nlohmann at every length and position", "[json_writer]") {
  // Each piece goes at every position of plain strings of 0 to 40 bytes.
  const std::vector<std::string> pieces = {"\"", "\\", "\n", "\x01", "\x1f", "\x7f", "é", "€", "😀", " "};
  for (std::size_t length = 0; length <= 40; ++length) {
    const std::string plain(length, 'a');
    REQUIRE(written(plain) == reference(plain));
    for (const auto& piece : pieces) {
      for (std::size_t at = 0; at <= length; ++at) {
        std::string s = plain;
        s.insert(at, piece);
        INFO("length " << length << ", at " << at << ", piece " << reference(piece));
        REQUIRE(written(s) == reference(s));
      }
    }
  }
}

TEST_CASE("JsonWriter::string replaces invalid UTF-8 in short and long strings", "[json_writer]") {
  for (std::size_t length : {0, 3, 7, 8, 9, 15, 16, 17}) {
    for (const char* bad : {"\xff", "\xc3", "\xe2\x82", "\xed\xa0\x80"}) {
      const std::string s = std::string(length, 'b') + bad;
      const std::string text = written(s);
      INFO("length " << length);
      REQUIRE(text.find("\xEF\xBF\xBD") != std::string::npos);
      REQUIRE(text.front() == '"');
      REQUIRE(text.back() == '"');
      REQUIRE(text.substr(1, length) == std::string(length, 'b'));
    }
  }
}
