// Expression typing: the dispatch over expression kinds, literals, refs and unary operators.
// Recursion follows the expression tree, whose depth the parser caps.
#include <fmt/format.h>

#include "rubric/check/check_context.hpp"

namespace rubric::checker {

namespace {

Type type_unary(Context& cx, ast::Expr& e) {
  if (e.children.size() != 1 || !e.children[0]) return {};
  ast::Expr& operand = *e.children[0];
  Type t = type_expr(cx, operand);
  if (t.kind == TypeKind::error) return t;
  if (e.kind == ast::ExprKind::negate) {
    if (is_numeric(t.kind)) return t;
    cx.error(operand.range, fmt::format("unary '-' needs a number, found {}", type_name(t)));
    return {};
  }
  if (t.kind == TypeKind::boolean) return t;
  cx.error(operand.range, fmt::format("'not' needs a bool, found {}", type_name(t)));
  return {};
}

Type type_list(Context& cx, ast::Expr& e) {
  for (auto& item : e.children) {
    if (item) type_expr(cx, *item);
  }
  return Type{TypeKind::list};
}

// `x => y` is only meaningful as an argument of scale(), which types it itself.
Type type_stray_point(Context& cx, ast::Expr& e) {
  for (auto& part : e.children) {
    if (part) type_expr(cx, *part);
  }
  cx.error(e.range, "points 'x => y' are only allowed as arguments of 'scale'");
  return {};
}

Type compute(Context& cx, ast::Expr& e) {
  switch (e.kind) {
    case ast::ExprKind::number: return Type{TypeKind::number};
    case ast::ExprKind::percent: return Type{TypeKind::percent};
    case ast::ExprKind::string: return Type{TypeKind::text};
    case ast::ExprKind::boolean: return Type{TypeKind::boolean};
    case ast::ExprKind::list: return type_list(cx, e);
    case ast::ExprKind::ref: {
      if (e.symbol.kind == SymbolKind::none) return Type{};
      Type t = cx.symbol_type(e.symbol);
      return t.kind == TypeKind::grant ? report_grant_use(cx, e) : t;  // grant functions type their own argument
    }
    case ast::ExprKind::negate:
    case ast::ExprKind::logical_not: return type_unary(cx, e);
    case ast::ExprKind::binary: return type_binary(cx, e);
    case ast::ExprKind::in: return type_in(cx, e);
    case ast::ExprKind::if_then: return type_if(cx, e);
    case ast::ExprKind::when: return type_when(cx, e);
    case ast::ExprKind::match: return type_match(cx, e);
    case ast::ExprKind::call: return type_call(cx, e);
    case ast::ExprKind::point: return type_stray_point(cx, e);
  }
  return {};
}

}  // namespace

Type type_expr(Context& cx, ast::Expr& e) {
  e.type = compute(cx, e);
  return e.type;
}

void expect_bool(Context& cx, ast::Expr& e, std::string_view what) {
  Type t = type_expr(cx, e);
  if (t.kind == TypeKind::boolean || t.kind == TypeKind::error) return;
  cx.error(e.range, fmt::format("{} must be bool, found {}", what, type_name(t)));
}

void expect_number(Context& cx, ast::Expr& e, std::string_view what) {
  Type t = type_expr(cx, e);
  if (is_numeric(t.kind) || t.kind == TypeKind::error) return;
  cx.error(e.range, fmt::format("{} must be a number, found {}", what, type_name(t)));
}

}  // namespace rubric::checker
