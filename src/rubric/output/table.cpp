// Column widths come from display_width, and styles wrap the text only, never the padding.
#include "rubric/output/table.hpp"

#include <algorithm>

#include "rubric/output/text_width.hpp"

namespace rubric {
namespace {

// Spaces between two columns.
constexpr std::size_t kGutter = 2;

}  // namespace

void TextTable::add_column(std::string head, bool right) {
  const std::size_t width = display_width(head);
  columns_.push_back({std::move(head), right, width});
}

void TextTable::measure(const std::vector<TableCell>& cells) {
  const std::size_t n = std::min(cells.size(), columns_.size());
  for (std::size_t i = 0; i < n; ++i) columns_[i].width = std::max(columns_[i].width, display_width(cells[i].text));
}

void TextTable::render_row(const std::vector<TableCell>& cells, bool color, std::string& out) const {
  const std::size_t start = out.size();
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    static const TableCell kEmpty;
    const TableCell& cell = i < cells.size() ? cells[i] : kEmpty;
    const std::size_t width = display_width(cell.text);
    const std::size_t fill = columns_[i].width > width ? columns_[i].width - width : 0;
    const bool last = i + 1 == columns_.size();
    if (i != 0) out.append(kGutter, ' ');
    if (columns_[i].right) out.append(fill, ' ');
    out += cell.style ? paint(cell.text, *cell.style, color) : cell.text;
    if (!columns_[i].right && !last) out.append(fill, ' ');
  }
  while (out.size() > start && out.back() == ' ') out.pop_back();
  out.push_back('\n');
}

void TextTable::render_head(bool color, std::string& out) const {
  std::vector<TableCell> head;
  for (const auto& column : columns_) head.push_back({column.head, Style::bold});
  render_row(head, color, out);
}

}  // namespace rubric
