// RFC 5322 / RFC 2047 pieces of a draft: single-line values, encoded words, folding, dates.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include <rubric/draft.hpp>

using namespace rubric;

namespace {

// Splits at CRLF.
std::vector<std::string> crlf_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0, at;
  while ((at = text.find("\r\n", start)) != std::string::npos) {
    lines.push_back(text.substr(start, at - start));
    start = at + 2;
  }
  lines.push_back(text.substr(start));
  return lines;
}

// Decodes standard base64 (test helper; input is well-formed).
std::string unbase64(const std::string& in) {
  static const std::string kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  unsigned buffer = 0;
  int bits = 0;
  for (char c : in) {
    if (c == '=') break;
    buffer = (buffer << 6) | static_cast<unsigned>(kAlphabet.find(c));
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xFF);
    }
  }
  return out;
}

// Decodes a header value made only of B encoded words.
std::string decode_words(const std::string& value) {
  std::string out;
  std::size_t at = 0;
  while ((at = value.find("=?utf-8?B?", at)) != std::string::npos) {
    std::size_t end = value.find("?=", at + 10);
    out += unbase64(value.substr(at + 10, end - at - 10));
    at = end + 2;
  }
  return out;
}

}  // namespace

TEST_CASE("single_line removes every way to start a new line", "[draft]") {
  CHECK(single_line("Northwind Systems") == "Northwind Systems");
  CHECK(single_line("Evil\r\nBcc: victim@example.com") == "Evil Bcc: victim@example.com");
  CHECK(single_line("a\rb\nc\td\x1b[31me\x7f") == "a b c d [31me");
  CHECK(single_line("x\xC2\x85y") == "x y");      // NEL, a C1 control
  CHECK(single_line("x\xE2\x80\xA8y") == "x y");  // LINE SEPARATOR
  CHECK(single_line("\r\n  padded \n") == "padded");
  CHECK(single_line("Zoë Ødegaard") == "Zoë Ødegaard");  // other non-ASCII text stays
}

TEST_CASE("plain ASCII header text is kept and folded at spaces", "[draft]") {
  CHECK(encode_header_text("Offer from Northwind Systems", 9) == "Offer from Northwind Systems");
  std::string long_text;
  for (int i = 0; i < 30; ++i) long_text += "word" + std::to_string(i) + " ";
  std::string folded = encode_header_text(long_text, 9);
  auto lines = crlf_lines(folded);
  REQUIRE(lines.size() > 1);
  CHECK(9 + lines[0].size() <= 78);
  for (std::size_t i = 1; i < lines.size(); ++i) {
    CHECK(lines[i].size() <= 78);
    CHECK(lines[i][0] == ' ');  // a continuation line, never a new header
  }
}

TEST_CASE("non-ASCII header text is encoded per RFC 2047", "[draft]") {
  std::string encoded = encode_header_text("Angebot von Müller & Söhne", 9);
  CHECK(encoded.rfind("=?utf-8?B?", 0) == 0);
  CHECK(decode_words(encoded) == "Angebot von Müller & Söhne");
  CHECK(encoded.find_first_of("\r\n") == std::string::npos);

  std::string name;
  for (int i = 0; i < 20; ++i) name += "Zoë Ødegaard ";
  std::string long_encoded = encode_header_text(name, 9);
  auto lines = crlf_lines(long_encoded);
  REQUIRE(lines.size() > 1);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    CHECK(lines[i].size() + (i == 0 ? 9 : 0) <= 78);
    if (i > 0) CHECK(lines[i][0] == ' ');
  }
  CHECK(decode_words(long_encoded) == single_line(name));  // no UTF-8 character was split
}

TEST_CASE("text that looks like an encoded word is encoded itself", "[draft]") {
  CHECK(encode_header_text("=?utf-8?B?SGk=?=", 9).rfind("=?utf-8?B?", 0) == 0);
}

