#include "rubric/syntax/parse.hpp"

namespace rubric {

std::string unescape_string(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c != '\\' || i + 1 == raw.size()) {
      out += c;
      continue;
    }
    char next = raw[++i];
    switch (next) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case '"':
      case '\\':
      case '{':
      case '}': out += next; break;
      default:
        out += c;
        out += next;
        break;  // not produced by the grammar; kept as written
    }
  }
  return out;
}

}  // namespace rubric
