// Declaration-level checks: the singletons (title, scale, draft) and the flat namespace.
#include <fmt/format.h>

#include <algorithm>

#include "rubric/check/check_context.hpp"

namespace rubric::checker {

namespace {

// Reports every declaration after the first of a kind that may appear only once.
template<typename Decl, typename RangeOf>
void report_repeats(Context& cx, const std::vector<Decl>& decls, RangeOf range_of, std::string_view keyword) {
  for (std::size_t i = 1; i < decls.size(); ++i) {
    cx.error(range_of(decls[i]), fmt::format("duplicate {} declaration", quoted(keyword)),
             {fmt::format("the first is at line {}", range_of(decls[0]).begin.line)});
  }
}

struct NamedDecl {
  const ast::Ident* id;
  ast::Symbol symbol;
};

// Lists every namespace declaration in source order, so "duplicate" points at the later one.
std::vector<NamedDecl> named_decls(const ast::Rubric& r) {
  std::vector<NamedDecl> out;
  auto add = [&](const ast::Ident& id, SymbolKind kind, std::size_t i) {
    out.push_back({&id, {kind, static_cast<int>(i)}});
  };
  for (std::size_t i = 0; i < r.lets.size(); ++i) add(r.lets[i].name, SymbolKind::let, i);
  for (std::size_t i = 0; i < r.criteria.size(); ++i) add(r.criteria[i].id, SymbolKind::criterion, i);
  for (std::size_t i = 0; i < r.flags.size(); ++i) add(r.flags[i].id, SymbolKind::flag, i);
  for (std::size_t i = 0; i < r.confirms.size(); ++i) add(r.confirms[i].id, SymbolKind::confirm, i);
  for (std::size_t i = 0; i < r.asks.size(); ++i) add(r.asks[i].id, SymbolKind::ask, i);
  std::stable_sort(out.begin(), out.end(), [](const NamedDecl& a, const NamedDecl& b) {
    return a.id->range.begin.offset < b.id->range.begin.offset;
  });
  return out;
}

// An offer path may not be a namespace name: a reference `pay` must mean one thing. Longer paths may
// start with one (the brief's own example has criterion `scope` and field `scope.level`): a dotted
// reference is always a path, an undotted one never is, so they cannot be confused.
void check_path_clashes(Context& cx) {
  for (const auto& f : cx.rubric.fields) {
    const std::string& path = f.path.name;
    if (path == "total") {
      cx.error(f.path.range, "offer path 'total' clashes with the reserved name 'total'");
      continue;
    }
    auto it = cx.names.find(path);
    if (it == cx.names.end()) continue;
    cx.clashes.insert(path);
    std::string_view kind = symbol_kind_name(it->second.kind);
    cx.error(f.path.range, fmt::format("offer path {} clashes with {} {}", quoted(path), kind, quoted(path)),
             {fmt::format("{} {} is declared at line {}", kind, quoted(path),
                          cx.node_range(cx.node_of(it->second)).begin.line)});
  }
}

}  // namespace

void check_singletons(Context& cx) {
  auto& r = cx.rubric;
  auto text_range = [](const ast::Text& t) { return t.range; };
  auto decl_range = [](const auto& d) { return d.range; };
  if (r.titles.empty()) cx.error(SourceRange{}, "missing 'rubric \"Title\"' declaration");
  report_repeats(cx, r.titles, text_range, "rubric");
  report_repeats(cx, r.scales, decl_range, "scale");
  report_repeats(cx, r.drafts, decl_range, "draft");
  if (!r.scales.empty()) {
    const auto& s = r.scales.front();
    cx.result.scale_low = s.low;
    cx.result.scale_high = s.high;
    if (!(s.low < s.high)) {
      cx.error(s.range,
               fmt::format("scale low end {} must be below its high end {}", number_text(s.low), number_text(s.high)));
    }
  }
}

void check_namespace(Context& cx) {
  for (const NamedDecl& d : named_decls(cx.rubric)) {
    const std::string& name = d.id->name;
    if (name == "total") {
      cx.error(d.id->range, "'total' is reserved for the offer's final total; choose another name");
      continue;
    }
    auto [it, inserted] = cx.names.emplace(name, d.symbol);
    if (inserted) continue;
    cx.error(d.id->range, fmt::format("duplicate name {}", quoted(name)),
             {fmt::format("{} is first declared as a {} at line {}", quoted(name), symbol_kind_name(it->second.kind),
                          cx.node_range(cx.node_of(it->second)).begin.line)});
  }
  check_path_clashes(cx);
}

}  // namespace rubric::checker
