// Static dependencies: which offer fields a declaration reads (for the facts
// shown beside each score), and which steps pass one must run so aggregate
// arguments can read lets, criteria or `total`.
#include <algorithm>

#include <rubric/limits.hpp>
#include "rubric/compile/builder.hpp"

namespace rubric {

namespace {

void add_unique(std::vector<int>& out, int field) {
  if (std::find(out.begin(), out.end(), field) == out.end()) out.push_back(field);
}

struct LetFieldWalker {
  const ast::Rubric& rubric;
  std::vector<std::vector<int>> fields;
  std::vector<int> state;  // 0 not yet, 1 in progress (a cycle: stop), 2 done

  void let(int i) {
    auto at = static_cast<std::size_t>(i);
    if (state[at] != 0) return;
    state[at] = 1;
    std::vector<int> out;
    walk(rubric.lets[at].value.get(), out, 0);
    fields[at] = std::move(out);
    state[at] = 2;
  }

  void walk(const ast::Expr* e, std::vector<int>& out, int depth) {
    if (!e || depth > kMaxCompileDepth) return;
    if (e->kind == ast::ExprKind::ref) {
      const auto& s = e->symbol;
      if (s.kind == SymbolKind::field && s.index >= 0) add_unique(out, s.index);
      if (s.kind == SymbolKind::let && s.index >= 0 && static_cast<std::size_t>(s.index) < fields.size()) {
        let(s.index);
        for (int f : fields[static_cast<std::size_t>(s.index)]) add_unique(out, f);
      }
    }
    for (const auto& c : e->children) walk(c.get(), out, depth + 1);
    for (const auto& arm : e->arms) {
      walk(arm.condition.get(), out, depth + 1);
      walk(arm.value.get(), out, depth + 1);
    }
    walk(e->otherwise.get(), out, depth + 1);
  }
};

// Slots a code range reads.
void slots_read(const Plan& plan, CodeRange code, std::vector<int>& out) {
  for (std::uint32_t pc = code.begin; pc < code.end; ++pc) {
    if (plan.code[pc].op == Op::slot) out.push_back(plan.code[pc].a);
    if (plan.code[pc].load == Load::slot) out.push_back(plan.code[pc].c);
  }
}

std::vector<int> step_reads(const Plan& plan, const Step& step) {
  std::vector<int> out;
  const auto i = static_cast<std::size_t>(step.index);
  switch (step.kind) {
    case SymbolKind::let: slots_read(plan, plan.lets[i].value, out); break;
    case SymbolKind::criterion: slots_read(plan, plan.criteria[i].score, out); break;
    case SymbolKind::flag:
      for (CodeRange r : {plan.flags[i].condition, plan.flags[i].penalty, plan.flags[i].cap}) slots_read(plan, r, out);
      break;
    case SymbolKind::confirm: slots_read(plan, plan.confirms[i].condition, out); break;
    case SymbolKind::ask:
      for (CodeRange r : {plan.asks[i].condition, plan.asks[i].low, plan.asks[i].high}) slots_read(plan, r, out);
      break;
    case SymbolKind::total:
      for (const auto& c : plan.criteria) out.push_back(c.slot);
      for (const auto& f : plan.flags) out.push_back(f.slot);
      break;
    default: break;
  }
  return out;
}

}  // namespace

std::vector<std::vector<int>> let_fields(const ast::Rubric& rubric) {
  LetFieldWalker walker{rubric, std::vector<std::vector<int>>(rubric.lets.size()),
                        std::vector<int>(rubric.lets.size(), 0)};
  for (std::size_t i = 0; i < rubric.lets.size(); ++i) walker.let(static_cast<int>(i));
  return std::move(walker.fields);
}

void collect_fields(const ast::Expr* expr, const std::vector<std::vector<int>>& lets, std::vector<int>& out) {
  struct Walk {
    const std::vector<std::vector<int>>& lets;
    void operator()(const ast::Expr* e, std::vector<int>& out, int depth) const {
      if (!e || depth > kMaxCompileDepth) return;
      if (e->kind == ast::ExprKind::ref && e->symbol.index >= 0) {
        auto i = static_cast<std::size_t>(e->symbol.index);
        if (e->symbol.kind == SymbolKind::field) add_unique(out, e->symbol.index);
        if (e->symbol.kind == SymbolKind::let && i < lets.size())
          for (int f : lets[i]) add_unique(out, f);
      }
      for (const auto& c : e->children) (*this)(c.get(), out, depth + 1);
      for (const auto& arm : e->arms) {
        (*this)(arm.condition.get(), out, depth + 1);
        (*this)(arm.value.get(), out, depth + 1);
      }
      (*this)(e->otherwise.get(), out, depth + 1);
    }
  };
  Walk{lets}(expr, out, 0);
}

void plan_aggregate_steps(Plan& plan) {
  if (plan.aggregates.empty()) return;
  // position of the step producing each slot, in plan.order
  std::vector<int> producer(static_cast<std::size_t>(plan.layout.count), -1);
  for (std::size_t s = 0; s < plan.order.size(); ++s)
    producer[static_cast<std::size_t>(plan.order[s].slot)] = static_cast<int>(s);
  std::vector<bool> needed(plan.order.size(), false);
  std::vector<std::vector<bool>> needed_by(plan.aggregates.size(), std::vector<bool>(plan.order.size(), false));
  for (std::size_t a = 0; a < plan.aggregates.size(); ++a) {
    std::vector<int> work;
    slots_read(plan, plan.aggregates[a].argument, work);
    while (!work.empty()) {
      int slot = work.back();
      work.pop_back();
      int s = slot >= 0 && slot < plan.layout.count ? producer[static_cast<std::size_t>(slot)] : -1;
      if (s < 0 || needed_by[a][static_cast<std::size_t>(s)]) continue;
      needed_by[a][static_cast<std::size_t>(s)] = needed[static_cast<std::size_t>(s)] = true;
      for (int r : step_reads(plan, plan.order[static_cast<std::size_t>(s)])) work.push_back(r);
    }
  }
  std::vector<std::size_t> position(plan.order.size(), 0);
  for (std::size_t s = 0; s < plan.order.size(); ++s) {
    if (!needed[s]) continue;
    plan.aggregate_steps.push_back(plan.order[s]);
    position[s] = plan.aggregate_steps.size();
  }
  for (std::size_t a = 0; a < plan.aggregates.size(); ++a)
    for (std::size_t s = 0; s < plan.order.size(); ++s)
      if (needed_by[a][s]) plan.aggregates[a].needs_steps = std::max(plan.aggregates[a].needs_steps, position[s]);
}

}  // namespace rubric
