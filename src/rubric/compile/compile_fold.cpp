// Constant folding: one bottom-up pass over an expression records the value
// of every literal-only subtree, so emission pushes one constant instead of
// code. Folding uses the evaluator's own arithmetic, so results are identical.
// Nothing that can fail (division by zero, overflow) or that carries a reason
// (`because` on an arm) is folded away.
#include <algorithm>
#include <cmath>

#include <rubric/limits.hpp>
#include <rubric/render.hpp>
#include "rubric/check/arithmetic.hpp"
#include "rubric/compile/builder.hpp"

namespace rubric {

std::optional<double> ExprCompiler::constant(const ast::Expr& e) const {
  auto it = constants_.find(&e);
  if (it == constants_.end()) return std::nullopt;
  return it->second;
}

std::optional<double> ExprCompiler::fold(const ast::Expr& e, int level) {
  if (level > kMaxCompileDepth) {
    fail(e, "expression nested too deeply to compile");
    return std::nullopt;
  }
  std::optional<double> v;
  switch (e.kind) {
    case ast::ExprKind::number:
    case ast::ExprKind::percent: v = e.number; break;
    case ast::ExprKind::boolean: v = e.boolean ? 1 : 0; break;
    case ast::ExprKind::negate:
      if (auto c = fold(*e.children.at(0), level + 1)) v = -*c;
      break;
    case ast::ExprKind::logical_not:
      if (auto c = fold(*e.children.at(0), level + 1)) v = *c == 0 ? 1 : 0;
      break;
    case ast::ExprKind::binary: v = fold_binary(e, level); break;
    case ast::ExprKind::if_then: {
      auto c = fold(*e.children.at(0), level + 1);
      auto a = fold(*e.children.at(1), level + 1);
      auto b = fold(*e.children.at(2), level + 1);
      if (c) v = *c != 0 ? a : b;
      break;
    }
    case ast::ExprKind::when: v = fold_when(e, level); break;
    case ast::ExprKind::call: v = fold_call(e, level); break;
    default:  // strings, lists, names, match, `in`, points: never constant, but their parts may be
      for (const auto& child : e.children) fold(*child, level + 1);
      for (const auto& arm : e.arms) {
        if (arm.condition) fold(*arm.condition, level + 1);
        if (arm.value) fold(*arm.value, level + 1);
      }
      if (e.otherwise) fold(*e.otherwise, level + 1);
      break;
  }
  if (v) constants_[&e] = *v;
  return v;
}

std::optional<double> ExprCompiler::fold_binary(const ast::Expr& e, int level) {
  auto l = fold(*e.children.at(0), level + 1);
  auto r = fold(*e.children.at(1), level + 1);
  if (e.op == ast::BinaryOp::logical_and && l && *l == 0) return 0.0;  // the right side is never evaluated
  if (e.op == ast::BinaryOp::logical_or && l && *l != 0) return 1.0;
  if (!l || !r) return std::nullopt;
  bool ok = true;
  double v = apply_binary(e.op, *l, *r, ok);
  if (!ok) return std::nullopt;  // left for run time, where it is reported per offer with its position
  return v;
}

std::optional<double> ExprCompiler::fold_when(const ast::Expr& e, int level) {
  std::vector<std::optional<double>> conds, values;
  for (const auto& arm : e.arms) {
    conds.push_back(arm.condition ? fold(*arm.condition, level + 1) : std::nullopt);
    values.push_back(arm.value ? fold(*arm.value, level + 1) : std::nullopt);
  }
  auto otherwise = e.otherwise ? fold(*e.otherwise, level + 1) : std::nullopt;
  for (std::size_t i = 0; i < e.arms.size(); ++i) {
    if (!conds[i]) return std::nullopt;
    if (*conds[i] == 0) continue;
    if (e.arms[i].because) return std::nullopt;  // taking this arm records a reason
    return values[i];
  }
  return otherwise;
}

std::optional<double> ExprCompiler::fold_call(const ast::Expr& e, int level) {
  std::vector<std::optional<double>> args;
  bool all = true;
  for (const auto& child : e.children) {
    if (child->kind == ast::ExprKind::point) {
      auto x = fold(*child->children.at(0), level + 2);
      auto y = fold(*child->children.at(1), level + 2);
      all = all && x && y;
      args.push_back(x);
      args.push_back(y);
    } else {
      args.push_back(fold(*child, level + 1));
      all = all && args.back();
    }
  }
  if (!all || args.empty()) return std::nullopt;
  const std::string& name = e.text;
  double v = 0;
  if (name == "min" || name == "max") {
    v = *args[0];
    for (std::size_t i = 1; i < args.size(); ++i) v = name == "min" ? std::min(v, *args[i]) : std::max(v, *args[i]);
  } else if (name == "clamp" && args.size() == 3) {
    v = clamp_value(*args[0], *args[1], *args[2]);
  } else if (name == "abs" && args.size() == 1) {
    v = std::fabs(*args[0]);
  } else if (name == "round" && args.size() == 2 && *args[1] >= 0 && *args[1] <= kMaxRoundDigits) {
    v = round_half_away(*args[0], static_cast<int>(*args[1]));
  } else if (name == "scale" && args.size() >= 3 && args.size() % 2 == 1) {
    std::vector<double> pts;
    for (std::size_t i = 1; i < args.size(); ++i) pts.push_back(*args[i]);
    v = scale_points(*args[0], pts.data(), pts.data() + 1, 2, pts.size() / 2);
  } else {
    return std::nullopt;  // aggregates and anything unknown
  }
  if (!std::isfinite(v)) return std::nullopt;
  return v;
}

}  // namespace rubric
