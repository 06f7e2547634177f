#include "rubric/ast.hpp"

namespace rubric::ast {

std::string_view to_string(SymbolKind kind) {
  switch (kind) {
    case SymbolKind::none: return "nothing";
    case SymbolKind::field: return "offer field";
    case SymbolKind::let: return "let";
    case SymbolKind::criterion: return "criterion";
    case SymbolKind::flag: return "flag";
    case SymbolKind::confirm: return "confirm";
    case SymbolKind::ask: return "ask";
    case SymbolKind::total: return "total";
  }
  return "nothing";
}

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

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::critical: return "critical";
  }
  return "warning";
}

}  // namespace rubric::ast
