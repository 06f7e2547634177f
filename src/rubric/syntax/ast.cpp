#include "rubric/syntax/ast.hpp"

namespace rubric::ast {

std::string_view to_string(ExprKind kind) {
  switch (kind) {
    case ExprKind::number: return "number";
    case ExprKind::percent: return "percent";
    case ExprKind::string: return "string";
    case ExprKind::boolean: return "boolean";
    case ExprKind::list: return "list";
    case ExprKind::ref: return "name";
    case ExprKind::negate: return "negation";
    case ExprKind::logical_not: return "not";
    case ExprKind::binary: return "binary operation";
    case ExprKind::in: return "in";
    case ExprKind::if_then: return "if";
    case ExprKind::when: return "when";
    case ExprKind::match: return "match";
    case ExprKind::call: return "call";
    case ExprKind::point: return "point";
  }
  return "expression";
}

std::string_view to_string(BinaryOp op) {
  switch (op) {
    case BinaryOp::logical_or: return "or";
    case BinaryOp::logical_and: return "and";
    case BinaryOp::eq: return "==";
    case BinaryOp::ne: return "!=";
    case BinaryOp::lt: return "<";
    case BinaryOp::le: return "<=";
    case BinaryOp::gt: return ">";
    case BinaryOp::ge: return ">=";
    case BinaryOp::add: return "+";
    case BinaryOp::sub: return "-";
    case BinaryOp::mul: return "*";
    case BinaryOp::div: return "/";
  }
  return "?";
}

}  // namespace rubric::ast
