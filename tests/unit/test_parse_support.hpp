// Helpers shared by the parser tests.
#pragma once

#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "rubric/syntax/parse.hpp"

namespace rubric::test {

/// Parses `text` as a rubric file named "t.rubric".
inline ParseResult parse_text(std::string text) {
  return parse(std::make_shared<SourceFile>("t.rubric", std::move(text)));
}

/// Reads a file of the repository (a shipped rubric, a benchmark rubric), by its path from the root.
inline std::string read_project_file(const std::string& relative) {
  std::ifstream file(std::string(RUBRIC_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

/// Returns the one diagnostic's "line:col: message", or "ok" when parsing succeeded.
inline std::string parse_error_of(std::string text) {
  ParseResult result = parse_text(std::move(text));
  if (result.rubric) return "ok";
  if (result.diagnostics.empty()) return "no diagnostic";
  const Diagnostic& d = result.diagnostics.front();
  return std::to_string(d.range.begin.line) + ":" + std::to_string(d.range.begin.column) + ": " + d.message;
}

}  // namespace rubric::test
