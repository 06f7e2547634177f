// Diagnostics as LSP publishes them, and the quick fixes for their did-you-mean notes.
#include <fmt/format.h>

#include <cctype>

#include "rubric/lsp/features.hpp"

namespace rubric::lsp {

namespace {

// LSP DiagnosticSeverity numbers.
int severity(DiagnosticLevel level) {
  switch (level) {
    case DiagnosticLevel::error: return 1;
    case DiagnosticLevel::warning: return 2;
    case DiagnosticLevel::note: return 3;
  }
  return 1;
}

// Returns X from a note "did you mean 'X'?" (the checker's wording, check/check_suggest.cpp), else "".
std::string suggestion(const Diagnostic& d) {
  constexpr std::string_view kPrefix = "did you mean '";
  for (const auto& note : d.notes) {
    if (note.starts_with(kPrefix) && note.ends_with("'?")) {
      return note.substr(kPrefix.size(), note.size() - kPrefix.size() - 2);
    }
  }
  return "";
}

bool name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-'; }

// Returns the part of a diagnostic's range the suggestion replaces: the name at its start, or the
// inside of the string literal it starts with (enumeration members are written quoted).
SourceRange replaced_range(const SourceFile& src, const SourceRange& range) {
  std::string_view text = text_of(src, range);
  std::size_t begin = range.begin.offset;
  std::size_t length = 0;
  if (!text.empty() && text.front() == '"') {
    begin += 1;
    std::size_t close = text.find('"', 1);
    length = close == std::string_view::npos ? text.size() - 1 : close - 1;
  } else {
    while (length < text.size() && name_char(text[length])) ++length;
  }
  return {src.position_at(begin), src.position_at(begin + length)};
}

json diagnostic_json(const Document& doc, const PositionMap& map, const Diagnostic& d) {
  json out = {
      {"range", map.range(d.range)}, {"severity", severity(d.level)}, {"source", "rubric"}, {"message", d.message}};
  if (!d.notes.empty()) {
    json related = json::array();
    for (const auto& note : d.notes) {
      related.push_back({{"location", {{"uri", doc.uri}, {"range", map.range(d.range)}}}, {"message", note}});
    }
    out["relatedInformation"] = std::move(related);
  }
  return out;
}

bool overlaps(const PositionMap& map, const Diagnostic& d, const json& range) {
  std::size_t begin = map.offset(range.at("start"));
  std::size_t end = map.offset(range.at("end"));
  return d.range.begin.offset <= end && d.range.end.offset >= begin;
}

}  // namespace

json diagnostics_params(const Document& doc, const PositionMap& map) {
  json list = json::array();
  for (const auto& d : doc.diagnostics) list.push_back(diagnostic_json(doc, map, d));
  return {{"uri", doc.uri}, {"diagnostics", std::move(list)}};
}

json code_actions(const Document& doc, const PositionMap& map, const json& params) {
  json out = json::array();
  for (const auto& d : doc.diagnostics) {
    std::string fix = suggestion(d);
    if (fix.empty() || !overlaps(map, d, params.at("range"))) continue;
    json edit = {{"range", map.range(replaced_range(*doc.source, d.range))}, {"newText", fix}};
    out.push_back({{"title", fmt::format("Change to '{}'", fix)},
                   {"kind", "quickfix"},
                   {"isPreferred", true},
                   {"diagnostics", json::array({diagnostic_json(doc, map, d)})},
                   {"edit", {{"changes", {{doc.uri, json::array({edit})}}}}}});
  }
  return out;
}

}  // namespace rubric::lsp
