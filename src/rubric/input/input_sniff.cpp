#include "rubric/input/input_sniff.hpp"

namespace rubric {

namespace {

/// Walks JSON text outside strings, calling `on_key(depth, key)` for each string followed by ':'
/// (a key at object depth `depth`); returns the nesting depth at the end. Stops early when on_key says so.
template<typename OnKey>
int walk_json(std::string_view text, OnKey on_key) {
  int depth = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      --depth;
    } else if (c == '"') {
      const std::size_t start = i + 1;
      for (++i; i < text.size() && text[i] != '"'; ++i) {
        if (text[i] == '\\') ++i;
      }
      std::size_t after = i + 1;
      while (after < text.size() &&
             (text[after] == ' ' || text[after] == '\t' || text[after] == '\n' || text[after] == '\r')) {
        ++after;
      }
      if (after < text.size() && text[after] == ':' && i <= text.size()) {
        if (on_key(depth, text.substr(start, i - start))) return depth;
      }
    }
  }
  return depth;
}

}  // namespace

bool opens_multiline_document(std::string_view line) {
  return walk_json(line, [](int, std::string_view) { return false; }) > 0;
}

bool looks_like_profile(std::string_view json) {
  // Most offers never mention the word: one search decides before any walk.
  if (json.find("\"achievements\"") == std::string_view::npos) return false;
  bool found = false;
  walk_json(json, [&found](int depth, std::string_view key) {
    found = depth == 1 && key == "achievements";
    return found;
  });
  return found;
}

}  // namespace rubric
