// A plain-text table with aligned columns; widths are terminal columns, so UTF-8 names line up.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <rubric/output.hpp>

namespace rubric {

/// One cell: its text and an optional style (drawn only when colour is on).
struct TableCell {
  std::string text;
  std::optional<Style> style;
};

/// Columns with heads, rows of cells; renders with two spaces between columns and no trailing blanks.
class TextTable {
 public:
  /// Adds a column; `right` aligns its cells to the right (numbers).
  void add_column(std::string head, bool right);
  /// Adds a row; missing cells are blank, extra cells are ignored.
  void add_row(std::vector<TableCell> cells);
  /// Renders the head row (bold when `color`) and every row, each ending in '\n'.
  std::string render(bool color) const;

 private:
  struct Column {
    std::string head;
    bool right = false;
  };
  std::string render_row(const std::vector<TableCell>& cells, const std::vector<std::size_t>& widths, bool color) const;
  std::vector<Column> columns_;
  std::vector<std::vector<TableCell>> rows_;
};

}  // namespace rubric
