// Expressions of the tracing interpreter: literals, names, operators and branches,
// with the same arithmetic as the bytecode evaluator.
#include "rubric/explain/explain_tracer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include <rubric/money.hpp>
#include <rubric/render.hpp>
#include "rubric/check/arithmetic.hpp"
#include "rubric/compile/plan.hpp"

namespace rubric::explain_detail {

namespace {

// A clause records at most this many sub-values; a generated rubric with huge expressions
// still gets a readable trace, and memory stays bounded.
constexpr std::size_t kMaxLinesPerClause = 400;
// Sub-expression texts longer than this many bytes are cut in trace lines (the clause shows it whole).
constexpr std::size_t kMaxLineText = 100;

bool is_literal(const ast::Expr& e) {
  using K = ast::ExprKind;
  return e.kind == K::number || e.kind == K::percent || e.kind == K::string || e.kind == K::boolean ||
         e.kind == K::list || e.kind == K::point;
}

bool is_textual(const Type& t) { return t.kind == TypeKind::text || t.kind == TypeKind::enumeration; }

// Cuts text at a UTF-8 boundary and marks the cut.
std::string shorten(std::string text) {
  if (text.size() <= kMaxLineText) return text;
  std::size_t cut = kMaxLineText;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "\u2026";
}

}  // namespace

std::string expression_text(const SourceFile& source, const SourceRange& range) {
  const std::string& text = source.text();
  std::size_t begin = std::min(range.begin.offset, text.size());
  std::size_t end = std::min(std::max(range.end.offset, begin), text.size());
  return one_line(std::string_view(text).substr(begin, end - begin));
}

std::string one_line(std::string_view text) {
  const std::size_t begin = 0, end = text.size();
  std::string out;
  bool in_string = false, space = false;
  for (std::size_t i = begin; i < end; ++i) {
    char c = text[i];
    if (!in_string && c == '#') {  // a comment inside a multi-line expression
      while (i < end && text[i] != '\n') ++i;
      space = true;
      continue;
    }
    if (!in_string && (c == ' ' || c == '\t' || c == '\r' || c == '\n')) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    if (c == '"' && (i == begin || text[i - 1] != '\\')) in_string = !in_string;
    out += c;
  }
  return out;
}

Value Tracer::eval(const ast::Expr& e, int depth) {
  if (!recording() || depth == 0 || is_literal(e) || clause_->lines.size() >= kMaxLinesPerClause)
    return eval_node(e, depth);
  std::size_t at = clause_->lines.size();
  std::string text = expression_text(rubric_.source(), e.range);
  clause_->lines.push_back(TraceLine{depth, {}, {}, {}, 0, e.range.begin.offset, e.range.end.offset});
  Value v = eval_node(e, depth);
  TraceLine& line = clause_->lines[at];
  line.text = text.size() <= kMaxLineText ? std::move(text) : shorten(with_references(at));
  line.value = render(v);
  if (e.kind == ast::ExprKind::ref && e.symbol.kind == SymbolKind::field) describe_field(e, line);
  return v;
}

void Tracer::describe_field(const ast::Expr& e, TraceLine& line) const {
  auto i = static_cast<std::size_t>(e.symbol.index);
  if (i < facts_.defaulted.size() && facts_.defaulted[i]) line.note = "default";
  if (i < facts_.sources.size() && !facts_.sources[i].empty()) line.note = "source: " + facts_.sources[i];
  if (i < facts_.origins.size() && facts_.origins[i].converted())
    line.value += " (" + render_origin(facts_.origins[i]) + ")";
  if (const Grant* grant = e.type.kind == TypeKind::grant ? grant_of(e) : nullptr) {
    line.note += (line.note.empty() ? "" : "; ") + render_vesting(*grant);
  }
}

// A line too long to show whole shows its longest direct sub-expressions as [n], the numbers of their own
// lines below it, until it fits; so a parent and a child cut to the same prefix can no longer look alike
// (docs/reports.md, "explain").
std::string Tracer::with_references(std::size_t at) {
  std::vector<TraceLine>& lines = clause_->lines;
  const TraceLine parent = lines[at];
  std::vector<std::size_t> children;
  for (std::size_t i = at + 1; i < lines.size(); ++i) {
    const TraceLine& child = lines[i];
    if (child.depth == parent.depth + 1 && child.end > child.begin && child.begin >= parent.begin &&
        child.end <= parent.end)
      children.push_back(i);
  }
  std::vector<std::size_t> longest = children;
  std::stable_sort(longest.begin(), longest.end(), [&](std::size_t a, std::size_t b) {
    return lines[a].end - lines[a].begin > lines[b].end - lines[b].begin;
  });
  const std::string& source = rubric_.source().text();
  std::vector<bool> replaced(lines.size(), false);
  std::string text = one_line(std::string_view(source).substr(parent.begin, parent.end - parent.begin));
  for (std::size_t next : longest) {
    if (text.size() <= kMaxLineText) break;
    replaced[next] = true;
    std::string raw;
    std::size_t from = parent.begin;
    for (std::size_t i : children) {
      if (!replaced[i] || lines[i].begin < from) continue;
      raw.append(source, from, lines[i].begin - from);
      raw += fmt::format("[{}]", i + 1);
      from = lines[i].end;
    }
    raw.append(source, from, parent.end - from);
    text = one_line(raw);
  }
  for (std::size_t i : children)
    if (replaced[i]) lines[i].number = static_cast<int>(i + 1);
  return text;
}

Value Tracer::eval_node(const ast::Expr& e, int depth) {
  using K = ast::ExprKind;
  switch (e.kind) {
    case K::number:
    case K::percent: return Value{e.number, e.type};
    case K::boolean: return Value{e.boolean ? 1.0 : 0.0, e.type};
    case K::string: return Value{text_constant_handle(intern(e.text)), Type{TypeKind::text, -1}};
    case K::ref: return eval_ref(e);
    case K::negate: {
      Value v = eval(*e.children.at(0), depth + 1);
      return Value{-v.v, e.type};
    }
    case K::logical_not: return Value{eval(*e.children.at(0), depth + 1).v == 0 ? 1.0 : 0.0, e.type};
    case K::binary: return eval_binary(e, depth);
    case K::in: return eval_in(e, depth);
    case K::if_then: return eval_if(e, depth);
    case K::when: return eval_when(e, depth);
    case K::match: return eval_match(e, depth);
    case K::call: return eval_call(e, depth);
    default: throw Fault(fmt::format("cannot evaluate {} at {}", ast::to_string(e.kind), where(e)));
  }
}

Value Tracer::eval_ref(const ast::Expr& e) {
  if (e.symbol.kind == SymbolKind::field) {
    auto i = static_cast<std::size_t>(e.symbol.index);
    if (e.type.kind == TypeKind::text) return Value{static_cast<double>(i), e.type};
    if (i >= facts_.numbers.size()) throw Fault("the offer's facts do not match the rubric's fields");
    return Value{facts_.numbers[i], e.type};
  }
  ensure(e.symbol);
  int slot = layout_.slot_of(e.symbol);
  if (slot < 0) throw Fault(fmt::format("unresolved name '{}' at {}", e.text, where(e)));
  return Value{slots_[static_cast<std::size_t>(slot)], e.type};
}

Value Tracer::eval_binary(const ast::Expr& e, int depth) {
  using Op = ast::BinaryOp;
  const ast::Expr& left = *e.children.at(0);
  const ast::Expr& right = *e.children.at(1);
  if (e.op == Op::logical_or || e.op == Op::logical_and) {
    bool l = eval(left, depth + 1).v != 0;
    if (e.op == Op::logical_or ? l : !l) return Value{l ? 1.0 : 0.0, e.type};  // short-circuit, as the evaluator
    return Value{eval(right, depth + 1).v != 0 ? 1.0 : 0.0, e.type};
  }
  Value l = eval(left, depth + 1);
  Value r = eval(right, depth + 1);
  if ((e.op == Op::eq || e.op == Op::ne) && (is_textual(l.type) || is_textual(r.type))) {
    bool same = text_of_value(l) == text_of_value(r);
    return Value{same == (e.op == Op::eq) ? 1.0 : 0.0, e.type};
  }
  bool ok = true;
  double v = apply_binary(e.op, l.v, r.v, ok);
  if (!ok) {
    const char* why = e.op == Op::div && r.v == 0 ? "division by zero" : "a result that is not a finite number";
    throw Fault(fmt::format("{} at {} ({})", why, where(e), what_));
  }
  return Value{v, e.type};
}

Value Tracer::eval_in(const ast::Expr& e, int depth) {
  std::string subject = text_of_value(eval(*e.children.at(0), depth + 1));
  const ast::Expr& list = *e.children.at(1);
  for (const auto& item : list.children)
    if (item && item->text == subject) return Value{1, e.type};
  return Value{0, e.type};
}

Value Tracer::eval_if(const ast::Expr& e, int depth) {
  bool cond = eval(*e.children.at(0), depth + 1).v != 0;
  take_arm("if", cond ? "then" : "else", std::nullopt, depth + 1);
  Value v = eval(*e.children.at(cond ? 1 : 2), depth + 1);
  return e.type.kind == TypeKind::enumeration ? v : Value{v.v, e.type};
}

Value Tracer::eval_when(const ast::Expr& e, int depth) {
  for (const auto& arm : e.arms) {
    if (eval(*arm.condition, depth + 1).v == 0) continue;
    take_arm("when", expression_text(rubric_.source(), arm.condition->range), arm.because, depth + 1);
    Value v = eval(*arm.value, depth + 1);
    return e.type.kind == TypeKind::enumeration ? v : Value{v.v, e.type};
  }
  take_arm("when", "else", std::nullopt, depth + 1);
  Value v = eval(*e.otherwise, depth + 1);
  return e.type.kind == TypeKind::enumeration ? v : Value{v.v, e.type};
}

Value Tracer::eval_match(const ast::Expr& e, int depth) {
  const ast::Expr& subject_expr = *e.children.at(0);
  std::string subject = text_of_value(eval(subject_expr, depth + 1));
  std::string construct = "match " + shorten(expression_text(rubric_.source(), subject_expr.range));
  for (const auto& arm : e.arms) {
    if (!arm.label || arm.label->value != subject) continue;
    take_arm(construct.c_str(), "\"" + arm.label->value + "\"", arm.because, depth + 1);
    Value v = eval(*arm.value, depth + 1);
    return e.type.kind == TypeKind::enumeration ? v : Value{v.v, e.type};
  }
  if (!e.otherwise) throw Fault(fmt::format("no arm of the match at {} fits '{}' ({})", where(e), subject, what_));
  take_arm(construct.c_str(), "else", e.otherwise_because, depth + 1);
  Value v = eval(*e.otherwise, depth + 1);
  return e.type.kind == TypeKind::enumeration ? v : Value{v.v, e.type};
}

void Tracer::take_arm(const char* construct, const std::string& arm, const std::optional<ast::Text>& because,
                      int depth) {
  if (!recording()) return;
  std::string reason = because ? interpolate(*because) : std::string();
  if (arm_reasons_ && because) arm_reasons_->push_back(reason);
  if (decl_) decl_->arms.push_back(TakenArm{construct, arm, reason});
  if (std::string_view(construct) == "if" || clause_->lines.size() >= kMaxLinesPerClause) return;
  std::string text = std::string_view(construct) == "when" && arm != "else" ? "took when " + shorten(arm)
                                                                            : "took " + arm;
  clause_->lines.push_back(TraceLine{depth, text, {}, reason.empty() ? "" : "because " + reason, 0, 0, 0});
}

std::string Tracer::text_of_value(const Value& value) const {
  if (value.type.kind == TypeKind::enumeration) {
    auto id = static_cast<std::size_t>(value.type.enum_id);
    auto i = static_cast<std::size_t>(value.v);
    if (value.type.enum_id >= 0 && id < checked_.enums.size() && value.v >= 0 && i < checked_.enums[id].size())
      return checked_.enums[id][i];
    return "?";
  }
  RenderContext ctx;
  ctx.facts = &facts_;
  ctx.strings = &strings_;
  return text_of(value.v, ctx);
}

std::string Tracer::render(const Value& value) const {
  switch (value.type.kind) {
    case TypeKind::boolean: return value.v != 0 ? "true" : "false";
    case TypeKind::enumeration: return text_of_value(value);
    case TypeKind::text: return fmt::format("\"{}\"", text_of_value(value));
    default: return render_value(value.v, value.type.kind);
  }
}

std::string Tracer::where(const ast::Expr& e) const {
  return fmt::format("{}:{}:{}", rubric_.source().name(), e.range.begin.line, e.range.begin.column);
}

int Tracer::intern(const std::string& text) {
  for (std::size_t i = 0; i < strings_.size(); ++i)
    if (strings_[i] == text) return static_cast<int>(i);
  strings_.push_back(text);
  return static_cast<int>(strings_.size() - 1);
}

}  // namespace rubric::explain_detail
