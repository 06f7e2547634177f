// Typing of binary operators and `in` (docs/design.md "Types").
#include <fmt/format.h>

#include "rubric/check/check_context.hpp"

namespace rubric::checker {

namespace {

using ast::BinaryOp;

// The result kind decides only rendering: money wins, percent survives only percent +- percent.
Type arithmetic_result(BinaryOp op, Type a, Type b) {
  bool money_a = a.kind == TypeKind::money, money_b = b.kind == TypeKind::money;
  switch (op) {
    case BinaryOp::add:
    case BinaryOp::sub:
      if (money_a || money_b) return Type{TypeKind::money};
      if (a.kind == TypeKind::percent && b.kind == TypeKind::percent) return Type{TypeKind::percent};
      return Type{TypeKind::number};
    case BinaryOp::mul: return Type{money_a || money_b ? TypeKind::money : TypeKind::number};
    case BinaryOp::div: return Type{money_a && !money_b ? TypeKind::money : TypeKind::number};
    default: return Type{TypeKind::number};
  }
}

// Reports an operand that is not of the wanted kind; returns false when the operand is unusable.
bool operand_ok(Context& cx, const ast::Expr& operand, BinaryOp op, bool ok, std::string_view want) {
  if (operand.type.kind == TypeKind::error) return false;
  if (ok) return true;
  cx.error(operand.range,
           fmt::format("{} needs {}, found {}", quoted(ast::to_string(op)), want, type_name(operand.type)));
  return false;
}

bool is_string_literal(const ast::Expr& e) { return e.kind == ast::ExprKind::string; }

// `==` / `!=` with an enumeration on one side: the other side is a member literal or the same enumeration.
void check_enum_equality(Context& cx, const ast::Expr& enum_side, const ast::Expr& other, BinaryOp op) {
  Type e = enum_side.type, o = other.type;
  if (o.kind == TypeKind::enumeration) {
    if (same_enumeration(cx, e, o)) return;
    cx.error(other.range, fmt::format("{} compares enumerations with different members", quoted(ast::to_string(op))),
             {"left: " + quoted_list(cx.result.enums[static_cast<std::size_t>(e.enum_id)]),
              "right: " + quoted_list(cx.result.enums[static_cast<std::size_t>(o.enum_id)])});
    return;
  }
  if (is_string_literal(other)) {
    check_member(cx, e, other.text, other.range);
    return;
  }
  cx.error(other.range,
           fmt::format("{} compares an enumeration only with a string literal or the same enumeration, found {}",
                       quoted(ast::to_string(op)), type_name(o)));
}

void check_equality(Context& cx, const ast::Expr& lhs, const ast::Expr& rhs, BinaryOp op) {
  Type a = lhs.type, b = rhs.type;
  if (a.kind == TypeKind::error || b.kind == TypeKind::error) return;
  if (a.kind == TypeKind::enumeration) return check_enum_equality(cx, lhs, rhs, op);
  if (b.kind == TypeKind::enumeration) return check_enum_equality(cx, rhs, lhs, op);
  bool fits = (is_numeric(a.kind) && is_numeric(b.kind)) ||
              (a.kind == b.kind && (a.kind == TypeKind::boolean || a.kind == TypeKind::text));
  if (fits) return;
  cx.error(rhs.range,
           fmt::format("{} cannot compare {} with {}", quoted(ast::to_string(op)), type_name(a), type_name(b)));
}

}  // namespace

Type type_binary(Context& cx, ast::Expr& e) {
  if (e.children.size() != 2 || !e.children[0] || !e.children[1]) return {};
  ast::Expr& lhs = *e.children[0];
  ast::Expr& rhs = *e.children[1];
  type_expr(cx, lhs);
  type_expr(cx, rhs);
  const BinaryOp op = e.op;
  auto both = [&](auto pred, std::string_view want) {
    bool a = operand_ok(cx, lhs, op, pred(lhs.type.kind), want);
    bool b = operand_ok(cx, rhs, op, pred(rhs.type.kind), want);
    return a && b;
  };
  auto numeric = [](TypeKind k) { return is_numeric(k); };
  auto boolean = [](TypeKind k) { return k == TypeKind::boolean; };
  switch (op) {
    case BinaryOp::logical_or:
    case BinaryOp::logical_and: both(boolean, "bool operands"); return Type{TypeKind::boolean};
    case BinaryOp::eq:
    case BinaryOp::ne: check_equality(cx, lhs, rhs, op); return Type{TypeKind::boolean};
    case BinaryOp::lt:
    case BinaryOp::le:
    case BinaryOp::gt:
    case BinaryOp::ge: both(numeric, "numbers"); return Type{TypeKind::boolean};
    default: break;
  }
  if (!both(numeric, "numbers")) return {};
  return arithmetic_result(op, lhs.type, rhs.type);
}

Type type_in(Context& cx, ast::Expr& e) {
  if (e.children.size() != 2 || !e.children[0] || !e.children[1]) return {};
  ast::Expr& subject = *e.children[0];
  ast::Expr& list = *e.children[1];
  Type s = type_expr(cx, subject);
  type_expr(cx, list);
  if (list.kind != ast::ExprKind::list) {
    cx.error(list.range, "'in' needs a list of strings on the right, like [\"a\", \"b\"]");
    return Type{TypeKind::boolean};
  }
  bool subject_ok = s.kind == TypeKind::enumeration || s.kind == TypeKind::text;
  if (!subject_ok && s.kind != TypeKind::error) {
    cx.error(subject.range, fmt::format("'in' needs an enumeration or text on the left, found {}", type_name(s)));
  }
  for (const auto& item : list.children) {
    if (!item) continue;
    if (!is_string_literal(*item)) {
      cx.error(item->range, "'in' lists hold string literals only");
    } else if (s.kind == TypeKind::enumeration) {
      check_member(cx, s, item->text, item->range);
    }
  }
  return Type{TypeKind::boolean};
}

}  // namespace rubric::checker
