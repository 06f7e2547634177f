#include <fmt/format.h>

#include <algorithm>

#include <rubric/diagnostic.hpp>

namespace rubric {

std::string_view to_string(DiagnosticLevel level) {
  switch (level) {
    case DiagnosticLevel::error: return "error";
    case DiagnosticLevel::warning: return "warning";
    case DiagnosticLevel::note: return "note";
  }
  return "error";
}

bool has_errors(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.level == DiagnosticLevel::error; });
}

namespace {

// Long lines (a 10 MB one-line rubric) are cut around the caret so a diagnostic stays readable.
constexpr std::size_t kMaxShownLine = 200;

std::string caret_line(std::string_view line, std::uint32_t column, std::size_t& shown_from) {
  std::size_t col = column == 0 ? 0 : column - 1;
  shown_from = col > kMaxShownLine / 2 && line.size() > kMaxShownLine ? col - kMaxShownLine / 2 : 0;
  std::string pad;
  for (std::size_t i = shown_from; i < col && i < line.size(); ++i) pad += line[i] == '\t' ? '\t' : ' ';
  if (col > line.size()) pad.append(col - line.size(), ' ');
  return pad + "^";
}

}  // namespace

std::string format_diagnostic(const SourceFile& file, const Diagnostic& d, bool color) {
  const char* bold = color ? "\x1b[1m" : "";
  const char* red = color ? (d.level == DiagnosticLevel::error ? "\x1b[1;31m" : "\x1b[1;35m") : "";
  const char* green = color ? "\x1b[1;32m" : "";
  const char* reset = color ? "\x1b[0m" : "";
  std::string out = fmt::format("{}{}:{}:{}:{} {}{}:{} {}{}{}\n", bold, file.name(), d.range.begin.line,
                                d.range.begin.column, reset, red, to_string(d.level), reset, bold, d.message, reset);
  std::string_view line = file.line_text(d.range.begin.line);
  std::size_t from = 0;
  std::string caret = caret_line(line, d.range.begin.column, from);
  std::string_view shown = line.substr(std::min(from, line.size()), kMaxShownLine);
  out += fmt::format("{}{}\n{}{}{}{}\n", from > 0 ? "..." : "", shown, from > 0 ? "   " : "", green, caret, reset);
  for (const auto& note : d.notes) out += fmt::format("  note: {}\n", note);
  return out;
}

std::string format_diagnostics(const SourceFile& file, const Diagnostics& diagnostics, bool color) {
  std::string out;
  for (const auto& d : diagnostics) out += format_diagnostic(file, d, color);
  return out;
}

}  // namespace rubric
