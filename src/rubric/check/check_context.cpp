// The checker's shared state: graph node numbering, symbol types, diagnostics.
#include "rubric/check/check_context.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace rubric::checker {

Context::Context(ast::Rubric& r, CheckResult& res) : rubric(r), result(res) {
  field_types.assign(r.fields.size(), Type{});
  let_read.assign(r.lets.size(), 0);
  auto n = static_cast<std::size_t>(node_count());
  deps.assign(n, {});
  calls_aggregate.assign(n, 0);
  reads_aggregate.assign(n, 0);
  result.let_types.assign(r.lets.size(), Type{});
}

int Context::total_node() const {
  return static_cast<int>(rubric.lets.size() + rubric.criteria.size() + rubric.flags.size());
}

int Context::node_of(ast::Symbol s) const {
  const int lets = static_cast<int>(rubric.lets.size());
  const int criteria = static_cast<int>(rubric.criteria.size());
  switch (s.kind) {
    case SymbolKind::let: return s.index;
    case SymbolKind::criterion: return lets + s.index;
    case SymbolKind::flag: return lets + criteria + s.index;
    case SymbolKind::total: return total_node();
    case SymbolKind::confirm: return total_node() + 1 + s.index;
    case SymbolKind::ask: return total_node() + 1 + confirm_count() + s.index;
    case SymbolKind::field:
    case SymbolKind::none: return -1;
  }
  return -1;
}

ast::Symbol Context::symbol_at(int node) const {
  const int lets = static_cast<int>(rubric.lets.size());
  const int criteria = static_cast<int>(rubric.criteria.size());
  const int total = total_node();
  if (node < lets) return {SymbolKind::let, node};
  if (node < lets + criteria) return {SymbolKind::criterion, node - lets};
  if (node < total) return {SymbolKind::flag, node - lets - criteria};
  if (node == total) return {SymbolKind::total, -1};
  if (node <= total + confirm_count()) return {SymbolKind::confirm, node - total - 1};
  return {SymbolKind::ask, node - total - 1 - confirm_count()};
}

namespace {

const ast::Ident* declared_ident(const ast::Rubric& r, ast::Symbol s) {
  const auto i = static_cast<std::size_t>(s.index);
  switch (s.kind) {
    case SymbolKind::let: return &r.lets[i].name;
    case SymbolKind::criterion: return &r.criteria[i].id;
    case SymbolKind::flag: return &r.flags[i].id;
    case SymbolKind::confirm: return &r.confirms[i].id;
    case SymbolKind::ask: return &r.asks[i].id;
    default: return nullptr;
  }
}

}  // namespace

std::string_view Context::node_name(int node) const {
  const ast::Ident* id = declared_ident(rubric, symbol_at(node));
  return id ? std::string_view(id->name) : std::string_view("total");
}

SourceRange Context::node_range(int node) const {
  const ast::Ident* id = declared_ident(rubric, symbol_at(node));
  return id ? id->range : SourceRange{};
}

Type Context::symbol_type(ast::Symbol s) const {
  switch (s.kind) {
    case SymbolKind::field: return field_types[static_cast<std::size_t>(s.index)];
    case SymbolKind::let: return result.let_types[static_cast<std::size_t>(s.index)];
    case SymbolKind::criterion:
    case SymbolKind::total: return Type{TypeKind::number};
    case SymbolKind::flag:
    case SymbolKind::confirm:
    case SymbolKind::ask: return Type{TypeKind::boolean};
    case SymbolKind::none: return Type{};
  }
  return Type{};
}

void Context::error(const SourceRange& range, std::string message, std::vector<std::string> notes) {
  result.diagnostics.push_back({DiagnosticLevel::error, range, std::move(message), std::move(notes)});
}

void Context::warning(const SourceRange& range, std::string message, std::vector<std::string> notes) {
  result.diagnostics.push_back({DiagnosticLevel::warning, range, std::move(message), std::move(notes)});
}

bool is_aggregate(std::string_view name) { return name == "max_of" || name == "min_of" || name == "mean_of"; }

std::string_view symbol_kind_name(SymbolKind kind) {
  // In messages an unresolved name is just a "name"; every other kind reads as to_string() spells it.
  return kind == SymbolKind::none ? "name" : to_string(kind);
}

std::string type_name(Type type) { return std::string(to_string(type.kind)); }

std::string quoted(std::string_view name) { return fmt::format("'{}'", name); }

std::string quoted_list(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + quoted(n);
  return out;
}

std::string number_text(double value) { return fmt::format("{}", value); }

bool same_enumeration(const Context& cx, Type a, Type b) {
  if (a.kind != TypeKind::enumeration || b.kind != TypeKind::enumeration) return false;
  if (a.enum_id == b.enum_id) return true;
  auto sorted = [&](int id) {
    auto members = cx.result.enums[static_cast<std::size_t>(id)];
    std::sort(members.begin(), members.end());
    return members;
  };
  return sorted(a.enum_id) == sorted(b.enum_id);
}

bool check_member(Context& cx, Type enumeration, const std::string& value, const SourceRange& where) {
  const auto& members = cx.result.enums[static_cast<std::size_t>(enumeration.enum_id)];
  if (std::find(members.begin(), members.end(), value) != members.end()) return true;
  std::vector<std::string> notes;
  std::string hint = suggest_among(value, members);
  if (!hint.empty()) notes.push_back(fmt::format("did you mean {}?", quoted(hint)));
  cx.error(where, fmt::format("{} is not one of {}", quoted(value), quoted_list(members)), std::move(notes));
  return false;
}

bool literal_number(const ast::Expr& e, double& value) {
  if (e.kind == ast::ExprKind::number || e.kind == ast::ExprKind::percent) {
    value = e.number;
    return true;
  }
  if (e.kind == ast::ExprKind::negate && e.children.size() == 1 && literal_number(*e.children[0], value)) {
    value = -value;
    return true;
  }
  return false;
}

}  // namespace rubric::checker
