// The dependency graph over lets, criteria, flags, `total`, confirms and asks:
// cycles (Tarjan's algorithm) and the evaluation order (Kahn's algorithm),
// both iterative so a chain of 10,000 lets cannot overflow the stack.
#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <queue>

#include "rubric/check/check_context.hpp"

namespace rubric::checker {

namespace {

// A cycle through thousands of lets would make an unreadable message; show its start and end.
constexpr std::size_t kMaxCycleNamesShown = 24;

using Graph = std::vector<std::vector<int>>;

// Returns the strongly connected component of every node (Tarjan, with an explicit stack).
std::vector<int> components(const Graph& g) {
  const std::size_t n = g.size();
  std::vector<int> index(n, -1), low(n, 0), comp(n, -1), stack;
  std::vector<char> on_stack(n, 0);
  std::vector<std::pair<int, std::size_t>> frames;  // node, next edge to follow
  int counter = 0, count = 0;
  auto enter = [&](int v) {
    index[v] = low[v] = counter++;
    stack.push_back(v);
    on_stack[v] = 1;
    frames.push_back({v, 0});
  };
  for (std::size_t s = 0; s < n; ++s) {
    if (index[s] >= 0) continue;
    enter(static_cast<int>(s));
    while (!frames.empty()) {
      auto [v, next] = frames.back();
      if (next < g[v].size()) {
        frames.back().second++;
        int w = g[v][next];
        if (index[w] < 0) {
          enter(w);
        } else if (on_stack[w]) {
          low[v] = std::min(low[v], index[w]);
        }
        continue;
      }
      frames.pop_back();
      if (!frames.empty()) low[frames.back().first] = std::min(low[frames.back().first], low[v]);
      if (low[v] != index[v]) continue;
      for (int w = -1; w != v;) {
        w = stack.back();
        stack.pop_back();
        on_stack[w] = 0;
        comp[w] = count;
      }
      ++count;
    }
  }
  return comp;
}

// Returns a shortest path start -> ... -> start inside one component (breadth-first).
std::vector<int> cycle_through(const Graph& g, const std::vector<int>& comp, int start) {
  std::vector<int> parent(g.size(), -2);
  std::queue<int> queue;
  queue.push(start);
  parent[start] = -1;
  while (!queue.empty()) {
    int v = queue.front();
    queue.pop();
    for (int w : g[v]) {
      if (w == start) {
        std::vector<int> path{start};
        for (int u = v; u != start; u = parent[u]) path.push_back(u);
        path.push_back(start);
        std::reverse(path.begin(), path.end());
        return path;
      }
      if (comp[w] != comp[start] || parent[w] != -2) continue;
      parent[w] = v;
      queue.push(w);
    }
  }
  return {start, start};
}

std::string cycle_text(const Context& cx, const std::vector<int>& path) {
  std::string out = "cycle: ";
  for (std::size_t i = 0; i < path.size(); ++i) {
    const std::size_t half = kMaxCycleNamesShown / 2;
    if (path.size() > kMaxCycleNamesShown && i >= half && i + half < path.size()) {
      if (i == half) out += fmt::format(" -> ... ({} more)", path.size() - kMaxCycleNamesShown);
      continue;
    }
    out += (i == 0 ? "" : " -> ") + std::string(cx.node_name(path[i]));
  }
  return out;
}

// Reports one error per cyclic component, at its declaration that comes first in the file.
void report_cycles(Context& cx, const std::vector<int>& comp) {
  const int n = cx.node_count();
  std::vector<int> size(static_cast<std::size_t>(n), 0), first(static_cast<std::size_t>(n), -1);
  for (int v = 0; v < n; ++v) {
    ++size[comp[v]];
    if (v == cx.total_node()) continue;
    int& f = first[comp[v]];
    if (f < 0 || cx.node_range(v).begin.offset < cx.node_range(f).begin.offset) f = v;
  }
  for (int c = 0; c < n; ++c) {
    int start = first[c];
    if (start < 0) continue;
    const auto& out = cx.deps[start];
    bool self_loop = std::find(out.begin(), out.end(), start) != out.end();
    if (size[c] < 2 && !self_loop) continue;
    cx.error(cx.node_range(start), cycle_text(cx, cycle_through(cx.deps, comp, start)));
  }
}

// Returns a topological order preferring lower node numbers (source order by kind).
// Nodes on cycles, already reported, are released in node order so the order stays complete.
std::vector<int> evaluation_order(const Graph& g) {
  const std::size_t n = g.size();
  std::vector<std::vector<int>> readers(n);
  std::vector<std::size_t> pending(n);
  for (std::size_t v = 0; v < n; ++v) {
    pending[v] = g[v].size();
    for (int w : g[v]) readers[w].push_back(static_cast<int>(v));
  }
  std::priority_queue<int, std::vector<int>, std::greater<int>> ready;
  std::vector<char> queued(n, 0);
  for (std::size_t v = 0; v < n; ++v) {
    if (pending[v] == 0) ready.push(static_cast<int>(v)), queued[v] = 1;
  }
  std::vector<int> order;
  std::size_t forced = 0;
  while (order.size() < n) {
    if (ready.empty()) {
      while (queued[forced]) ++forced;
      ready.push(static_cast<int>(forced));
      queued[forced] = 1;
    }
    int v = ready.top();
    ready.pop();
    order.push_back(v);
    for (int r : readers[v]) {
      if (--pending[r] == 0 && !queued[r]) ready.push(r), queued[r] = 1;
    }
  }
  return order;
}

}  // namespace

void check_graph(Context& cx) {
  const int total = cx.total_node();
  for (int v = 0; v < total; ++v) {
    SymbolKind k = cx.symbol_at(v).kind;
    if (k == SymbolKind::criterion || k == SymbolKind::flag) cx.deps[total].push_back(v);
  }
  for (auto& out : cx.deps) {
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
  }
  report_cycles(cx, components(cx.deps));
  std::vector<int> order = evaluation_order(cx.deps);
  cx.result.order.clear();
  for (int v : order) {
    ast::Symbol s = cx.symbol_at(v);
    cx.result.order.push_back({s.kind, s.index});
    bool reads = cx.calls_aggregate[v];
    for (int w : cx.deps[v]) reads = reads || cx.reads_aggregate[w];
    cx.reads_aggregate[v] = reads;
  }
}

}  // namespace rubric::checker
