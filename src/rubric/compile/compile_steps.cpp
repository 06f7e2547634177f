// The per-offer evaluation order: one step per declaration, in the checker's order.
#include <iterator>
#include <utility>

#include "rubric/compile/plan.hpp"

namespace rubric {

std::vector<Step> make_steps(const Plan& plan, const std::vector<EvalStep>& order) {
  const std::pair<SymbolKind, std::size_t> kinds[] = {
      {SymbolKind::let, plan.lets.size()},         {SymbolKind::criterion, plan.criteria.size()},
      {SymbolKind::flag, plan.flags.size()},       {SymbolKind::total, 1},
      {SymbolKind::confirm, plan.confirms.size()}, {SymbolKind::ask, plan.asks.size()}};
  auto name = [&](SymbolKind kind, int i) -> std::string {
    auto at = static_cast<std::size_t>(i);
    switch (kind) {
      case SymbolKind::let: return "let " + plan.lets[at].name;
      case SymbolKind::criterion: return "criterion " + plan.criteria[at].id;
      case SymbolKind::flag: return "flag " + plan.flags[at].id;
      case SymbolKind::confirm: return "confirm " + plan.confirms[at].id;
      case SymbolKind::ask: return "ask " + plan.asks[at].id;
      default: return "total";
    }
  };
  // The checker's order first; anything it left out follows in a safe default
  // order, so every declaration is evaluated exactly once.
  std::vector<std::vector<bool>> seen;
  for (const auto& [kind, n] : kinds) seen.emplace_back(n, false);
  auto kind_pos = [&](SymbolKind kind) -> int {
    for (std::size_t k = 0; k < std::size(kinds); ++k)
      if (kinds[k].first == kind) return static_cast<int>(k);
    return -1;
  };
  std::vector<Step> steps;
  auto add = [&](SymbolKind kind, int index) {
    int k = kind_pos(kind);
    int i = kind == SymbolKind::total ? 0 : index;
    if (k < 0 || i < 0 || static_cast<std::size_t>(i) >= seen[k].size() || seen[k][i]) return;
    seen[k][i] = true;
    const int at = kind == SymbolKind::total ? -1 : index;
    steps.push_back(Step{kind, at, name(kind, index), plan.layout.slot_of(ast::Symbol{kind, at})});
  };
  for (const auto& s : order) add(s.kind, s.index);
  for (const auto& [kind, n] : kinds)
    for (std::size_t i = 0; i < n; ++i) add(kind, static_cast<int>(i));
  return steps;
}

}  // namespace rubric
