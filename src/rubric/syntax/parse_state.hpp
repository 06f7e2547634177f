// The state the parser's actions share: the AST being built, an explicit
// value stack of expressions and string literals, and one builder per
// declaration kind. Actions run bottom-up as rules succeed, so a construct's
// parts are on the stacks (or in the builders) when its own action runs.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <rubric/limits.hpp>
#include "rubric/syntax/ast.hpp"

namespace rubric::parser {

/// Pairs an expression on the value stack with the depth of its tree (a leaf is 1).
struct StackedExpr {
  ast::ExprPtr expr;
  int depth = 1;
};

/// Holds everything the actions share while one file is parsed.
struct ParseState {
  ast::Rubric rubric;

  SourcePos last_end;  // just after the last token matched (before blanks and comments)
  int nesting = 0;     // current expression nesting level, bounded by kMaxNestingDepth

  std::vector<StackedExpr> exprs;    // finished expressions and open when/match/call/list nodes
  std::vector<ast::Text> texts;      // string literals waiting for the construct that owns them
  std::optional<ast::Text> because;  // a `because` waiting for its arm or declaration

  ast::Ident name;     // the last declared name or id
  ast::TypeSpec type;  // the type spec being read
  ast::OfferField field;
  ast::LetDecl let;
  ast::CriterionDecl criterion;
  ast::FlagDecl flag;
  ast::ConfirmDecl confirm;
  ast::AskDecl ask;
  ast::ScaleDecl scale;
  ast::DraftDecl draft;
  ast::RatesDecl rates;
  ast::RateEntry rate;

  /// Pushes a finished expression; throws a parse error when its tree is too deep.
  void push(ast::ExprPtr expr, int depth);
  /// Removes and returns the top expression.
  StackedExpr pop();
  /// Removes the top expression and returns the node alone.
  ast::ExprPtr pop_expr();
  /// Returns the top expression (an open node while its parts are parsed).
  StackedExpr& top();
  /// Removes and returns the top string literal.
  ast::Text pop_text();
  /// Hands over the waiting `because`, if any, leaving none.
  std::optional<ast::Text> take_because();
};

/// Moves a builder's content out and leaves it empty for the next declaration.
template<typename T>
T take(T& slot) {
  T out = std::move(slot);
  slot = T{};
  return out;
}

/// Converts a PEGTL action input's start into a source position.
template<typename Input>
SourcePos begin_of(const Input& in) {
  const auto& it = in.iterator();
  return SourcePos{static_cast<std::uint32_t>(it.line), static_cast<std::uint32_t>(it.column), it.byte};
}

/// Returns the range of a token that lies on one line (a name, number or string).
template<typename Input>
SourceRange token_range(const Input& in) {
  SourceRange range{begin_of(in), begin_of(in)};
  range.end.column += static_cast<std::uint32_t>(in.size());
  range.end.offset += in.size();
  return range;
}

/// Throws the parse error `message` located at `pos`.
[[noreturn]] void fail_at(const SourcePos& pos, const std::string& message);

/// Converts a number literal (digits, optional fraction, optional k/M/%) to its value.
double literal_value(std::string_view literal, const SourcePos& pos);

}  // namespace rubric::parser
