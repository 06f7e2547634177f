// Lines up the separators of a group, as a tab stop would: offer fields at their `:`, lets at `:` and
// `=`, match arms and `when` chains at `=>` and `because`.
#include <algorithm>

#include "rubric/format/format_plan.hpp"

namespace rubric::format {
namespace {

constexpr int kNone = -1;

/// Encodes a marker that widens its column without being moved itself (decoded by measured()).
int measure_only(int token) { return -token - 2; }
/// Returns the token a marker stands at, whether it moves or is measured only.
int measured(int marker) { return marker < kNone ? -marker - 2 : marker; }

/// Returns the index of the first token at or after `from` that is `text` outside brackets opened after
/// `start`, or kNone.
int find_at_depth0(const std::vector<Token>& tokens, int start, int from, std::string_view text) {
  int depth = 0;
  for (int j = start; j < static_cast<int>(tokens.size()); ++j) {
    const Token& t = tokens[static_cast<std::size_t>(j)];
    if (depth == 0 && j >= from && is(t, text) && t.kind != TokenKind::string) return j;
    if (t.kind != TokenKind::punct) continue;
    if (is(t, "(") || is(t, "[") || is(t, "{")) ++depth;
    if ((is(t, ")") || is(t, "]") || is(t, "}")) && --depth < 0) return kNone;
  }
  return kNone;
}

/// Returns the marker tokens of one member, in the order they line up (kNone where a line has none).
std::vector<int> markers(AlignGroup::Kind kind, const std::vector<Token>& tokens, int start) {
  switch (kind) {
    case AlignGroup::Kind::field: return {start + 1};
    case AlignGroup::Kind::assign: return {start + 1};
    case AlignGroup::Kind::let: {
      const int assign = find_at_depth0(tokens, start, start + 2, "=");
      const int colon = find_at_depth0(tokens, start, start + 2, ":");
      if (colon != kNone && (assign == kNone || colon < assign)) return {colon, assign};
      // Without a type, the name still widens the type column, and the `=` lines up with the others.
      return {assign == kNone ? kNone : measure_only(assign), assign};
    }
    case AlignGroup::Kind::arm:
    case AlignGroup::Kind::chain: {
      const int arrow = find_at_depth0(tokens, start, start + 1, "=>");
      return {arrow, arrow == kNone ? kNone : find_at_depth0(tokens, start, arrow + 1, "because")};
    }
  }
  return {};
}

/// Returns the column of token `marker` counted from token `start` of the same line.
int offset_of(const std::vector<Token>& tokens, const LinePlan& lp, const std::vector<int>& pad, int start,
              int marker) {
  int width = 0;
  for (int j = start; j < marker; ++j) {
    width += display_width(tokens[static_cast<std::size_t>(j)].text);
    width += lp.gap[static_cast<std::size_t>(j + 1)] + pad[static_cast<std::size_t>(j + 1)];
  }
  return width;
}

}  // namespace

std::string_view to_string(AlignKind kind) {
  switch (kind) {
    case AlignKind::field: return "field";
    case AlignKind::let: return "let";
    case AlignKind::assign: return "assign";
    case AlignKind::arm: return "arm";
    case AlignKind::chain: return "chain";
  }
  return "field";
}

void align_groups(const std::vector<Line>& lines, Plan& plan) {
  std::vector<std::vector<int>> pads(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) pads[i].assign(lines[i].tokens.size(), 0);
  for (const AlignGroup& group : plan.groups) {
    if (group.members.size() < 2) continue;
    std::vector<std::vector<int>> marks;
    for (const auto& [line, start] : group.members) marks.push_back(markers(group.kind, lines[line].tokens, start));
    for (std::size_t m = 0; m < marks.front().size(); ++m) {
      int target = 0;
      for (std::size_t k = 0; k < group.members.size(); ++k) {
        const auto [line, start] = group.members[k];
        if (marks[k][m] == kNone) continue;
        const int at = offset_of(lines[line].tokens, plan.lines[line], pads[line], start, measured(marks[k][m]));
        target = std::max(target, at);
      }
      for (std::size_t k = 0; k < group.members.size(); ++k) {
        const auto [line, start] = group.members[k];
        if (marks[k][m] < 0) continue;
        const int at = offset_of(lines[line].tokens, plan.lines[line], pads[line], start, marks[k][m]);
        pads[line][static_cast<std::size_t>(marks[k][m])] += target - at;
      }
    }
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    for (std::size_t j = 0; j < pads[i].size(); ++j) plan.lines[i].gap[j] += pads[i][j];
  }
}

}  // namespace rubric::format
