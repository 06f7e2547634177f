// Column widths come from display_width, and styles wrap the text only, never the padding.
#include "rubric/output/table.hpp"

#include <algorithm>

#include "rubric/output/text_width.hpp"

namespace rubric {
namespace {

// Spaces between two columns.
constexpr std::size_t kGutter = 2;

}  // namespace

void TextTable::add_column(std::string head, bool right) { columns_.push_back({std::move(head), right}); }

void TextTable::add_row(std::vector<TableCell> cells) {
  cells.resize(columns_.size());
  rows_.push_back(std::move(cells));
}

std::string TextTable::render_row(const std::vector<TableCell>& cells, const std::vector<std::size_t>& widths,
                                  bool color) const {
  std::string line;
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    const TableCell& cell = cells[i];
    const std::size_t width = display_width(cell.text);
    const std::size_t fill = widths[i] > width ? widths[i] - width : 0;
    const bool last = i + 1 == columns_.size();
    if (i != 0) line.append(kGutter, ' ');
    if (columns_[i].right) line.append(fill, ' ');
    line += cell.style ? paint(cell.text, *cell.style, color) : cell.text;
    if (!columns_[i].right && !last) line.append(fill, ' ');
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  line.push_back('\n');
  return line;
}

std::string TextTable::render(bool color) const {
  std::vector<std::size_t> widths;
  for (const auto& column : columns_) widths.push_back(display_width(column.head));
  for (const auto& row : rows_) {
    for (std::size_t i = 0; i < columns_.size(); ++i) widths[i] = std::max(widths[i], display_width(row[i].text));
  }
  std::vector<TableCell> head;
  for (const auto& column : columns_) head.push_back({column.head, Style::bold});
  std::string out = render_row(head, widths, color);
  for (const auto& row : rows_) out += render_row(row, widths, color);
  return out;
}

}  // namespace rubric
