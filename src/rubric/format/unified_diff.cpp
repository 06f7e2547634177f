// A line diff for `rubric fmt --diff` (and any tool that shows a rewrite before making it): common
// prefix and suffix stripped, a longest common subsequence over the rest, hunks with 3 lines of context.
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include <rubric/format.hpp>

namespace rubric {
namespace {

constexpr std::size_t kContext = 3;
// Beyond this many cells the middle is shown as one replacement instead of a minimal diff (memory bound).
constexpr std::size_t kMaxDiffCells = std::size_t{16} * 1024 * 1024;

std::vector<std::string_view> split(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    lines.push_back(text.substr(0, nl == std::string_view::npos ? text.size() : nl + 1));
    text.remove_prefix(lines.back().size());
  }
  return lines;
}

/// One line of the edit script: ' ' kept, '-' removed, '+' added; with its line numbers.
struct Edit {
  char op;
  std::string_view text;
  std::size_t a, b;  // 0-based line in before / after (the position where it would go for + / -)
};

std::vector<Edit> middle_edits(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b,
                               std::size_t lo, std::size_t a_hi, std::size_t b_hi) {
  const std::size_t n = a_hi - lo, m = b_hi - lo;
  std::vector<Edit> edits;
  if (n * m > kMaxDiffCells) {
    for (std::size_t i = 0; i < n; ++i) edits.push_back({'-', a[lo + i], lo + i, lo});
    for (std::size_t j = 0; j < m; ++j) edits.push_back({'+', b[lo + j], a_hi, lo + j});
    return edits;
  }
  std::vector<std::uint32_t> lcs((n + 1) * (m + 1), 0);
  const auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return lcs[i * (m + 1) + j]; };
  for (std::size_t i = n; i-- > 0;) {
    for (std::size_t j = m; j-- > 0;) {
      at(i, j) = a[lo + i] == b[lo + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
  }
  std::size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[lo + i] == b[lo + j]) {
      edits.push_back({' ', a[lo + i], lo + i, lo + j});
      ++i, ++j;
    } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
      edits.push_back({'-', a[lo + i], lo + i, lo + j});
      ++i;
    } else {
      edits.push_back({'+', b[lo + j], lo + i, lo + j});
      ++j;
    }
  }
  return edits;
}

std::string line_of(const Edit& e) {
  std::string s(1, e.op);
  s.append(e.text);
  if (s.back() != '\n') s.append("\n\\ No newline at end of file\n");
  return s;
}

}  // namespace

std::string unified_diff(std::string_view before, std::string_view after, std::string_view before_label,
                         std::string_view after_label) {
  if (before == after) return {};
  const auto a = split(before), b = split(after);
  std::size_t lo = 0;
  while (lo < a.size() && lo < b.size() && a[lo] == b[lo]) ++lo;
  std::size_t a_hi = a.size(), b_hi = b.size();
  while (a_hi > lo && b_hi > lo && a[a_hi - 1] == b[b_hi - 1]) --a_hi, --b_hi;
  std::vector<Edit> edits;
  for (std::size_t k = 0; k < lo; ++k) edits.push_back({' ', a[k], k, k});
  for (Edit& e : middle_edits(a, b, lo, a_hi, b_hi)) edits.push_back(e);
  for (std::size_t k = 0; a_hi + k < a.size(); ++k) edits.push_back({' ', a[a_hi + k], a_hi + k, b_hi + k});

  std::string out = fmt::format("--- {}\n+++ {}\n", before_label, after_label);
  std::size_t k = 0;
  while (k < edits.size()) {
    if (edits[k].op == ' ') {
      ++k;
      continue;
    }
    // A hunk: back up to kContext kept lines, then run until kContext*2 kept lines in a row or the end.
    const std::size_t start = k >= kContext ? k - kContext : 0;
    std::size_t end = k, kept = 0;
    while (end < edits.size() && kept <= 2 * kContext) {
      kept = edits[end].op == ' ' ? kept + 1 : 0;
      ++end;
    }
    if (kept > 0) end -= kept > kContext ? kept - kContext : 0;
    std::size_t a_count = 0, b_count = 0;
    for (std::size_t e = start; e < end; ++e) {
      a_count += edits[e].op != '+';
      b_count += edits[e].op != '-';
    }
    const std::size_t a_start = a_count ? edits[start].a + 1 : edits[start].a;
    const std::size_t b_start = b_count ? edits[start].b + 1 : edits[start].b;
    out += fmt::format("@@ -{},{} +{},{} @@\n", a_start, a_count, b_start, b_count);
    for (std::size_t e = start; e < end; ++e) out += line_of(edits[e]);
    k = end;
  }
  return out;
}

}  // namespace rubric
