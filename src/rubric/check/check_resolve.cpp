// Name resolution: every ref in an expression and every `{name}` in a label or
// reason gets its Symbol; each reference to a declaration becomes a graph edge.
#include <fmt/format.h>

#include "rubric/check/check_context.hpp"
#include "rubric/syntax/parse.hpp"

namespace rubric::checker {

namespace {

ast::Symbol lookup(const Context& cx, const std::string& name) {
  if (auto it = cx.names.find(name); it != cx.names.end()) return it->second;
  if (name == "total") return {SymbolKind::total, -1};
  if (auto it = cx.paths.find(name); it != cx.paths.end()) return {SymbolKind::field, it->second};
  return {};
}

// Resolves one name read by graph node `node`, reporting it when unknown. A reason may name its own
// declaration ("pay scores {pay}"): it renders after the value, so that is no edge (`self_ok`).
ast::Symbol resolve_name(Context& cx, const std::string& name, const SourceRange& where, int node,
                         bool self_ok = false) {
  // An ambiguous name is already reported at its offer path; resolving it either way would only add noise.
  if (cx.clashes.count(name)) return {};
  ast::Symbol s = lookup(cx, name);
  if (s.kind == SymbolKind::none) {
    bool is_path = name.find('.') != std::string::npos;
    std::vector<std::string> notes;
    if (std::string hint = cx.suggest_name(name); !hint.empty()) notes.push_back(std::move(hint));
    if (is_path && notes.empty()) notes.push_back("every path an expression reads must be declared in 'offer { }'");
    cx.error(where, fmt::format("unknown {} {}", is_path ? "offer path" : "name", quoted(name)), std::move(notes));
    return s;
  }
  int target = cx.node_of(s);
  if (target >= 0 && !(self_ok && target == node)) cx.deps[static_cast<std::size_t>(node)].push_back(target);
  if (s.kind == SymbolKind::let) cx.let_read[static_cast<std::size_t>(s.index)] = 1;
  return s;
}

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// A name or dotted path as `{...}` may hold it: non-empty segments of [A-Za-z0-9_].
bool is_reference(std::string_view s) {
  if (s.empty() || s.front() == '.' || s.back() == '.') return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '.' ? s[i + 1] == '.' : !is_name_char(s[i])) return false;
  }
  return true;
}

// The position of byte `offset` of a string's raw text; strings are single-line.
SourceRange raw_range(const ast::Text& text, std::size_t offset, std::size_t length) {
  SourceRange r;
  r.begin = text.range.begin;
  r.begin.column += static_cast<std::uint32_t>(1 + offset);
  r.begin.offset += 1 + offset;
  r.end = r.begin;
  r.end.column += static_cast<std::uint32_t>(length);
  r.end.offset += length;
  return r;
}

void flush_literal(ast::Text& text, std::string& raw_literal) {
  if (raw_literal.empty()) return;
  ast::TextPiece piece;
  piece.literal = unescape_string(raw_literal);
  text.pieces.push_back(std::move(piece));
  raw_literal.clear();
}

// Returns where the `{...}` starting at `open` ends (the `}`), or npos when it is not closed.
std::size_t reference_end(std::string_view raw, std::size_t open) {
  for (std::size_t i = open + 1; i < raw.size(); ++i) {
    if (raw[i] == '}') return i;
    if (raw[i] == '{' || raw[i] == '\\') return std::string::npos;
  }
  return std::string::npos;
}

// Returns `content` without surrounding blanks when a hidden let has that name, else `content` unchanged.
std::string hidden_let_name(const Context& cx, const std::string& content) {
  const std::size_t begin = content.find_first_not_of(" \t");
  if (begin == std::string::npos) return content;
  std::string name = content.substr(begin, content.find_last_not_of(" \t") - begin + 1);
  return cx.names.count(name) ? name : content;
}

}  // namespace

