// The PEGTL actions that build expressions on the parse state's value stack.
// Declarations are in parse_actions_decl.hpp. A rule without an action here
// builds nothing itself; its parts do.
#pragma once

#include <tao/pegtl.hpp>

#include <string>

#include "grammar.hpp"
#include "rubric/syntax/parse_nodes.hpp"
#include "rubric/syntax/parse_reasons.hpp"
#include "rubric/syntax/parse_state.hpp"

// One line per grammar rule reads as a table; the formatter would split each in two.
// clang-format off

namespace rubric::parser {

namespace g = rubric::grammar;

/// Does nothing for rules that build nothing.
template<typename Rule>
struct action : tao::pegtl::nothing<Rule> {};

/// Records where the last token ended: the blanks and comments after it start there.
template<>
struct action<g::skip> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) { st.last_end = begin_of(in); }
};

template<>
struct action<g::number_literal> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) { push_number(st, in.string_view(), token_range(in)); }
};

template<>
struct action<g::signed_number> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) {
    if (in.peek_char() == '-') negate_literal(st, begin_of(in));
  }
};

template<>
struct action<g::string_literal> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) { st.texts.push_back(make_text(in.string_view(), token_range(in))); }
};

template<>
struct action<g::string_expr> {
  static void apply0(ParseState& st) { push_string(st); }
};

/// Pushes the boolean literal `Value`.
template<bool Value>
struct boolean_action {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) {
    push_leaf(st, ast::ExprKind::boolean, SourceRange{begin_of(in), st.last_end}, {}, Value);
  }
};
template<> struct action<g::true_expr> : boolean_action<true> {};
template<> struct action<g::false_expr> : boolean_action<false> {};

template<>
struct action<g::name_ref> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) {
    push_leaf(st, ast::ExprKind::ref, token_range(in), in.string());
  }
};

/// Widens the parenthesised expression's range to include the parentheses.
template<>
struct action<g::paren_expr> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) { st.top().expr->range = SourceRange{begin_of(in), st.last_end}; }
};

/// Applies the prefix operator `Kind` to the operand on top.
template<ast::ExprKind Kind>
struct prefix_action {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) { push_unary(st, Kind, SourceRange{begin_of(in), st.last_end}); }
};
template<> struct action<g::negate_expr> : prefix_action<ast::ExprKind::negate> {};
template<> struct action<g::not_expr> : prefix_action<ast::ExprKind::logical_not> {};

/// Combines the two operands on top with `Op`.
template<ast::ExprKind Kind, ast::BinaryOp Op>
struct infix_action {
  static void apply0(ParseState& st) { push_binary(st, Kind, Op, st.last_end); }
};
using ast::BinaryOp;
using ast::ExprKind;
template<> struct action<g::multiply_tail> : infix_action<ExprKind::binary, BinaryOp::mul> {};
template<> struct action<g::divide_tail> : infix_action<ExprKind::binary, BinaryOp::div> {};
template<> struct action<g::add_tail> : infix_action<ExprKind::binary, BinaryOp::add> {};
template<> struct action<g::subtract_tail> : infix_action<ExprKind::binary, BinaryOp::sub> {};
template<> struct action<g::eq_tail> : infix_action<ExprKind::binary, BinaryOp::eq> {};
template<> struct action<g::ne_tail> : infix_action<ExprKind::binary, BinaryOp::ne> {};
template<> struct action<g::le_tail> : infix_action<ExprKind::binary, BinaryOp::le> {};
template<> struct action<g::lt_tail> : infix_action<ExprKind::binary, BinaryOp::lt> {};
template<> struct action<g::ge_tail> : infix_action<ExprKind::binary, BinaryOp::ge> {};
template<> struct action<g::gt_tail> : infix_action<ExprKind::binary, BinaryOp::gt> {};
template<> struct action<g::and_tail> : infix_action<ExprKind::binary, BinaryOp::logical_and> {};
template<> struct action<g::or_tail> : infix_action<ExprKind::binary, BinaryOp::logical_or> {};
// `in` and `x => y` keep the default op; their kind says what they are.
template<> struct action<g::in_tail> : infix_action<ExprKind::in, BinaryOp::add> {};
template<> struct action<g::point_tail> : infix_action<ExprKind::point, BinaryOp::add> {};

template<>
struct action<g::if_expr> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) { push_if(st, SourceRange{begin_of(in), st.last_end}); }
};

/// Closes the open when, match or list node on top.
struct close_action {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) { close_node(st, SourceRange{begin_of(in), st.last_end}); }
};

template<>
struct action<g::because_if> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) { push_conditional_reason(st, in.begin(), begin_of(in).offset); }
};

template<>
struct action<g::because_clause> {
  static void apply0(ParseState& st) { st.because = st.pop_text(); }
};

template<>
struct action<g::when_start> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) { open_node(st, ExprKind::when, begin_of(in)); }
};

template<>
struct action<g::when_arm> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) { add_when_arm(st, SourceRange{begin_of(in), st.last_end}); }
};

template<>
struct action<g::when_else> {
  static void apply0(ParseState& st) { set_otherwise(st); }
};

template<> struct action<g::when_expr> : close_action {};

template<>
struct action<g::match_subject> {
  static void apply0(ParseState& st) { open_match(st); }
};

template<>
struct action<g::match_arm> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) { add_match_arm(st, SourceRange{begin_of(in), st.last_end}); }
};

template<>
struct action<g::match_else> {
  static void apply0(ParseState& st) {
    set_otherwise(st);
    st.top().expr->otherwise_because = st.take_because();
  }
};

template<> struct action<g::match_expr> : close_action {};

/// Turns the name on top into a call node: its arguments follow.
template<>
struct action<g::call_open> {
  static void apply0(ParseState& st) {
    ast::ExprPtr name = st.pop_expr();
    open_node(st, ExprKind::call, name->range.begin, std::move(name->text));
  }
};

template<>
struct action<g::call_argument> {
  static void apply0(ParseState& st) { add_child(st); }
};

template<>
struct action<g::call_tail> {
  static void apply0(ParseState& st) { close_node(st, SourceRange{st.top().expr->range.begin, st.last_end}); }
};

template<>
struct action<g::list_open> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) { open_node(st, ExprKind::list, begin_of(in)); }
};

template<>
struct action<g::list_item> {
  static void apply0(ParseState& st) { add_list_item(st); }
};

template<> struct action<g::in_list> : close_action {};

}  // namespace rubric::parser
// clang-format on
