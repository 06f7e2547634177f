// Builds expression nodes on the parse state's value stack. Each function is
// what one grammar rule's action does once the rule has matched; together they
// keep every node's range and tree depth.
#pragma once

#include <string>
#include <string_view>

#include "rubric/syntax/parse_state.hpp"

namespace rubric::parser {

/// Creates a node of `kind` covering `range`.
ast::ExprPtr make_expr(ast::ExprKind kind, SourceRange range);

/// Creates a string literal's Text from the literal as written, quotes included.
ast::Text make_text(std::string_view quoted, SourceRange range);

/// Pushes a number or percent literal.
void push_number(ParseState& st, std::string_view literal, SourceRange range);

/// Negates the literal on top (a negative scale bound or default), extending it to `begin`.
void negate_literal(ParseState& st, const SourcePos& begin);

/// Replaces the top string literal by a string expression.
void push_string(ParseState& st);

/// Pushes a leaf: a boolean or a reference.
void push_leaf(ParseState& st, ast::ExprKind kind, SourceRange range, std::string text = {}, bool value = false);

/// Replaces the top expression by `kind` (negate, logical_not) applied to it.
void push_unary(ParseState& st, ast::ExprKind kind, SourceRange range);

/// Replaces the top two expressions by `left op right` (binary, in, point), ending at `end`.
void push_binary(ParseState& st, ast::ExprKind kind, ast::BinaryOp op, const SourcePos& end);

/// Replaces the top three expressions (cond, then, else) by an if_then node.
void push_if(ParseState& st, SourceRange range);

/// Opens a when, call or list node whose parts follow; `text` is a call's name.
void open_node(ParseState& st, ast::ExprKind kind, const SourcePos& begin, std::string text = {});

/// Opens a match node on the subject on top of the stack.
void open_match(ParseState& st);

/// Moves the top expression into the open node below it as its next child.
void add_child(ParseState& st);

/// Moves the top string literal into the open list node as a string child.
void add_list_item(ParseState& st);

/// Moves the top condition and value into the open when node as an arm.
void add_when_arm(ParseState& st, SourceRange range);

/// Moves the top label (a string literal) and value into the open match node as an arm.
void add_match_arm(ParseState& st, SourceRange range);

/// Moves the top value into the open when/match node as its `else` value.
void set_otherwise(ParseState& st);

/// Closes the open node on top: sets its range and checks its depth.
void close_node(ParseState& st, SourceRange range);

}  // namespace rubric::parser