TEST_CASE("mailboxes quote or encode display names", "[draft]") {
  CHECK(format_mailbox("Sam Rivera", "sam@example.com", 6) == "Sam Rivera <sam@example.com>");
  CHECK(format_mailbox("", "sam@example.com", 6) == "sam@example.com");
  CHECK(format_mailbox("Rivera, Sam", "sam@example.com", 6) == "\"Rivera, Sam\" <sam@example.com>");
  CHECK(format_mailbox("Sam \"The Pager\" Rivera", "s@e.com", 6) == "\"Sam \\\"The Pager\\\" Rivera\" <s@e.com>");
  CHECK(format_mailbox("Mallory\r\nCc: spy@example.com", "m@e.com", 4) == "\"Mallory Cc: spy@example.com\" <m@e.com>");
  std::string encoded = format_mailbox("Zoë Ødegaard", "zoe@keelwater.example", 4);
  CHECK(decode_words(encoded.substr(0, encoded.find(' '))) == "Zoë Ødegaard");
  CHECK(encoded.ends_with(" <zoe@keelwater.example>"));
}

TEST_CASE("dates are RFC 5322 in UTC", "[draft]") {
  CHECK(rfc5322_date(0) == "Thu, 01 Jan 1970 00:00:00 +0000");
  CHECK(rfc5322_date(1767258000) == "Thu, 01 Jan 2026 09:00:00 +0000");
}

TEST_CASE("an eml file has the headers, a blank line and a CRLF body", "[draft]") {
  nlohmann::json context = {{"candidate", {{"name", "Sam Rivera"}, {"email", "sam@example.com"}}},
                            {"recipient", {{"name", "Dana Lee"}, {"email", "dana@northwind.example"}}},
                            {"subject", "Offer from Northwind Systems: next steps"},
                            {"date", "Thu, 01 Jan 2026 09:00:00 +0000"}};
  std::string file = build_draft_file(context, "Hello,\n\nThanks – Sam\n", DraftFormat::eml);
  CHECK(file == "From: Sam Rivera <sam@example.com>\r\n"
                "To: Dana Lee <dana@northwind.example>\r\n"
                "Subject: Offer from Northwind Systems: next steps\r\n"
                "Date: Thu, 01 Jan 2026 09:00:00 +0000\r\n"
                "MIME-Version: 1.0\r\n"
                "Content-Type: text/plain; charset=utf-8\r\n"
                "Content-Transfer-Encoding: 8bit\r\n"
                "X-Unsent: 1\r\n"
                "\r\n"
                "Hello,\r\n\r\nThanks – Sam\r\n");
  CHECK(build_draft_file(context, "Hello,\r\n\r\nThanks\r\n", DraftFormat::md) == "Hello,\n\nThanks\n");
}

TEST_CASE("an eml file without a usable recipient has no To header", "[draft]") {
  nlohmann::json context = {{"candidate", {{"name", "Sam"}, {"email", "sam@example.com"}}},
                            {"recipient", {{"name", "Dana"}, {"email", "dana@x.example\r\nBcc: spy@x.example"}}},
                            {"subject", "s"},
                            {"date", "d"}};
  std::string file = build_draft_file(context, "Hi\n", DraftFormat::eml);
  CHECK(file.find("\r\nTo:") == std::string::npos);
  CHECK(file.find("Bcc") == std::string::npos);
  CHECK(file.find("Content-Transfer-Encoding: 7bit\r\n") != std::string::npos);
}

TEST_CASE("a body line too long for RFC 5322 is sent quoted-printable", "[draft]") {
  nlohmann::json context = {{"candidate", {{"name", "Sam"}, {"email", "sam@example.com"}}},
                            {"recipient", {{"name", ""}, {"email", ""}}},
                            {"subject", "s"},
                            {"date", "d"}};
  std::string body = std::string(2000, 'x') + "=\n";
  std::string file = build_draft_file(context, body, DraftFormat::eml);
  CHECK(file.find("Content-Transfer-Encoding: quoted-printable\r\n") != std::string::npos);
  for (const auto& line : crlf_lines(file)) CHECK(line.size() <= 76);
  CHECK(file.find("=3D\r\n") != std::string::npos);
}
