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

// What one let's value reads, in the order a walk meets it: an offer field (>= 0) or a let (-1 - index).
std::vector<int> direct_reads(const ast::Expr* root) {
  std::vector<int> out;
  std::vector<std::pair<const ast::Expr*, int>> work{{root, 0}};  // an explicit stack: a let chain is data
  while (!work.empty()) {
    auto [e, depth] = work.back();
    work.pop_back();
    if (!e || depth > kMaxCompileDepth) continue;
    if (e->kind == ast::ExprKind::ref && e->symbol.index >= 0) {
      if (e->symbol.kind == SymbolKind::field) out.push_back(e->symbol.index);
      if (e->symbol.kind == SymbolKind::let) out.push_back(-1 - e->symbol.index);
    }
    // Pushed in reverse so children pop in source order, as a recursive walk would meet them.
    work.push_back({e->otherwise.get(), depth + 1});
    for (auto arm = e->arms.rbegin(); arm != e->arms.rend(); ++arm) {
      work.push_back({arm->value.get(), depth + 1});
      work.push_back({arm->condition.get(), depth + 1});
    }
    for (auto c = e->children.rbegin(); c != e->children.rend(); ++c) work.push_back({c->get(), depth + 1});
  }
  return out;
}

// Folds each let's reads into the fields it depends on, lets before their readers. A depth-first
// order with an explicit stack: a chain of 40,000 lets is a long list here, not a deep C++ stack.
// A let on a cycle (reported by the checker) sees the fields found so far, as before.
std::vector<std::vector<int>> fold_let_fields(const std::vector<std::vector<int>>& reads) {
  const std::size_t n = reads.size();
  std::vector<std::vector<int>> fields(n);
  std::vector<char> state(n, 0);                            // 0 not yet, 1 in progress, 2 done
  std::vector<std::pair<std::size_t, std::size_t>> frames;  // let, next read to look at
  int last_field = -1;
  for (const auto& r : reads)
    for (int f : r) last_field = std::max(last_field, f);
  std::vector<std::size_t> seen(static_cast<std::size_t>(last_field + 1), 0);  // the let (plus one) that added it
  for (std::size_t root = 0; root < n; ++root) {
    if (state[root] != 0) continue;
    state[root] = 1;
    frames.push_back({root, 0});
    while (!frames.empty()) {
      auto& [let, next] = frames.back();
      if (next < reads[let].size()) {
        int r = reads[let][next++];
        auto j = static_cast<std::size_t>(-1 - r);
        if (r < 0 && j < n && state[j] == 0) {
          state[j] = 1;
          frames.push_back({j, 0});
        }
        continue;
      }
      const std::size_t done = let;
      std::vector<int> out;
      auto add = [&](int field) {  // a mark per field, not a search: long chains reading many fields stay fast
        if (seen[static_cast<std::size_t>(field)] == done + 1) return;
        seen[static_cast<std::size_t>(field)] = done + 1;
        out.push_back(field);
      };
      for (int r : reads[done]) {
        auto j = static_cast<std::size_t>(-1 - r);
        if (r >= 0) add(r);
        if (r < 0 && j < n)
          for (int f : fields[j]) add(f);
      }
      fields[done] = std::move(out);
      state[done] = 2;
      frames.pop_back();
    }
  }
  return fields;
}

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
  std::vector<std::vector<int>> reads;
  reads.reserve(rubric.lets.size());
  for (const auto& let : rubric.lets) reads.push_back(direct_reads(let.value.get()));
  return fold_let_fields(reads);
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
