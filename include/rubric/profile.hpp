// The candidate profile (docs/language.md section 11): who signs the drafts and the
// achievements that asks cite as evidence.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rubric {

/// One thing the candidate delivered, in their own words, with the tags asks cite.
struct Achievement {
  std::string text;               // quoted verbatim in drafts
  std::vector<std::string> tags;  // matched against an ask's `cite` tags
};

/// The candidate: name and address for the signature and `From`, plus achievements.
struct Profile {
  std::string name;
  std::string email;
  std::vector<Achievement> achievements;  // in file order
};

/// A profile, or the complete message saying why there is none.
struct ProfileLoad {
  std::optional<Profile> profile;  // empty when `error` is set
  std::string error;               // "profile.json:3:14: error: ...", ready to print
};

/// Reads and validates a profile file; every error names the file and, when known, the line and column.
ProfileLoad load_profile(const std::string& path);

/// Validates profile JSON text; `name` is used in error messages.
ProfileLoad parse_profile(const std::string& name, const std::string& text);

/// Returns the byte offset where the value at `path` (JSON Pointer, e.g. "/achievements/1/tags/0") starts,
/// or the offset of the nearest enclosing value that exists; 0 when the text does not parse.
std::size_t locate_json_value(const std::string& text, std::string_view path);

/// Where JSON text stops parsing: the byte offset of the offending token and the JSON Pointer of the value
/// being read there ("" at the top level).
struct JsonErrorPlace {
  bool failed = false;  // false when the text parses
  std::size_t offset = 0;
  std::string pointer;
};

/// Finds where and in which value JSON text fails to parse (a syntax error or a number out of range).
JsonErrorPlace locate_json_error(const std::string& text);

/// Returns true when `address` is a plain ASCII addr-spec (dot-atom "@" domain) safe to put in a header.
bool is_email_address(std::string_view address);

}  // namespace rubric
