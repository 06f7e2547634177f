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

}  // namespace rubric::cli
