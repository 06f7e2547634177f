// Declaration-level typing in evaluation order, plus the checks that need every
// type or the whole graph: interpolation types, aggregate nesting, weights, unused lets.
#include <fmt/format.h>

#include <cmath>

#include <rubric/limits.hpp>
#include "rubric/check/check_context.hpp"

namespace rubric::checker {

namespace {

bool declarable(const ast::TypeSpec& spec) {
  return spec.members.empty() &&
         (is_numeric(spec.kind) || spec.kind == TypeKind::boolean || spec.kind == TypeKind::text);
}

void type_let(Context& cx, std::size_t i) {
  auto& let = cx.rubric.lets[i];
  Type value = let.value ? type_expr(cx, *let.value) : Type{};
  Type& out = cx.result.let_types[i];
  if (!let.declared) {
    out = value;
    return;
  }
  const ast::TypeSpec& spec = *let.declared;
  if (!declarable(spec)) {
    cx.error(spec.range,
             fmt::format("let {} may be declared number, money, percent, bool or text only", quoted(let.name.name)));
    out = value;
    return;
  }
  out = Type{spec.kind};
  if (value.kind == TypeKind::error) return;
  bool fits = is_numeric(spec.kind) ? is_numeric(value.kind) : value.kind == spec.kind;
  if (fits) return;
  cx.error(let.value->range, fmt::format("let {} is declared {} but its value is {}", quoted(let.name.name),
                                         type_name(out), type_name(value)));
}

void type_step(Context& cx, const EvalStep& step) {
  auto& r = cx.rubric;
  const auto i = static_cast<std::size_t>(step.index);
  switch (step.kind) {
    case SymbolKind::let: return type_let(cx, i);
    case SymbolKind::criterion:
      if (r.criteria[i].score) expect_number(cx, *r.criteria[i].score, "a criterion score");
      return;
    case SymbolKind::flag:
      if (r.flags[i].condition) expect_bool(cx, *r.flags[i].condition, "a flag's 'when' condition");
      if (r.flags[i].penalty) expect_number(cx, *r.flags[i].penalty, "a 'penalty'");
      if (r.flags[i].cap) expect_number(cx, *r.flags[i].cap, "a 'cap'");
      return;
    case SymbolKind::confirm:
      if (r.confirms[i].condition) expect_bool(cx, *r.confirms[i].condition, "a confirm's 'when' condition");
      return;
    case SymbolKind::ask:
      if (r.asks[i].condition) expect_bool(cx, *r.asks[i].condition, "an ask's 'when' condition");
      if (r.asks[i].range_low) expect_number(cx, *r.asks[i].range_low, "a 'range' bound");
      if (r.asks[i].range_high) expect_number(cx, *r.asks[i].range_high, "a 'range' bound");
      return;
    default: return;
  }
}

// Walks an aggregate's argument for another aggregate, directly or through what it reads.
void find_nested(Context& cx, const ast::Expr& e, const ast::Expr& outer) {
  if (e.kind == ast::ExprKind::call && is_aggregate(e.text)) {
    cx.error(e.range,
             fmt::format("{} cannot be used inside {}: aggregates do not nest", quoted(e.text), quoted(outer.text)));
    return;  // the inner call's own argument is checked on its own
  }
  if (e.kind == ast::ExprKind::ref) {
    int node = cx.node_of(e.symbol);
    if (node >= 0 && cx.reads_aggregate[static_cast<std::size_t>(node)]) {
      cx.error(e.range, fmt::format("{} reads {}, which uses an aggregate: aggregates do not nest", quoted(outer.text),
                                    quoted(e.text)));
    }
  }
  for (const auto& child : e.children) {
    if (child) find_nested(cx, *child, outer);
  }
  for (const auto& arm : e.arms) {
    if (arm.condition) find_nested(cx, *arm.condition, outer);
    if (arm.value) find_nested(cx, *arm.value, outer);
  }
  if (e.otherwise) find_nested(cx, *e.otherwise, outer);
}

}  // namespace

void type_declarations(Context& cx) {
  // A let on a cycle may be read before it is typed; its declared type (or error) stands in.
  for (std::size_t i = 0; i < cx.rubric.lets.size(); ++i) {
    const auto& declared = cx.rubric.lets[i].declared;
    cx.result.let_types[i] = declared && declarable(*declared) ? Type{declared->kind} : Type{};
  }
  for (const EvalStep& step : cx.result.order) type_step(cx, step);
  for (ast::Text* text : cx.interpolated) {
    for (auto& piece : text->pieces) {
      piece.type = piece.symbol.kind == SymbolKind::none ? Type{TypeKind::text} : cx.symbol_type(piece.symbol);
    }
  }
  for (ast::Text* text : cx.chosen) {
    if (text->choice_symbol.kind == SymbolKind::none) continue;  // unknown: reported where resolved
    const Type type = cx.symbol_type(text->choice_symbol);
    if (type.kind != TypeKind::boolean && type.kind != TypeKind::error) {
      cx.error(text->choice_range,
               fmt::format("the condition of a reason must be bool, found {}", to_string(type.kind)));
    }
  }
}

void check_aggregate_nesting(Context& cx) {
  for (const AggregateCall& a : cx.aggregate_calls) {
    for (const auto& arg : a.call->children) {
      if (arg) find_nested(cx, *arg, *a.call);
    }
  }
}

void check_weights(Context& cx) {
  const auto& criteria = cx.rubric.criteria;
  if (criteria.empty()) {
    SourceRange where = cx.rubric.titles.empty() ? SourceRange{} : cx.rubric.titles.front().range;
    cx.error(where, "a rubric needs at least one criterion");
    return;
  }
  double sum = 0;
  std::vector<std::string> table;
  for (const auto& c : criteria) {
    if (!(c.weight >= 0)) {
      cx.error(c.weight_range, fmt::format("the weight of criterion {} must be >= 0, found {}", quoted(c.id.name),
                                           number_text(c.weight)));
    }
    sum += c.weight;
    table.push_back(fmt::format("{} {} (line {})", c.id.name, number_text(c.weight), c.weight_range.begin.line));
  }
  if (std::fabs(sum - 100) <= kWeightSumTolerance) return;
  table.push_back(fmt::format("sum {}", number_text(sum)));
  cx.error(criteria.front().weight_range, fmt::format("criterion weights sum to {}, not 100", number_text(sum)),
           std::move(table));
}

void warn_unused_lets(Context& cx) {
  for (std::size_t i = 0; i < cx.rubric.lets.size(); ++i) {
    if (cx.let_read[i]) continue;
    const auto& name = cx.rubric.lets[i].name;
    // A let that lost its name (duplicate, `total`) is reported already; "never used" would repeat it.
    auto owner = cx.names.find(name.name);
    if (owner == cx.names.end() || owner->second.kind != SymbolKind::let ||
        owner->second.index != static_cast<int>(i) || cx.clashes.count(name.name)) {
      continue;
    }
    cx.warning(name.range, fmt::format("let {} is never used", quoted(name.name)));
  }
}

}  // namespace rubric::checker
