// Typo suggestions shared by the offer reader and the command line (the checker keeps its own, with a budget).
#include <algorithm>

#include <rubric/suggest.hpp>

namespace rubric {

namespace {

// Past this many edits, a suggestion confuses more than it helps.
constexpr std::size_t kMaxEdits = 2;

// Returns the Levenshtein distance, or cap + 1 once it is certain to exceed cap.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t cap) {
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > cap) return cap + 1;
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    std::size_t row_min = cur[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitute = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, substitute});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > cap) return cap + 1;
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace

std::string closest_name(std::string_view name, const std::vector<std::string>& candidates) {
  const std::string* best = nullptr;
  std::size_t best_distance = kMaxEdits + 1;
  for (const auto& candidate : candidates) {
    const std::size_t d = edit_distance(name, candidate, kMaxEdits);
    // As many edits as the name has characters ("x" -> "ab") is noise, not a typo.
    if (d > 0 && d < best_distance && d < name.size()) {
      best = &candidate;
      best_distance = d;
    }
  }
  return best ? *best : std::string();
}

}  // namespace rubric
