// Stage 1: rubric text -> AST. Parse errors stop here and become diagnostics.
#pragma once

#include <optional>

#include <rubric/diagnostic.hpp>
#include "rubric/syntax/ast.hpp"

namespace rubric {

/// The AST when parsing succeeded, else the diagnostic that stopped it.
struct ParseResult {
  std::optional<ast::Rubric> rubric;
  Diagnostics diagnostics;
};

/// Parses one rubric file; never throws for bad input.
ParseResult parse(SourceFilePtr source);

/// Unescapes the text of a string literal as written between its quotes (\" \\ \n \t \{ \}).
std::string unescape_string(std::string_view raw);

}  // namespace rubric
