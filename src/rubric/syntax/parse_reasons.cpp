#include "rubric/syntax/parse_reasons.hpp"

#include <tao/pegtl.hpp>

#include <string>

#include "grammar.hpp"
#include "rubric/syntax/parse_actions.hpp"
#include "rubric/syntax/parse_control.hpp"

namespace rubric::parser {

namespace {

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool is_blank(char c) { return c == ' ' || c == '\t'; }

/// Returns the let named `name`, adding a hidden one computing `value` when there is none yet.
void add_hidden_let(ast::Rubric& rubric, std::string name, SourceRange range, ast::ExprPtr value) {
  for (const auto& let : rubric.lets) {
    if (let.hidden && let.name.name == name) return;  // the same text twice: one let serves both
  }
  ast::LetDecl let;
  let.name = ast::Ident{std::move(name), range};
  let.hidden = true;
  let.value = std::move(value);
  let.range = range;
  rubric.lets.push_back(std::move(let));
}

/// Parses the `{...}` holding `content` (at `offset` in the rubric) and adds its hidden let.
void parse_one(ParseState& st, std::string_view content, const SourcePos& at, const std::string& source_name) {
  ParseState sub;
  sub.last_end = at;
  tao::pegtl::memory_input<tao::pegtl::tracking_mode::eager, tao::pegtl::eol::lf_crlf> in(
      content.data(), content.data() + content.size(), source_name, at.offset, at.line, at.column);
  tao::pegtl::parse<grammar::interpolation, action, control>(in, sub);
  if (sub.exprs.size() != 1) return;  // the grammar guarantees one; stay safe
  std::size_t begin = 0, end = content.size();
  while (begin < end && is_blank(content[begin])) ++begin;
  while (end > begin && is_blank(content[end - 1])) --end;
  ast::ExprPtr value = sub.pop_expr();
  const SourceRange range = value->range;
  add_hidden_let(st.rubric, std::string(content.substr(begin, end - begin)), range, std::move(value));
}

/// Finds the `{EXPR}` pieces of one text as the checker splits it (escapes skipped, no nested braces).
void scan_text(ParseState& st, const ast::Text& text, const std::string& source_name) {
  for (const auto& branch : text.branches) scan_text(st, branch, source_name);
  const std::string& raw = text.raw;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '\\') {
      ++i;
      continue;
    }
    if (raw[i] != '{') continue;
    std::size_t close = i + 1;
    while (close < raw.size() && raw[close] != '}' && raw[close] != '{' && raw[close] != '\\') ++close;
    if (close >= raw.size() || raw[close] != '}') return;  // the checker reports the unclosed brace
    std::string_view content(raw.data() + i + 1, close - i - 1);
    std::string_view trimmed = content;
    while (!trimmed.empty() && is_blank(trimmed.front())) trimmed.remove_prefix(1);
    while (!trimmed.empty() && is_blank(trimmed.back())) trimmed.remove_suffix(1);
    if (!trimmed.empty() && !is_interpolated_reference(trimmed)) {
      SourcePos at = text.range.begin;
      at.column += static_cast<std::uint32_t>(i + 2);
      at.offset += i + 2;
      parse_one(st, content, at, source_name);
    }
    i = close;
  }
}

void scan_optional(ParseState& st, const std::optional<ast::Text>& text, const std::string& source_name) {
  if (text) scan_text(st, *text, source_name);
}

/// Scans the reasons of the when/match arms below `e`; bounded by the parser's depth limit.
void scan_expr(ParseState& st, const ast::Expr& e, const std::string& source_name) {
  for (const auto& child : e.children) {
    if (child) scan_expr(st, *child, source_name);
  }
  for (const auto& arm : e.arms) {
    if (arm.condition) scan_expr(st, *arm.condition, source_name);
    if (arm.value) scan_expr(st, *arm.value, source_name);
    scan_optional(st, arm.because, source_name);
  }
  if (e.otherwise) scan_expr(st, *e.otherwise, source_name);
  scan_optional(st, e.otherwise_because, source_name);
}

void scan_optional(ParseState& st, const ast::ExprPtr& e, const std::string& source_name) {
  if (e) scan_expr(st, *e, source_name);
}

}  // namespace

bool is_interpolated_reference(std::string_view s) {
  if (s.empty() || s.front() == '.' || s.back() == '.') return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '.' ? s[i + 1] == '.' : !is_name_char(s[i])) return false;
  }
  return true;
}

void push_conditional_reason(ParseState& st, const char* input, std::size_t input_offset) {
  ast::Text otherwise = st.pop_text();
  ast::Text then = st.pop_text();
  ast::ExprPtr condition = st.pop_expr();
  ast::Text reason;
  reason.range = SourceRange{condition->range.begin, otherwise.range.end};
  reason.choice_range = condition->range;
  const std::size_t begin = condition->range.begin.offset - input_offset;
  reason.choice.assign(input + begin, condition->range.end.offset - condition->range.begin.offset);
  // A plain name is read as itself; anything else is computed by a hidden let named by its text.
  if (!is_interpolated_reference(reason.choice)) {
    const SourceRange range = condition->range;  // read before the move: argument order is unspecified
    add_hidden_let(st.rubric, reason.choice, range, std::move(condition));
  }
  reason.branches.push_back(std::move(then));
  reason.branches.push_back(std::move(otherwise));
  st.texts.push_back(std::move(reason));
}

void parse_interpolations(ParseState& st, const std::string& source_name) {
  auto& r = st.rubric;
  // Hidden lets are appended while scanning: walk the user's lets by index, never by iterator.
  const std::size_t user_lets = r.lets.size();
  for (std::size_t i = 0; i < user_lets; ++i) scan_optional(st, r.lets[i].value, source_name);
  for (std::size_t i = 0; i < r.criteria.size(); ++i) {
    scan_text(st, r.criteria[i].label, source_name);
    scan_optional(st, r.criteria[i].score, source_name);
    scan_optional(st, r.criteria[i].because, source_name);
  }
  for (std::size_t i = 0; i < r.flags.size(); ++i) {
    scan_text(st, r.flags[i].label, source_name);
    scan_optional(st, r.flags[i].condition, source_name);
    scan_optional(st, r.flags[i].penalty, source_name);
    scan_optional(st, r.flags[i].cap, source_name);
    scan_optional(st, r.flags[i].because, source_name);
  }
  for (std::size_t i = 0; i < r.confirms.size(); ++i) {
    scan_text(st, r.confirms[i].label, source_name);
    scan_optional(st, r.confirms[i].condition, source_name);
  }
  for (std::size_t i = 0; i < r.asks.size(); ++i) {
    scan_text(st, r.asks[i].label, source_name);
    scan_optional(st, r.asks[i].condition, source_name);
    scan_optional(st, r.asks[i].because, source_name);
  }
}

}  // namespace rubric::parser
