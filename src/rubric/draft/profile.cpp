#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <system_error>

#include <rubric/diagnostic.hpp>
#include <rubric/profile.hpp>
#include <rubric/source.hpp>

namespace rubric {

namespace {

using nlohmann::json;

// A profile is a short hand-written file; anything larger is a mistake (a data
// file passed as the profile) and is refused before it is read into memory.
constexpr std::uintmax_t kMaxProfileBytes = 4u * 1024u * 1024u;

// Longest string value quoted back in an error message, so a huge value cannot flood the terminal.
constexpr std::size_t kMaxQuotedChars = 40;

// Describes a JSON value for "expected X, found Y" messages.
std::string describe(const json& value) {
  switch (value.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return value.get<bool>() ? "true" : "false";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "a list";
    case json::value_t::string: {
      std::string text = value.get<std::string>();
      if (text.size() > kMaxQuotedChars) text = text.substr(0, kMaxQuotedChars) + "...";
      return fmt::format("string {}", json(text).dump(-1, ' ', false, json::error_handler_t::replace));
    }
    default: return fmt::format("number {}", value.dump());
  }
}

// Turns an RFC 6901 pointer into the `$.a[1].b` spelling the offer errors use.
std::string dollar_path(const std::string& pointer) {
  std::string out = "$";
  std::istringstream tokens(pointer);
  std::string token;
  std::getline(tokens, token, '/');  // the empty token before the first '/'
  while (std::getline(tokens, token, '/')) {
    for (auto at = token.find("~1"); at != std::string::npos; at = token.find("~1", at + 1)) token.replace(at, 2, "/");
    for (auto at = token.find("~0"); at != std::string::npos; at = token.find("~0", at + 1)) token.replace(at, 2, "~");
    bool index = !token.empty() && token.find_first_not_of("0123456789") == std::string::npos;
    out += index ? "[" + token + "]" : "." + token;
  }
  return out;
}

// Builds profile errors located at a JSON value of the text.
class Reporter {
 public:
  Reporter(const std::string& name, const std::string& text) : file_(std::make_shared<const SourceFile>(name, text)) {}

  // Returns a failed load whose message points at byte `offset`.
  ProfileLoad at_offset(std::size_t offset, std::string message) const {
    if (offset > file_->text().size()) offset = file_->text().size();
    Diagnostic diagnostic;
    diagnostic.range.begin = file_->position_at(offset);
    diagnostic.range.end = diagnostic.range.begin;
    diagnostic.message = std::move(message);
    ProfileLoad out;
    out.error = format_diagnostic(*file_, diagnostic);
    while (!out.error.empty() && out.error.back() == '\n') out.error.pop_back();
    return out;
  }

  // Returns a failed load whose message points at the value `pointer` (or its nearest parent).
  ProfileLoad at(const std::string& pointer, const std::string& message) const {
    return at_offset(locate_json_value(file_->text(), pointer), message);
  }

  // Returns "$.path: expected WHAT, found ..." located at the value.
  ProfileLoad expected(const std::string& pointer, const std::string& what, const json& found) const {
    return at(pointer, fmt::format("{}: expected {}, found {}", dollar_path(pointer), what, describe(found)));
  }

