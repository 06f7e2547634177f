// Emitting function calls (min, max, clamp, abs, round, scale, aggregates)
// and the rubric positions that runtime errors name.
#include <fmt/format.h>

#include <rubric/limits.hpp>
#include "rubric/compile/builder.hpp"

namespace rubric {

std::string site_of(const ast::Rubric& rubric, const SourcePos& pos) {
  const std::string name = rubric.source ? rubric.source->name() : std::string("<rubric>");
  return fmt::format("{}:{}:{}", name, pos.line, pos.column);
}

int ExprCompiler::site(const SourcePos& pos) {
  plan_.sites.push_back(site_of(rubric_, pos));
  return static_cast<int>(plan_.sites.size() - 1);
}

int ExprCompiler::operator_site(const ast::Expr& e) {
  // The AST keeps no position for the operator itself: find it in the text
  // between the operands, past spaces, closing parentheses and comments.
  if (!rubric_.source || e.children.size() != 2) return site(e.range.begin);
  const std::string& text = rubric_.source->text();
  std::size_t from = e.children[0]->range.end.offset;
  std::size_t to = e.children[1]->range.begin.offset;
  if (from < e.range.begin.offset || from > to || to > text.size()) return site(e.range.begin);
  for (std::size_t i = from; i < to; ++i) {
    char c = text[i];
    if (c == '#') {
      while (i < to && text[i] != '\n') ++i;
    } else if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ')') {
      return site(rubric_.source->position_at(i));
    }
  }
  return site(e.range.begin);
}

void ExprCompiler::emit_call(const ast::Expr& e, int level) {
  const std::string& name = e.text;
  if (name == "min" || name == "max") {
    emit_min_max(e, level, name == "min");
  } else if (name == "clamp" && e.children.size() == 3) {
    emit_clamp(e, level);
  } else if (name == "abs" && e.children.size() == 1) {
    emit(*e.children[0], level + 1);
    op(Op::abs, 0);
  } else if (name == "round" && e.children.size() == 2) {
    emit_round(e, level);
  } else if (name == "scale") {
    emit_scale(e, level);
  } else if (name == "max_of" && e.children.size() == 1) {
    emit_aggregate(e, AggregateKind::max_of);
  } else if (name == "min_of" && e.children.size() == 1) {
    emit_aggregate(e, AggregateKind::min_of);
  } else if (name == "mean_of" && e.children.size() == 1) {
    emit_aggregate(e, AggregateKind::mean_of);
  } else if (name == "grant_value" && e.children.size() == 1) {
    emit(*e.children[0], level + 1);  // a grant field's number is its value
  } else if ((name == "vested" || name == "vested_through") && e.children.size() == 2) {
    emit_vested(e, level, name == "vested_through");
  } else {
    fail(e, "unknown function '" + name + "' or wrong number of arguments");
    push_constant(0);
  }
}

void ExprCompiler::emit_min_max(const ast::Expr& e, int level, bool is_min) {
  if (e.children.empty()) {
    fail(e, "min/max need arguments");
    push_constant(0);
    return;
  }
  emit(*e.children[0], level + 1);
  for (std::size_t i = 1; i < e.children.size(); ++i) {
    if (auto c = constant(*e.children[i])) {
      op(is_min ? Op::min_k : Op::max_k, 0, 0, 0, *c);
    } else {
      emit(*e.children[i], level + 1);
      op(is_min ? Op::min : Op::max, -1);
    }
  }
}

void ExprCompiler::emit_clamp(const ast::Expr& e, int level) {
  auto lo = constant(*e.children[1]);
  auto hi = constant(*e.children[2]);
  emit(*e.children[0], level + 1);
  if (lo && hi) {
    auto offset = static_cast<std::int32_t>(plan_.numbers.size());
    plan_.numbers.push_back(*lo);
    plan_.numbers.push_back(*hi);
    op(Op::clamp_k, 0, offset);
    return;
  }
  emit(*e.children[1], level + 1);
  emit(*e.children[2], level + 1);
  op(Op::clamp, -2);
}

void ExprCompiler::emit_round(const ast::Expr& e, int level) {
  auto digits = constant(*e.children[1]);
  if (!digits || *digits < 0 || *digits > kMaxRoundDigits || *digits != static_cast<int>(*digits)) {
    fail(e, "round() digits must be an integer literal from 0 to 10");
    push_constant(0);
    return;
  }
  emit(*e.children[0], level + 1);
  op(Op::round, 0, static_cast<std::int32_t>(*digits), site(e.range.begin));
}

void ExprCompiler::emit_scale(const ast::Expr& e, int level) {
  std::vector<double> xs;
  bool constant_ys = true;
  for (std::size_t i = 1; i < e.children.size(); ++i) {
    const ast::Expr& point = *e.children[i];
    auto x = point.kind == ast::ExprKind::point && point.children.size() == 2 ? constant(*point.children[0])
                                                                              : std::nullopt;
    if (!x || (!xs.empty() && *x <= xs.back())) {
      fail(point, "scale() points need number literal x values in strictly ascending order");
      push_constant(0);
      return;
    }
    xs.push_back(*x);
    constant_ys = constant_ys && constant(*point.children[1]);
  }
  if (e.children.empty() || xs.empty()) {
    fail(e, "scale() needs a value and at least one point");
    push_constant(0);
    return;
  }
  const auto n = static_cast<std::int32_t>(xs.size());
  auto offset = static_cast<std::int32_t>(plan_.numbers.size());
  if (constant_ys) {
    for (std::size_t i = 0; i < xs.size(); ++i) {
      plan_.numbers.push_back(xs[i]);
      plan_.numbers.push_back(*constant(*e.children[i + 1]->children[1]));
    }
    emit(*e.children[0], level + 1);
    op(Op::scale_k, 0, offset, n);
    return;
  }
  plan_.numbers.insert(plan_.numbers.end(), xs.begin(), xs.end());
  for (std::size_t i = 1; i < e.children.size(); ++i) emit(*e.children[i]->children[1], level + 1);
  emit(*e.children[0], level + 1);
  op(Op::scale_stack, -n, offset, n);
}

void ExprCompiler::emit_vested(const ast::Expr& e, int level, bool through) {
  const ast::Expr& grant = *e.children[0];
  const auto field = static_cast<std::size_t>(grant.symbol.index);
  if (grant.symbol.kind != SymbolKind::field || field >= plan_.schema.fields.size() ||
      plan_.schema.fields[field].grant < 0) {
    fail(e, "vested() needs a grant field");
    push_constant(0);
    return;
  }
  emit(*e.children[1], level + 1);
  op(Op::vest, 0, plan_.schema.fields[field].grant, site(e.children[1]->range.begin), through ? 1 : 0);
}

void ExprCompiler::emit_aggregate(const ast::Expr& e, AggregateKind kind) {
  AggregatePlan agg;
  agg.kind = kind;
  plan_.aggregates.push_back(agg);
  std::size_t index = plan_.aggregates.size() - 1;
  pending_aggregates_.emplace_back(e.children[0].get(), index);
  op(Op::aggregate, +1, static_cast<std::int32_t>(index), site(e.range.begin));
}

void ExprCompiler::finish_aggregates() {
  // Arguments compile after every declaration so each gets its own code range;
  // an aggregate inside an argument adds to the list and is compiled in turn.
  for (std::size_t i = 0; i < pending_aggregates_.size(); ++i) {
    auto [expr, index] = pending_aggregates_[i];
    plan_.aggregates[index].argument = compile(*expr);
  }
  pending_aggregates_.clear();
}

}  // namespace rubric
