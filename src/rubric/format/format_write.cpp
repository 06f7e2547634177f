// Writes the planned layout: each line at its indentation, tokens with their spaces, comments as written.
#include <string>

#include "rubric/format/format_plan.hpp"

namespace rubric::format {

int display_width(std::string_view text) {
  int width = 0;
  for (const char c : text) width += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return width;
}

std::string write_layout(const std::vector<Line>& lines, const Plan& plan) {
  std::string out;
  std::vector<int> indent(lines.size(), 0);
  std::vector<std::vector<int>> columns(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    const LinePlan& lp = plan.lines[i];
    const Indent& in = lp.indent;
    int base = 0;
    if (in.line >= 0) {
      const auto ref = static_cast<std::size_t>(in.line);
      base = in.token < 0 ? indent[ref] : columns[ref][static_cast<std::size_t>(in.token)];
    }
    indent[i] = base + in.offset;
    if (lp.blank_before) out.push_back('\n');
    out.append(static_cast<std::size_t>(indent[i]), ' ');
    int column = indent[i];
    for (std::size_t j = 0; j < line.tokens.size(); ++j) {
      if (j > 0) {
        out.append(static_cast<std::size_t>(lp.gap[j]), ' ');
        column += lp.gap[j];
      }
      columns[i].push_back(column);
      out.append(line.tokens[j].text);
      column += display_width(line.tokens[j].text);
    }
    if (!line.comment.empty()) {
      if (!line.tokens.empty()) out.push_back(' ');
      out.append(line.comment);
    }
    out.push_back('\n');
  }
  return out;
}

std::string layout(std::string_view text) {
  const std::vector<Line> lines = split_lines(text);
  Plan plan = plan_layout(lines);
  align_groups(lines, plan);
  return write_layout(lines, plan);
}

}  // namespace rubric::format