 private:
  SourceFilePtr file_;
};

// Reads a required non-empty string member of the top-level object.
bool read_text_member(const json& doc, const Reporter& report, const char* key, const char* what, std::string& out,
                      ProfileLoad& error) {
  std::string pointer = std::string("/") + key;
  auto it = doc.find(key);
  if (it == doc.end() || it->is_null()) {
    error = report.at("", fmt::format("missing '{}' ({})", key, what));
    return false;
  }
  if (!it->is_string()) {
    error = report.expected(pointer, fmt::format("{} (a string)", what), *it);
    return false;
  }
  out = it->get<std::string>();
  if (out.find_first_not_of(" \t\r\n") == std::string::npos) {
    error = report.at(pointer, fmt::format("'{}' is empty; it must give {}", key, what));
    return false;
  }
  return true;
}

// Reads one entry of `achievements`.
bool read_achievement(const json& item, std::size_t index, const Reporter& report, Achievement& out,
                      ProfileLoad& error) {
  std::string pointer = fmt::format("/achievements/{}", index);
  if (!item.is_object()) {
    error = report.expected(pointer, "an achievement object with \"text\" and \"tags\"", item);
    return false;
  }
  auto text = item.find("text");
  if (text == item.end() || !text->is_string() || text->get<std::string>().empty()) {
    if (text == item.end()) {
      error = report.at(pointer,
                        fmt::format("{}: missing \"text\" (the achievement as drafts quote it)", dollar_path(pointer)));
    } else {
      error = report.expected(pointer + "/text", "a non-empty string", *text);
    }
    return false;
  }
  out.text = text->get<std::string>();
  auto tags = item.find("tags");
  if (tags == item.end() || tags->is_null()) return true;  // an achievement no ask can cite yet
  if (!tags->is_array()) {
    error = report.expected(pointer + "/tags", "a list of tag strings", *tags);
    return false;
  }
  for (std::size_t t = 0; t < tags->size(); ++t) {
    const json& tag = (*tags)[t];
    if (!tag.is_string()) {
      error = report.expected(fmt::format("{}/tags/{}", pointer, t), "a tag (a string)", tag);
      return false;
    }
    out.tags.push_back(tag.get<std::string>());
  }
  return true;
}

// Extracts nlohmann's message without its "[json.exception...] parse error at line L, column C: " prefix.
std::string parse_error_text(const std::string& what) {
  auto column = what.find("column ");
  auto colon = column == std::string::npos ? std::string::npos : what.find(": ", column);
  return colon == std::string::npos ? what : what.substr(colon + 2);
}

// Turns anything nlohmann/json throws while reading user text into a located error: a syntax error
// (parse_error), a number beyond a double (out_of_range 406) and, defensively, any other kind.
ProfileLoad json_error(const Reporter& report, const std::string& text, const json::exception& e) {
  JsonErrorPlace place = locate_json_error(text);
  if (const auto* parse = dynamic_cast<const json::parse_error*>(&e)) {
    std::size_t offset = parse->byte > 0 ? parse->byte - 1 : 0;
    return report.at_offset(offset, "invalid JSON: " + parse_error_text(e.what()));
  }
  if (e.id == 406) {
    return report.at_offset(place.offset, fmt::format("{}: number out of range (beyond what a double holds, "
                                                      "about 1.8e308)",
                                                      dollar_path(place.pointer)));
  }
  std::string what = e.what();
  auto bracket = what.find("] ");
  if (what.rfind("[json.exception.", 0) == 0 && bracket != std::string::npos) what = what.substr(bracket + 2);
  return report.at_offset(place.offset, "invalid JSON: " + what);
}

}  // namespace

bool is_email_address(std::string_view address) {
  static constexpr std::string_view kLocalSpecials = "!#$%&'*+-/=?^_`{|}~.";
  auto at = address.find('@');
  if (at == std::string_view::npos || at == 0 || at + 1 >= address.size()) return false;
  std::string_view local = address.substr(0, at);
  std::string_view domain = address.substr(at + 1);
  auto dot_atom = [](std::string_view part, std::string_view specials) {
    if (part.front() == '.' || part.back() == '.' || part.find("..") != std::string_view::npos) return false;
    for (char c : part) {
      bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alnum && specials.find(c) == std::string_view::npos) return false;
    }
    return true;
  };
  return dot_atom(local, kLocalSpecials) && dot_atom(domain, "-.");
}

ProfileLoad parse_profile(const std::string& name, const std::string& text) {
  Reporter report(name, text);
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::exception& e) {
    return json_error(report, text, e);
  }
  if (!doc.is_object()) {
    return report.expected("", "a profile object with \"name\", \"email\" and \"achievements\"", doc);
  }
  Profile profile;
  ProfileLoad error;
  if (!read_text_member(doc, report, "name", "the candidate's name, signed under every draft", profile.name, error) ||
      !read_text_member(doc, report, "email", "the candidate's email address", profile.email, error)) {
    return error;
  }
  if (!is_email_address(profile.email)) {
    return report.at("/email", fmt::format("'email' is not a plain email address like name@example.com: {}",
                                           describe(doc["email"])));
  }
  auto achievements = doc.find("achievements");
  if (achievements != doc.end() && !achievements->is_null()) {
    if (!achievements->is_array()) return report.expected("/achievements", "a list of achievements", *achievements);
    for (std::size_t i = 0; i < achievements->size(); ++i) {
      Achievement achievement;
      if (!read_achievement((*achievements)[i], i, report, achievement, error)) return error;
      profile.achievements.push_back(std::move(achievement));
    }
  }
  ProfileLoad out;
  out.profile = std::move(profile);
  return out;
}

ProfileLoad load_profile(const std::string& path) {
  ProfileLoad out;
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) {
    out.error = fmt::format("{}: error: no such file (the candidate profile, see docs/drafts.md)", path);
    return out;
  }
  if (std::filesystem::is_directory(status)) {
    out.error = fmt::format("{}: error: is a directory, expected a profile JSON file", path);
    return out;
  }
  auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > kMaxProfileBytes) {
    out.error = fmt::format("{}: error: profile is {} bytes; the limit is {} bytes", path, size, kMaxProfileBytes);
    return out;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    out.error = fmt::format("{}: error: cannot open the file", path);
    return out;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return parse_profile(path, buffer.str());
}

}  // namespace rubric
