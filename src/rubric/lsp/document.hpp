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

/// Lists every declaration, reference, interpolation and function call in a checked rubric.
std::vector<Occurrence> index_occurrences(const ast::Rubric& rubric);

/// A parsed and checked rubric, and an index of every name written in it.
struct Analysis {
  SourceFilePtr source;
  ast::Rubric rubric;
  CheckResult checked;

  /// Returns the index (in no particular order), built on first use: a keystroke needs only diagnostics.
  const std::vector<Occurrence>& occurrences() const {
    if (!index_) index_ = index_occurrences(rubric);
    return *index_;
  }

 private:
  mutable std::optional<std::vector<Occurrence>> index_;
};

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
  /// Analyses replaced by the last change, freed after the answer is sent (freeing a large syntax tree
  /// takes as long as a good part of checking it).
  std::vector<std::shared_ptr<Analysis>> retired;
};

/// Parses and checks `text` into `doc`, keeping the previous parse as `last_good` when this one fails.
void analyze(Document& doc, std::string text);

/// Returns the source text of a range.
std::string_view text_of(const SourceFile& source, const SourceRange& range);

}  // namespace rubric::lsp
