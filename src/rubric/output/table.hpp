// A plain-text table with aligned columns; widths are terminal columns, so UTF-8 names line up.
// Rows are measured in one pass and rendered in another, so a table of a million rows is written
// row by row without being held.
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

/// Columns with heads; rows are measured first, then rendered with two spaces between columns and no trailing blanks.
class TextTable {
 public:
  /// Adds a column; `right` aligns its cells to the right (numbers).
  void add_column(std::string head, bool right);
  /// Widens the columns to fit `cells` (missing cells are blank, extra cells are ignored).
  void measure(const std::vector<TableCell>& cells);
  /// Appends the head row (bold when `color`) to `out`.
  void render_head(bool color, std::string& out) const;
  /// Appends one measured row to `out`, ending in '\n'.
  void render_row(const std::vector<TableCell>& cells, bool color, std::string& out) const;

 private:
  struct Column {
    std::string head;
    bool right = false;
    std::size_t width = 0;
  };
  std::vector<Column> columns_;
};

}  // namespace rubric
