// The layout of each line, decided from the tokens alone (format_plan.cpp), then lined up
// (format_align.cpp) and written out (format_write.cpp). docs/style.md states the rules.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rubric/format/format_tokens.hpp"

namespace rubric::format {

/// Where a line starts: at the indentation of line `line` (or at the column of its token `token`) plus `offset`.
struct Indent {
  int line = -1;   // -1: the left margin
  int token = -1;  // -1: the line's indentation, else the column of that token
  int offset = 0;
};

/// What lines up in a group: offer fields at `:`, lets at `:` and `=`, `NAME = value` at `=`, match arms
/// and `when` chains at `=>` and `because`.
enum class AlignKind { field, let, assign, arm, chain };

/// Names an alignment kind ("field", "let", ...), for messages and tests.
std::string_view to_string(AlignKind kind);

/// A group of lines whose separators line up: offer fields, lets, match arms, a `when` chain.
struct AlignGroup {
  using Kind = AlignKind;
  Kind kind = Kind::field;
  std::vector<std::pair<int, int>> members;  // (line, token the member starts at)
};

/// Everything the writer needs about one line besides its tokens.
struct LinePlan {
  Indent indent;
  std::vector<int> gap;          // spaces before each token (0 for the first)
  bool blank_before = false;     // write one blank line before it
  bool opens_block = false;      // its last token is `{`
  bool top_level_start = false;  // it starts a declaration at the top level
};

/// The plan of a whole file.
struct Plan {
  std::vector<LinePlan> lines;
  std::vector<AlignGroup> groups;
};

/// Decides indentation, spacing, blank lines and alignment groups for `lines`.
Plan plan_layout(const std::vector<Line>& lines);

/// Adds the spaces that line up each group's separators to `plan` (format_align.cpp).
void align_groups(const std::vector<Line>& lines, Plan& plan);

/// Writes the lines as planned: the formatted text (format_write.cpp).
std::string write_layout(const std::vector<Line>& lines, const Plan& plan);

/// Lays out rubric text without parsing it: split_lines, plan_layout, align_groups, write_layout.
std::string layout(std::string_view text);

/// Returns the display width of `text` (UTF-8 code points).
int display_width(std::string_view text);

}  // namespace rubric::format
