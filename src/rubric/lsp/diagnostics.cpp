// Diagnostics as LSP publishes them, and the quick fixes for their did-you-mean notes.
#include <fmt/format.h>

#include <optional>

#include <rubric/diagnostic_codes.hpp>
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

// Returns where the name the suggestion replaces is written: the first quoted word of the message ("unknown
// name 'cahs'", "'taem' is not one of ...") found inside the diagnostic's range, which may hold more than the
// name (a call, a quoted member, an interpolation's braces). Nothing when it is not there.
std::optional<SourceRange> replaced_range(const SourceFile& src, const Diagnostic& d) {
  std::size_t open = d.message.find('\'');
  std::size_t close = open == std::string::npos ? open : d.message.find('\'', open + 1);
  if (close == std::string::npos || close == open + 1) return std::nullopt;
  std::string_view name = std::string_view(d.message).substr(open + 1, close - open - 1);
  std::size_t at = text_of(src, d.range).find(name);
  if (at == std::string_view::npos) return std::nullopt;
  std::size_t begin = d.range.begin.offset + at;
  return SourceRange{src.position_at(begin), src.position_at(begin + name.size())};
}

json diagnostic_json(const Document& doc, const PositionMap& map, const Diagnostic& d) {
  json out = {{"range", map.range(d.range)},
              {"severity", severity(d.level)},
              {"source", "rubric"},
              {"code", std::string(diagnostic_code(d.message))},
              {"message", d.message}};
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
    std::optional<SourceRange> replaced = replaced_range(*doc.source, d);
    if (!replaced) continue;
    json edit = {{"range", map.range(*replaced)}, {"newText", fix}};
    out.push_back({{"title", fmt::format("Change to '{}'", fix)},
                   {"kind", "quickfix"},
                   {"isPreferred", true},
                   {"diagnostics", json::array({diagnostic_json(doc, map, d)})},
                   {"edit", {{"changes", {{doc.uri, json::array({edit})}}}}}});
  }
  return out;
}

}  // namespace rubric::lsp
