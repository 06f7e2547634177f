#include "rubric/syntax/parse_nodes.hpp"

#include <algorithm>

#include "rubric/syntax/parse.hpp"

namespace rubric::parser {

ast::ExprPtr make_expr(ast::ExprKind kind, SourceRange range) {
  auto expr = std::make_unique<ast::Expr>();
  expr->kind = kind;
  expr->range = range;
  return expr;
}

ast::Text make_text(std::string_view quoted, SourceRange range) {
  ast::Text text;
  text.raw = std::string(quoted.substr(1, quoted.size() - 2));
  text.value = unescape_string(text.raw);
  text.range = range;
  return text;
}

void push_number(ParseState& st, std::string_view literal, SourceRange range) {
  bool percent = !literal.empty() && literal.back() == '%';
  auto expr = make_expr(percent ? ast::ExprKind::percent : ast::ExprKind::number, range);
  expr->number = literal_value(literal, range.begin);
  st.push(std::move(expr), 1);
}

void negate_literal(ParseState& st, const SourcePos& begin) {
  ast::Expr& literal = *st.top().expr;
  literal.number = -literal.number;
  literal.range.begin = begin;
}

void push_string(ParseState& st) {
  ast::Text text = st.pop_text();
  auto expr = make_expr(ast::ExprKind::string, text.range);
  expr->text = std::move(text.value);
  st.push(std::move(expr), 1);
}

void push_leaf(ParseState& st, ast::ExprKind kind, SourceRange range, std::string text, bool value) {
  auto expr = make_expr(kind, range);
  expr->text = std::move(text);
  expr->boolean = value;
  st.push(std::move(expr), 1);
}

void push_unary(ParseState& st, ast::ExprKind kind, SourceRange range) {
  StackedExpr operand = st.pop();
  auto expr = make_expr(kind, range);
  expr->children.push_back(std::move(operand.expr));
  st.push(std::move(expr), operand.depth + 1);
}

void push_binary(ParseState& st, ast::ExprKind kind, ast::BinaryOp op, const SourcePos& end) {
  StackedExpr right = st.pop();
  StackedExpr left = st.pop();
  auto expr = make_expr(kind, SourceRange{left.expr->range.begin, end});
  expr->op = op;
  expr->children.push_back(std::move(left.expr));
  expr->children.push_back(std::move(right.expr));
  st.push(std::move(expr), std::max(left.depth, right.depth) + 1);
}

void push_if(ParseState& st, SourceRange range) {
  StackedExpr otherwise = st.pop();
  StackedExpr then = st.pop();
  StackedExpr condition = st.pop();
  auto expr = make_expr(ast::ExprKind::if_then, range);
  int depth = std::max({condition.depth, then.depth, otherwise.depth}) + 1;
  expr->children.push_back(std::move(condition.expr));
  expr->children.push_back(std::move(then.expr));
  expr->children.push_back(std::move(otherwise.expr));
  st.push(std::move(expr), depth);
}

void open_node(ParseState& st, ast::ExprKind kind, const SourcePos& begin, std::string text) {
  auto expr = make_expr(kind, SourceRange{begin, begin});
  expr->text = std::move(text);
  st.push(std::move(expr), 1);
}

void open_match(ParseState& st) {
  StackedExpr subject = st.pop();
  auto expr = make_expr(ast::ExprKind::match, subject.expr->range);
  expr->children.push_back(std::move(subject.expr));
  st.push(std::move(expr), subject.depth + 1);
}

namespace {

// Records that the open node on top now holds a part of depth `depth`.
void grow(ParseState& st, int depth) { st.top().depth = std::max(st.top().depth, depth + 1); }

}  // namespace

void add_child(ParseState& st) {
  StackedExpr child = st.pop();
  grow(st, child.depth);
  st.top().expr->children.push_back(std::move(child.expr));
}

void add_list_item(ParseState& st) {
  push_string(st);
  add_child(st);
}

void add_when_arm(ParseState& st, SourceRange range) {
  StackedExpr value = st.pop();
  StackedExpr condition = st.pop();
  grow(st, std::max(value.depth, condition.depth));
  ast::Arm arm;
  arm.condition = std::move(condition.expr);
  arm.value = std::move(value.expr);
  arm.because = st.take_because();
  arm.range = range;
  st.top().expr->arms.push_back(std::move(arm));
}

void add_match_arm(ParseState& st, SourceRange range) {
  StackedExpr value = st.pop();
  grow(st, value.depth);
  ast::Arm arm;
  arm.label = st.pop_text();
  arm.value = std::move(value.expr);
  arm.because = st.take_because();
  arm.range = range;
  st.top().expr->arms.push_back(std::move(arm));
}

void set_otherwise(ParseState& st) {
  StackedExpr value = st.pop();
  grow(st, value.depth);
  st.top().expr->otherwise = std::move(value.expr);
}

void close_node(ParseState& st, SourceRange range) {
  StackedExpr node = st.pop();
  node.expr->range = range;
  st.push(std::move(node.expr), node.depth);
}

}  // namespace rubric::parser
