// The language features, each answering one LSP request from a document's analysis.
#pragma once

#include <string_view>

#include "rubric/lsp/document.hpp"

namespace rubric::lsp {

/// Returns the params of textDocument/publishDiagnostics for the document as it is now.
json diagnostics_params(const Document& doc, const PositionMap& map);

/// Answers textDocument/codeAction: quick fixes for the did-you-mean suggestions in the range.
json code_actions(const Document& doc, const PositionMap& map, const json& params);

/// Answers textDocument/hover.
json hover(const Document& doc, const PositionMap& map, const json& params);

/// Answers textDocument/definition.
json definition(const Document& doc, const PositionMap& map, const json& params);

/// Answers textDocument/references.
json references(const Document& doc, const PositionMap& map, const json& params);

/// Answers textDocument/documentSymbol: the outline.
json document_symbols(const Document& doc, const PositionMap& map);

/// Answers textDocument/completion.
json completion(const Document& doc, const PositionMap& map, const json& params);

/// Answers textDocument/semanticTokens/full.
json semantic_tokens(const Document& doc, const PositionMap& map);

/// Returns the legend of the token types semantic_tokens() emits.
json semantic_tokens_legend();

/// Returns the occurrence under `offset` (the narrowest one; an offset just after a name counts), or null.
const Occurrence* occurrence_at(const Analysis& analysis, std::size_t offset);

/// A built-in function: its signature and one line of documentation.
struct FunctionDoc {
  std::string_view name;
  std::string_view signature;
  std::string_view doc;
};

/// Returns every built-in function's documentation, in alphabetical order.
const std::vector<FunctionDoc>& function_docs();

/// Returns a type as the language spells it; enumerations as their members ("a" | "b").
std::string type_text(const Analysis& analysis, Type type);

}  // namespace rubric::lsp
