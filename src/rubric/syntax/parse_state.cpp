#include "rubric/syntax/parse_state.hpp"

#include <fmt/format.h>
#include <tao/pegtl/parse_error.hpp>

#include <charconv>
#include <cmath>

namespace rubric::parser {

void ParseState::push(ast::ExprPtr expr, int depth) {
  if (depth > kMaxExpressionDepth) {
    fail_at(expr->range.begin,
            fmt::format("expression too deep (more than {} levels of operators); split it with 'let'",
                        kMaxExpressionDepth));
  }
  exprs.push_back(StackedExpr{std::move(expr), depth});
}

StackedExpr ParseState::pop() {
  StackedExpr out = std::move(exprs.back());
  exprs.pop_back();
  return out;
}

ast::ExprPtr ParseState::pop_expr() { return pop().expr; }

StackedExpr& ParseState::top() { return exprs.back(); }

ast::Text ParseState::pop_text() {
  ast::Text out = std::move(texts.back());
  texts.pop_back();
  return out;
}

std::optional<ast::Text> ParseState::take_because() {
  std::optional<ast::Text> out = std::move(because);
  because.reset();
  return out;
}

void fail_at(const SourcePos& pos, const std::string& message) {
  throw tao::pegtl::parse_error(message, tao::pegtl::position(pos.offset, pos.line, pos.column, std::string()));
}

double literal_value(std::string_view literal, const SourcePos& pos) {
  // The suffix becomes a decimal exponent so 1.2M and 10% are the correctly rounded 1200000 and 0.1.
  std::string decimal(literal);
  if (!decimal.empty()) {
    switch (decimal.back()) {
      case 'k': decimal.replace(decimal.size() - 1, 1, "e3"); break;
      case 'M': decimal.replace(decimal.size() - 1, 1, "e6"); break;
      case '%': decimal.replace(decimal.size() - 1, 1, "e-2"); break;
      default: break;
    }
  }
  double value = 0;
  auto [end, ec] = std::from_chars(decimal.data(), decimal.data() + decimal.size(), value);
  if (ec != std::errc() || end != decimal.data() + decimal.size() || !std::isfinite(value)) {
    fail_at(pos, fmt::format("number '{}' is out of range", literal.substr(0, 40)));
  }
  return value;
}

}  // namespace rubric::parser
