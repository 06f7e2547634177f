// Source files and positions: every AST node and diagnostic points into one.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rubric {

/// A 1-based line and column (in bytes) plus the 0-based byte offset.
struct SourcePos {
  std::uint32_t line = 1;
  std::uint32_t column = 1;
  std::size_t offset = 0;
};

/// A half-open range [begin, end) inside one source file.
struct SourceRange {
  SourcePos begin;
  SourcePos end;
};

/// Holds a rubric file's name and text; lines are indexed for diagnostics.
class SourceFile {
 public:
  /// Stores the text and indexes its line starts.
  SourceFile(std::string name, std::string text);

  /// Returns the file name as given on the command line.
  const std::string& name() const { return name_; }
  /// Returns the whole text.
  const std::string& text() const { return text_; }
  /// Returns line `line` (1-based) without its line terminator.
  std::string_view line_text(std::uint32_t line) const;
  /// Converts a byte offset into a line/column position.
  SourcePos position_at(std::size_t offset) const;

 private:
  std::string name_;
  std::string text_;
  std::vector<std::size_t> line_starts_;
};

using SourceFilePtr = std::shared_ptr<const SourceFile>;

}  // namespace rubric
