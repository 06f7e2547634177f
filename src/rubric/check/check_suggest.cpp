// "did you mean 'x'?" for unknown names, paths, functions and enumeration members.
#include <fmt/format.h>

#include <algorithm>

#include "rubric/check/check_context.hpp"

namespace rubric::checker {

namespace {

// Farther than this many edits, a suggestion is more confusing than helpful.
constexpr std::size_t kMaxSuggestDistance = 2;

// Each suggestion compares the unknown name with every declared name. Past this many comparisons in
// one rubric (a generated file full of unknown names) the checker stops suggesting, so it stays fast;
// a hand-written rubric with a hundred names can have two thousand typos before this matters.
constexpr std::size_t kMaxSuggestComparisons = 200000;

// Returns the Levenshtein distance, or cap + 1 once it is certain to exceed cap.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t cap) {
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > cap) return cap + 1;
  thread_local std::vector<std::size_t> prev, cur;  // reused: this runs once per declared name
  prev.resize(b.size() + 1);
  cur.resize(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    std::size_t row_min = cur[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t substitute = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, substitute});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > cap) return cap + 1;
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

bool affix_match(std::string_view name, std::string_view candidate) {
  return candidate.size() > name.size() && (candidate.starts_with(name) || candidate.ends_with(name));
}

}  // namespace

std::string suggest_among(std::string_view name, const std::vector<std::string>& candidates) {
  const std::string* best = nullptr;
  std::size_t best_distance = kMaxSuggestDistance + 1;
  for (const auto& c : candidates) {
    std::size_t d = edit_distance(name, c, kMaxSuggestDistance);
    // A distance as long as the name itself ("x" -> "ab") suggests noise, not a typo.
    if (d < best_distance && d > 0 && d < name.size()) {
      best = &c;
      best_distance = d;
    }
  }
  if (best) return *best;
  const std::string* affix = nullptr;
  for (const auto& c : candidates) {
    if (!affix_match(name, c)) continue;
    if (affix) return "";  // not unique
    affix = &c;
  }
  return affix ? *affix : "";
}

const std::vector<std::string>& Context::name_candidates() {
  if (!candidates_.empty()) return candidates_;
  for (const auto& d : rubric.lets) candidates_.push_back(d.name.name);
  for (const auto& d : rubric.criteria) candidates_.push_back(d.id.name);
  for (const auto& d : rubric.flags) candidates_.push_back(d.id.name);
  for (const auto& d : rubric.confirms) candidates_.push_back(d.id.name);
  for (const auto& d : rubric.asks) candidates_.push_back(d.id.name);
  candidates_.push_back("total");
  for (const auto& f : rubric.fields) candidates_.push_back(f.path.name);
  return candidates_;
}

std::string Context::suggest_name(const std::string& name) {
  if (auto it = suggestion_cache_.find(name); it != suggestion_cache_.end()) return it->second;
  const auto& candidates = name_candidates();
  if (suggest_comparisons_ + candidates.size() > kMaxSuggestComparisons) return "";
  suggest_comparisons_ += candidates.size();
  std::string hint = suggest_among(name, candidates);
  std::string note = hint.empty() ? "" : fmt::format("did you mean {}?", quoted(hint));
  suggestion_cache_.emplace(name, note);
  return note;
}

}  // namespace rubric::checker
