// Terminal detection and ANSI styling; colour follows https://no-color.org.
#include "cli/terminal.hpp"

#include <unistd.h>

#include <cstdlib>

namespace rubric::cli {

bool is_terminal(int fd) { return ::isatty(fd) == 1; }

bool color_allowed(int fd) {
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  return is_terminal(fd);
}

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

}  // namespace rubric::cli
