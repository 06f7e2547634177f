// Content-Length framing: headers up to a blank line, then exactly that many bytes of body.
#include "rubric/lsp/frame.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <istream>
#include <ostream>

namespace rubric::lsp {

namespace {

constexpr std::string_view kLengthHeader = "content-length:";

// Returns where `needle` (lower case) starts in `line`, ignoring case; npos when absent.
std::size_t find_nocase(std::string_view line, std::string_view needle) {
  auto it = std::search(line.begin(), line.end(), needle.begin(), needle.end(),
                        [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
  return it == line.end() ? std::string_view::npos : static_cast<std::size_t>(it - line.begin());
}

// Parses the decimal after "Content-Length:"; nullopt when it is not a plain non-negative number.
std::optional<std::size_t> parse_length(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  std::size_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

std::optional<std::string> FrameReader::read_line() {
  std::string line;
  bool any = false;
  for (int c = in_.get(); c != std::char_traits<char>::eof(); c = in_.get()) {
    any = true;
    if (c == '\n') {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return line;
    }
    if (line.size() < kMaxHeaderLineBytes) line.push_back(static_cast<char>(c));
  }
  if (any) return line;
  return std::nullopt;
}

Frame FrameReader::next() {
  std::optional<std::size_t> length;
  std::string problem;
  for (;;) {
    std::optional<std::string> line = read_line();
    if (!line) return {Frame::Kind::end, {}, {}};
    if (line->empty()) {
      if (length) break;
      if (!problem.empty()) return {Frame::Kind::problem, problem, {}};
      continue;  // blank lines between messages
    }
    std::size_t at = find_nocase(*line, kLengthHeader);
    if (at == std::string::npos) {
      // Content-Type and other well-formed headers are allowed; anything else is garbage.
      if (line->find(':') == std::string::npos && problem.empty()) problem = "skipped a line that is not a header";
      continue;
    }
    if (at > 0) problem = fmt::format("skipped {} bytes of garbage before a header", at);
    length = parse_length(std::string_view(*line).substr(at + kLengthHeader.size()));
    if (!length) problem = "Content-Length is not a number";
  }
  if (*length > kMaxMessageBytes) {
    // Not read: a lying header must not make the server wait for or hold gigabytes; what follows is
    // treated as garbage up to the next header.
    return {Frame::Kind::problem,
            fmt::format("Content-Length {} exceeds the limit of {} bytes; message skipped", *length, kMaxMessageBytes),
            {}};
  }
  std::string body;
  constexpr std::size_t kChunk = 1 << 16;
  while (body.size() < *length) {
    std::size_t want = std::min(kChunk, *length - body.size());
    std::size_t old = body.size();
    body.resize(old + want);
    in_.read(body.data() + old, static_cast<std::streamsize>(want));
    auto got = static_cast<std::size_t>(in_.gcount());
    body.resize(old + got);
    if (got < want) return {Frame::Kind::end, {}, {}};  // the input ended inside a body
  }
  return {Frame::Kind::body, std::move(body), std::move(problem)};
}

void write_frame(std::ostream& out, const std::string& body) {
  out << "Content-Length: " << body.size() << "\r\n\r\n" << body;
  out.flush();
}

}  // namespace rubric::lsp
