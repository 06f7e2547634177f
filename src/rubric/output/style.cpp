// ANSI styling for the text format; whether to use it is the caller's call (see the CLI's terminal.hpp).
#include <rubric/output.hpp>

namespace rubric {

std::string_view to_string(Style style) {
  switch (style) {
    case Style::bold: return "bold";
    case Style::dim: return "dim";
    case Style::red: return "red";
    case Style::yellow: return "yellow";
    case Style::green: return "green";
  }
  return "bold";
}

namespace {

/// Returns the SGR escape that starts `style`.
std::string_view escape_for(Style style) {
  switch (style) {
    case Style::bold: return "\x1b[1m";
    case Style::dim: return "\x1b[2m";
    case Style::red: return "\x1b[31m";
    case Style::yellow: return "\x1b[33m";
    case Style::green: return "\x1b[32m";
  }
  return "";
}

}  // namespace

std::string paint(std::string_view text, Style style, bool color) {
  if (!color || text.empty()) return std::string(text);
  std::string out(escape_for(style));
  out.append(text);
  out.append("\x1b[0m");
  return out;
}

}  // namespace rubric
