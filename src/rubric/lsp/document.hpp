// One open rubric: its text, the last analysis, and conversions between LSP positions and byte offsets.
#pragma once

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "rubric/check/check.hpp"
#include "rubric/syntax/ast.hpp"

namespace rubric::lsp {

using json = nlohmann::json;

/// A place where a declaration, a reference or a function name is written.
struct Occurrence {
  SourceRange range;
  ast::Symbol symbol;    // kind none for a function call
  std::string function;  // the called function's name when symbol.kind is none
  bool declaration = false;
};

/// A parsed and checked rubric with an index of every name written in it.
struct Analysis {
  SourceFilePtr source;
  ast::Rubric rubric;
  CheckResult checked;
  std::vector<Occurrence> occurrences;  // in no particular order
};

/// Lists every declaration, reference, interpolation and function call in a checked rubric.
std::vector<Occurrence> index_occurrences(const ast::Rubric& rubric);

/// Converts between LSP positions (0-based line, UTF-16 or UTF-8 character) and byte offsets.
class PositionMap {
 public:
  /// Maps positions in `source`; `utf8` when the client negotiated UTF-8 positions.
  PositionMap(const SourceFile& source, bool utf8) : source_(source), utf8_(utf8) {}
  /// Returns the byte offset of an LSP position, clamped into the text.
  std::size_t offset(const json& position) const;
  /// Returns the LSP position of a byte offset.
  json position(std::size_t offset) const;
  /// Returns the LSP range of a source range.
  json range(const SourceRange& range) const;

 private:
  const SourceFile& source_;
  bool utf8_;
};

/// One open document. `current` is the analysis of the text as it is now (null when it does not parse);
/// `last_good` is the newest analysis that parsed, kept so completion works while the user types.
struct Document {
  std::string uri;
  SourceFilePtr source;
  Diagnostics diagnostics;
  std::shared_ptr<Analysis> current;
  std::shared_ptr<Analysis> last_good;
};

/// Parses and checks `text` into `doc`, keeping the previous parse as `last_good` when this one fails.
void analyze(Document& doc, std::string text);

/// Returns the source text of a range.
std::string_view text_of(const SourceFile& source, const SourceRange& range);

}  // namespace rubric::lsp
