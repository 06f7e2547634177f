// Diagnostics as JSON objects. Lines and columns are 1-based, columns in bytes; end_line and end_column
// point just past the range (an empty range ends where it begins), as editors expect.
#include <rubric/diagnostic_codes.hpp>
#include <rubric/diagnostic_json.hpp>

namespace rubric {

namespace {

using Json = nlohmann::ordered_json;

/// Returns the suggestion a "did you mean 'x'?" note makes, or null.
Json suggestion(const SourceFile& file, const Diagnostic& d, const std::string& note) {
  constexpr std::string_view head = "did you mean '";
  if (note.rfind(head, 0) != 0 || note.size() < head.size() + 2 || note.substr(note.size() - 2) != "'?") return {};
  std::string replacement = note.substr(head.size(), note.size() - head.size() - 2);
  // A string literal's range includes its quotes: the replacement keeps them.
  if (d.range.begin.offset < file.text().size() && file.text()[d.range.begin.offset] == '"')
    replacement = "\"" + replacement + "\"";
  return {{"message", note},
          {"replacement", replacement},
          {"line", d.range.begin.line},
          {"column", d.range.begin.column},
          {"end_line", d.range.end.line},
          {"end_column", d.range.end.column}};
}

}  // namespace

nlohmann::ordered_json diagnostic_to_json(const SourceFile& file, const Diagnostic& d) {
  Json suggestions = Json::array();
  for (const auto& note : d.notes)
    if (Json s = suggestion(file, d, note); !s.is_null()) suggestions.push_back(std::move(s));
  const bool empty = d.range.end.offset <= d.range.begin.offset;
  const SourcePos& end = empty ? d.range.begin : d.range.end;
  return {{"file", file.name()},
          {"line", d.range.begin.line},
          {"column", d.range.begin.column},
          {"end_line", end.line},
          {"end_column", end.column},
          {"severity", to_string(d.level)},
          {"code", diagnostic_code(d.message)},
          {"message", d.message},
          {"notes", d.notes},
          {"suggestions", std::move(suggestions)}};
}

nlohmann::ordered_json problem_to_json(const std::string& file, std::size_t line, std::string_view severity,
                                       std::string_view code, const std::string& message) {
  const Json at = line == 0 ? Json(nullptr) : Json(line);
  return {{"file", file},
          {"line", at},
          {"column", line == 0 ? Json(nullptr) : Json(1)},
          {"end_line", at},
          {"end_column", line == 0 ? Json(nullptr) : Json(1)},
          {"severity", severity},
          {"code", code},
          {"message", message},
          {"notes", Json::array()},
          {"suggestions", Json::array()}};
}

}  // namespace rubric
