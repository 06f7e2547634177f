#include "rubric/input/offer_reader_messages.hpp"

#include <algorithm>
#include <cstdio>

namespace rubric::offer_reader {

namespace {

// Values shown in messages are cut here: enough to recognise the value, short enough for one line.
constexpr std::size_t kMaxShownBytes = 40;

// Cuts `text` to at most kMaxShownBytes without splitting a UTF-8 sequence; true when it was cut.
bool cut(std::string_view& text) {
  if (text.size() <= kMaxShownBytes) return false;
  std::size_t end = kMaxShownBytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  text = text.substr(0, end);
  return true;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string member_list(const FieldSpec& spec) {
  std::string out = "one of ";
  for (std::size_t i = 0; i < spec.members.size(); ++i) {
    if (i > 0) out += ", ";
    out += offer_reader::quoted(spec.members[i]);
  }
  return out;
}

}  // namespace

std::string expected_phrase(const FieldSpec& spec) {
  switch (spec.kind) {
    case TypeKind::number: return "a number";
    case TypeKind::money: return "money (a number)";
    case TypeKind::percent: return "percent (a number of percent points)";
    case TypeKind::boolean: return "bool (true or false)";
    case TypeKind::text: return "text (a string)";
    case TypeKind::enumeration: return member_list(spec);
    default: return std::string(to_string(spec.kind));
  }
}

std::string type_phrase(const FieldSpec& spec) {
  if (spec.kind == TypeKind::enumeration) return member_list(spec);
  return std::string(to_string(spec.kind));
}

std::string quoted(std::string_view text) {
  bool was_cut = cut(text);
  std::string out = "\"";
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (u < 0x20 || u == 0x7F) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", u);
      out += escaped;
    } else {
      out += c;
    }
  }
  out += was_cut ? "...\"" : "\"";
  return out;
}

std::string shown_token(std::string_view raw) {
  while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t' || raw.back() == '\n' || raw.back() == '\r')) {
    raw.remove_suffix(1);
  }
  bool was_cut = cut(raw);
  std::string out(raw);
  if (was_cut) out += "...";
  return out;
}

std::string describe_position(std::string_view json, const char* at) {
  if (at == nullptr || at < json.data() || at > json.data() + json.size()) return {};
  std::size_t offset = static_cast<std::size_t>(at - json.data());
  std::string_view before = json.substr(0, offset);
  std::size_t line_start = before.rfind('\n');
  std::size_t column = line_start == std::string_view::npos ? offset + 1 : offset - line_start;
  if (json.find('\n') == std::string_view::npos) return " (at column " + std::to_string(column) + ")";
  std::size_t line = 1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
  return " (at line " + std::to_string(line) + ", column " + std::to_string(column) + ")";
}

std::string simdjson_message(simdjson::error_code error) {
  std::string message = simdjson::error_message(error);
  // "..., etc." keeps its period.
  if (!message.empty() && message.back() == '.' && !message.ends_with("etc.")) message.pop_back();
  // "The JSON document ..." reads "the JSON document ..."; "JSON document ended ..." keeps its acronym.
  if (message.size() > 1 && message[0] >= 'A' && message[0] <= 'Z' && !(message[1] >= 'A' && message[1] <= 'Z')) {
    message[0] = static_cast<char>(message[0] - 'A' + 'a');
  }
  return message;
}

bool is_json_number(std::string_view raw) {
  std::size_t i = 0;
  auto digits = [&] {
    std::size_t start = i;
    while (i < raw.size() && is_digit(raw[i])) ++i;
    return i > start;
  };
  if (i < raw.size() && raw[i] == '-') ++i;
  if (i < raw.size() && raw[i] == '0') {
    ++i;
  } else if (!digits()) {
    return false;
  }
  if (i < raw.size() && raw[i] == '.') {
    ++i;
    if (!digits()) return false;
  }
  if (i < raw.size() && (raw[i] == 'e' || raw[i] == 'E')) {
    ++i;
    if (i < raw.size() && (raw[i] == '+' || raw[i] == '-')) ++i;
    if (!digits()) return false;
  }
  return std::all_of(raw.begin() + static_cast<std::ptrdiff_t>(i), raw.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

}  // namespace rubric::offer_reader