// Splits a label or reason at its `{name}` references and resolves each.
void resolve_text(Context& cx, ast::Text& text, int node) {
  text.pieces.clear();
  if (!text.branches.empty()) {  // `because if C then "A" else "B"`: C is a name or a hidden let
    text.choice_symbol = resolve_name(cx, text.choice, text.choice_range, node);
    for (auto& branch : text.branches) resolve_text(cx, branch, node);
    cx.chosen.push_back(&text);
    return;
  }
  const std::string& raw = text.raw;
  std::string literal;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '\\' && i + 1 < raw.size()) {
      literal.append(raw, i, 2);
      ++i;
      continue;
    }
    if (raw[i] != '{') {
      literal += raw[i];
      continue;
    }
    std::size_t close = reference_end(raw, i);
    if (close == std::string::npos) {
      cx.error(raw_range(text, i, 1), "unclosed '{' in string", {"write '\\{' for a literal brace"});
      literal.append(raw, i, std::string::npos);
      break;
    }
    std::string name = raw.substr(i + 1, close - i - 1);
    SourceRange where = raw_range(text, i, close - i + 1);
    if (!is_reference(name)) name = hidden_let_name(cx, name);  // `{EXPR}`: the parser made it a let
    if (!is_reference(name) && !cx.names.count(name)) {
      cx.error(where, fmt::format("expected a name or path between '{{' and '}}', found {}", quoted(name)),
               {"write '\\{' for a literal brace"});
    } else {
      flush_literal(text, literal);
      ast::TextPiece piece;
      piece.name = name;
      piece.range = where;
      piece.symbol = resolve_name(cx, name, where, node, true);
      text.pieces.push_back(std::move(piece));
    }
    i = close;
  }
  flush_literal(text, literal);
  cx.interpolated.push_back(&text);
}

// Resolves every ref below `e`; recursion is bounded by the parser's expression depth limit.
void resolve_expr(Context& cx, ast::Expr& e, int node) {
  if (e.kind == ast::ExprKind::ref) e.symbol = resolve_name(cx, e.text, e.range, node);
  if (e.kind == ast::ExprKind::call && is_aggregate(e.text)) {
    cx.calls_aggregate[static_cast<std::size_t>(node)] = 1;
    cx.aggregate_calls.push_back({&e, node});
    cx.result.uses_aggregates = true;
  }
  for (auto& child : e.children) {
    if (child) resolve_expr(cx, *child, node);
  }
  for (auto& arm : e.arms) {
    if (arm.condition) resolve_expr(cx, *arm.condition, node);
    if (arm.value) resolve_expr(cx, *arm.value, node);
    if (arm.because) resolve_text(cx, *arm.because, node);
  }
  if (e.otherwise) resolve_expr(cx, *e.otherwise, node);
  if (e.otherwise_because) resolve_text(cx, *e.otherwise_because, node);
}

namespace {

void resolve_optional(Context& cx, ast::ExprPtr& e, int node) {
  if (e) resolve_expr(cx, *e, node);
}

void resolve_optional(Context& cx, std::optional<ast::Text>& t, int node) {
  if (t) resolve_text(cx, *t, node);
}

}  // namespace

void resolve_all(Context& cx) {
  auto& r = cx.rubric;
  auto node = [&](SymbolKind kind, std::size_t i) { return cx.node_of({kind, static_cast<int>(i)}); };
  for (std::size_t i = 0; i < r.lets.size(); ++i) resolve_optional(cx, r.lets[i].value, node(SymbolKind::let, i));
  for (std::size_t i = 0; i < r.criteria.size(); ++i) {
    auto& c = r.criteria[i];
    int n = node(SymbolKind::criterion, i);
    resolve_text(cx, c.label, n);
    resolve_optional(cx, c.score, n);
    resolve_optional(cx, c.because, n);
  }
  for (std::size_t i = 0; i < r.flags.size(); ++i) {
    auto& f = r.flags[i];
    int n = node(SymbolKind::flag, i);
    resolve_text(cx, f.label, n);
    resolve_optional(cx, f.condition, n);
    resolve_optional(cx, f.penalty, n);
    resolve_optional(cx, f.cap, n);
    resolve_optional(cx, f.because, n);
  }
  for (std::size_t i = 0; i < r.confirms.size(); ++i) {
    int n = node(SymbolKind::confirm, i);
    resolve_text(cx, r.confirms[i].label, n);
    resolve_optional(cx, r.confirms[i].condition, n);
  }
  for (std::size_t i = 0; i < r.asks.size(); ++i) {
    auto& a = r.asks[i];
    int n = node(SymbolKind::ask, i);
    resolve_text(cx, a.label, n);
    resolve_optional(cx, a.condition, n);
    resolve_optional(cx, a.range_low, n);
    resolve_optional(cx, a.range_high, n);
    resolve_optional(cx, a.because, n);
  }
}

}  // namespace rubric::checker
