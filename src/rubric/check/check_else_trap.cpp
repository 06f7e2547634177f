// The else trap: in `when x > 1 => 8.5 else 3 + bonus` the `+ bonus` belongs to the else branch only,
// because `else` takes a whole expression. Most readers expect it to apply to every branch, so an
// unparenthesised `+` or `-` right after `else` gets a warning with both parenthesisations spelled out.
// Also checked here: `ignore { }` paths that the rubric declares (ignoring them would change nothing).
#include <fmt/format.h>

#include "rubric/check/check_context.hpp"

namespace rubric::checker {

namespace {

// Longer source text is cut in the suggested parentheses: its start and end stay, " ... " between.
constexpr std::size_t kMaxShownText = 40;
constexpr std::size_t kShownHead = 20;
constexpr std::size_t kShownTail = 16;

/// Returns the source text of `range` on one line, cut to about kMaxShownText characters.
std::string shown(const Context& cx, const SourceRange& range) {
  if (!cx.rubric.source) return "...";
  const std::string& text = cx.rubric.source->text();
  if (range.end.offset <= range.begin.offset || range.end.offset > text.size()) return "...";
  std::string out;
  for (std::size_t i = range.begin.offset; i < range.end.offset; ++i) {  // one line, single blanks
    const char c = text[i] == '\n' || text[i] == '\r' || text[i] == '\t' ? ' ' : text[i];
    if (c != ' ' || (!out.empty() && out.back() != ' ')) out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.size() <= kMaxShownText) return out;
  std::string head = out.substr(0, kShownHead), tail = out.substr(out.size() - kShownTail);
  while (!head.empty() && head.back() == ' ') head.pop_back();
  while (!tail.empty() && tail.front() == ' ') tail.erase(0, 1);
  return head + " ... " + tail;
}

/// Returns the binary node whose left operand is the first operand of `value` (`3` in `3 + a * b`).
const ast::Expr* first_operator(const ast::Expr& value) {
  const ast::Expr* node = &value;
  while (node->kind == ast::ExprKind::binary && !node->children.empty() && node->children[0] &&
         node->children[0]->kind == ast::ExprKind::binary &&
         node->children[0]->range.begin.offset == node->range.begin.offset) {
    node = node->children[0].get();
  }
  return node;
}

void check_else_value(Context& cx, const ast::Expr& construct, const ast::Expr& value, std::string_view keyword) {
  // Parentheses around the whole else value widen its range past its first operand's: nothing to warn.
  if (value.kind != ast::ExprKind::binary || value.children.size() != 2 || !value.children[0] || !value.children[1])
    return;
  const ast::Expr* op = first_operator(value);
  if (op->range.begin.offset != op->children[0]->range.begin.offset) return;
  // A trailing term (`+ bonus`, `- penalty`) reads as added to the whole choice; `else a / b` is the
  // usual guard against dividing by zero and reads as meant, so other operators are left alone.
  if (op->op != ast::BinaryOp::add && op->op != ast::BinaryOp::sub) return;
  const std::string first = shown(cx, op->children[0]->range);
  const std::string rest = shown(cx, SourceRange{op->children[1]->range.begin, value.range.end});
  const std::string head = shown(cx, SourceRange{construct.range.begin, op->children[0]->range.begin}) + " ";
  const std::string spelled(to_string(op->op));
  cx.warning(
      value.range,
      fmt::format("the '{}' after 'else' applies to the else branch only, not to the whole '{}'", spelled, keyword),
      {fmt::format("to apply it to every branch, write '({}{}) {} {}'", head, first, spelled, rest),
       fmt::format("to keep it on the else branch, write 'else ({} {} {})'", first, spelled, rest)});
}

/// Walks `e` for the trap; recursion is bounded by the parser's expression depth limit.
void walk(Context& cx, const ast::Expr& e) {
  if (e.kind == ast::ExprKind::if_then && e.children.size() == 3 && e.children[2]) {
    check_else_value(cx, e, *e.children[2], "if");
  }
  if (e.kind == ast::ExprKind::when && e.otherwise) check_else_value(cx, e, *e.otherwise, "when");
  for (const auto& child : e.children) {
    if (child) walk(cx, *child);
  }
  for (const auto& arm : e.arms) {
    if (arm.condition) walk(cx, *arm.condition);
    if (arm.value) walk(cx, *arm.value);
  }
  if (e.otherwise) walk(cx, *e.otherwise);
}

void walk(Context& cx, const ast::ExprPtr& e) {
  if (e) walk(cx, *e);
}

}  // namespace

void warn_else_traps(Context& cx) {
  const auto& r = cx.rubric;
  for (const auto& d : r.lets) walk(cx, d.value);
  for (const auto& d : r.criteria) walk(cx, d.score);
  for (const auto& d : r.flags) {
    walk(cx, d.condition);
    walk(cx, d.penalty);
    walk(cx, d.cap);
  }
  for (const auto& d : r.confirms) walk(cx, d.condition);
  for (const auto& d : r.asks) {
    walk(cx, d.condition);
    walk(cx, d.range_low);
    walk(cx, d.range_high);
  }
}

void check_ignored_paths(Context& cx) {
  for (const auto& ignored : cx.rubric.ignored) {
    for (const auto& field : cx.rubric.fields) {
      const std::string& path = field.path.name;
      const bool inside = path.size() > ignored.name.size() &&
                          path.compare(0, ignored.name.size(), ignored.name) == 0 && path[ignored.name.size()] == '.';
      if (path != ignored.name && !inside) continue;
      cx.warning(ignored.range,
                 fmt::format("{} is read by the rubric ('{}' is declared in offer {{ }}); ignore only silences "
                             "keys the rubric does not declare",
                             quoted(ignored.name), path));
      break;
    }
  }
}

}  // namespace rubric::checker
