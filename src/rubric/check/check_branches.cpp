// Typing of the branching expressions: if, when and match.
#include <fmt/format.h>

#include <unordered_map>
#include <unordered_set>

#include "rubric/check/check_context.hpp"

namespace rubric::checker {

namespace {

// Numeric branches mix freely; the result renders as money if any branch is money, else percent if any is.
TypeKind numeric_join(TypeKind a, TypeKind b) {
  if (a == TypeKind::money || b == TypeKind::money) return TypeKind::money;
  if (a == TypeKind::percent || b == TypeKind::percent) return TypeKind::percent;
  return TypeKind::number;
}

// Folds one more branch into the common type of a branching expression; false when they cannot share one.
bool join(const Context& cx, Type& common, Type next) {
  if (next.kind == TypeKind::error) return true;
  if (common.kind == TypeKind::error) {
    common = next;
    return true;
  }
  if (is_numeric(common.kind) && is_numeric(next.kind)) {
    common.kind = numeric_join(common.kind, next.kind);
    return true;
  }
  if (common.kind == TypeKind::enumeration) return same_enumeration(cx, common, next);
  return common.kind == next.kind && (common.kind == TypeKind::boolean || common.kind == TypeKind::text);
}

// Types one branch value and folds it in, reporting a branch whose type does not fit the others.
void add_branch(Context& cx, Type& common, bool& ok, ast::Expr& value, std::string_view construct) {
  Type before = common;
  Type t = type_expr(cx, value);
  if (join(cx, common, t)) return;
  ok = false;
  cx.error(value.range, fmt::format("{} branches have different types: {} and {}", quoted(construct), type_name(before),
                                    type_name(t)));
}

void check_arm_labels(Context& cx, ast::Expr& e, Type subject) {
  std::unordered_map<std::string, std::uint32_t> first_line;
  for (auto& arm : e.arms) {
    if (!arm.label) continue;
    const ast::Text& label = *arm.label;
    auto [it, inserted] = first_line.emplace(label.value, label.range.begin.line);
    if (!inserted) {
      cx.error(label.range, fmt::format("duplicate match arm {}", quoted(label.value)),
               {fmt::format("the first arm for {} is at line {}", quoted(label.value), it->second)});
    } else if (subject.kind == TypeKind::enumeration) {
      check_member(cx, subject, label.value, label.range);
    }
  }
}

void check_coverage(Context& cx, ast::Expr& e, Type subject) {
  if (e.otherwise) return;
  if (subject.kind == TypeKind::text) {
    cx.error(e.range, "a 'match' on text needs an 'else' arm");
    return;
  }
  if (subject.kind != TypeKind::enumeration) return;
  std::unordered_set<std::string> labels;
  for (const auto& arm : e.arms) {
    if (arm.label) labels.insert(arm.label->value);
  }
  std::vector<std::string> missing;
  for (const auto& member : cx.result.enums[static_cast<std::size_t>(subject.enum_id)]) {
    if (!labels.count(member)) missing.push_back(member);
  }
  if (missing.empty()) return;
  cx.error(e.range, fmt::format("'match' does not cover {}; add {} or an 'else' arm", quoted_list(missing),
                                missing.size() == 1 ? "an arm for it" : "arms for them"));
}

}  // namespace

Type type_if(Context& cx, ast::Expr& e) {
  if (e.children.size() != 3 || !e.children[0] || !e.children[1] || !e.children[2]) return {};
  expect_bool(cx, *e.children[0], "an 'if' condition");
  Type common{};
  bool ok = true;
  add_branch(cx, common, ok, *e.children[1], "if");
  add_branch(cx, common, ok, *e.children[2], "if");
  return ok ? common : Type{};
}

Type type_when(Context& cx, ast::Expr& e) {
  Type common{};
  bool ok = true;
  for (auto& arm : e.arms) {
    if (arm.condition) expect_bool(cx, *arm.condition, "a 'when' condition");
    if (arm.value) add_branch(cx, common, ok, *arm.value, "when");
  }
  if (e.otherwise) add_branch(cx, common, ok, *e.otherwise, "when");
  return ok ? common : Type{};
}

Type type_match(Context& cx, ast::Expr& e) {
  if (e.children.empty() || !e.children[0]) return {};
  ast::Expr& subject = *e.children[0];
  Type s = type_expr(cx, subject);
  if (s.kind != TypeKind::enumeration && s.kind != TypeKind::text && s.kind != TypeKind::error) {
    cx.error(subject.range, fmt::format("'match' needs an enumeration or text, found {}", type_name(s)));
  }
  check_arm_labels(cx, e, s);
  check_coverage(cx, e, s);
  Type common{};
  bool ok = true;
  for (auto& arm : e.arms) {
    if (arm.value) add_branch(cx, common, ok, *arm.value, "match");
  }
  if (e.otherwise) add_branch(cx, common, ok, *e.otherwise, "match");
  return ok ? common : Type{};
}

}  // namespace rubric::checker
