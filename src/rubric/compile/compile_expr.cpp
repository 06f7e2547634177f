// Emitting bytecode for expressions: names become field or slot loads,
// constants become immediates, and and/or/if/when/match become forward
// jumps so a branch not taken is never evaluated.
#include <algorithm>
#include <cmath>

#include <rubric/limits.hpp>
#include "rubric/compile/builder.hpp"

namespace rubric {

namespace {

struct BinaryOps {
  Op plain;
  Op with_constant_right;  // left OP k
  Op with_constant_left;   // k OP right, rewritten with the operand on the stack
};

BinaryOps ops_for(ast::BinaryOp op) {
  using ast::BinaryOp;
  switch (op) {
    case BinaryOp::add: return {Op::add, Op::add_k, Op::add_k};
    case BinaryOp::sub: return {Op::sub, Op::sub_k, Op::rsub_k};
    case BinaryOp::mul: return {Op::mul, Op::mul_k, Op::mul_k};
    case BinaryOp::div: return {Op::div, Op::div_k, Op::rdiv_k};
    case BinaryOp::eq: return {Op::eq, Op::eq_k, Op::eq_k};
    case BinaryOp::ne: return {Op::ne, Op::ne_k, Op::ne_k};
    case BinaryOp::lt: return {Op::lt, Op::lt_k, Op::gt_k};
    case BinaryOp::le: return {Op::le, Op::le_k, Op::ge_k};
    case BinaryOp::gt: return {Op::gt, Op::gt_k, Op::lt_k};
    case BinaryOp::ge: return {Op::ge, Op::ge_k, Op::le_k};
    default: return {Op::add, Op::add_k, Op::add_k};  // and/or never get here
  }
}

bool is_arithmetic(ast::BinaryOp op) {
  return op == ast::BinaryOp::add || op == ast::BinaryOp::sub || op == ast::BinaryOp::mul || op == ast::BinaryOp::div;
}

}  // namespace

ExprCompiler::ExprCompiler(Plan& plan, const ast::Rubric& rubric) : plan_(plan), rubric_(rubric) {}

CodeRange ExprCompiler::compile(const ast::Expr& expr) {
  CodeRange range;
  range.begin = static_cast<std::uint32_t>(plan_.code.size());
  depth_ = 0;
  fold(expr, 0);
  emit(expr, 0);
  range.end = static_cast<std::uint32_t>(plan_.code.size());
  fuse_loads(plan_, range);
  return range;
}

int ExprCompiler::add_reason(const ast::Text& text) {
  plan_.reasons.push_back(plan_template(plan_, text));
  return static_cast<int>(plan_.reasons.size() - 1);
}

std::size_t ExprCompiler::op(Op code, int stack_effect, std::int32_t a, std::int32_t b, double x) {
  plan_.code.push_back(Instr{code, Load::none, a, b, 0, x});
  depth_ += stack_effect;
  plan_.stack_size = std::max(plan_.stack_size, static_cast<std::size_t>(std::max(depth_, 0)));
  return plan_.code.size() - 1;
}

void ExprCompiler::push_constant(double value) { op(Op::push, +1, 0, 0, value); }

void ExprCompiler::patch_jump(std::size_t at) { plan_.code[at].a = static_cast<std::int32_t>(plan_.code.size()); }

int ExprCompiler::member_index(const Type& type, const std::string& text) const {
  const Type enum_type = runtime_type(plan_, type);
  if (enum_type.kind != TypeKind::enumeration || enum_type.enum_id < 0 ||
      static_cast<std::size_t>(enum_type.enum_id) >= plan_.enums.size())
    return -1;
  const auto& members = plan_.enums[static_cast<std::size_t>(enum_type.enum_id)];
  auto it = std::find(members.begin(), members.end(), text);
  return it == members.end() ? -1 : static_cast<int>(it - members.begin());
}

int ExprCompiler::intern(const std::string& text) {
  auto it = std::find(plan_.strings.begin(), plan_.strings.end(), text);
  if (it != plan_.strings.end()) return static_cast<int>(it - plan_.strings.begin());
  plan_.strings.push_back(text);
  return static_cast<int>(plan_.strings.size() - 1);
}

void ExprCompiler::fail(const ast::Expr& e, const std::string& message) {
  errors_.push_back(site_of(rubric_, e.range.begin) + ": " + message);
}

void ExprCompiler::emit(const ast::Expr& e, int level) {
  if (level > kMaxCompileDepth) {
    push_constant(0);  // fold() already reported it
    return;
  }
  if (auto c = constant(e)) {
    push_constant(*c);
    return;
  }
  switch (e.kind) {
    case ast::ExprKind::number:
    case ast::ExprKind::percent:
    case ast::ExprKind::boolean: push_constant(0); break;  // always folded
    case ast::ExprKind::string: emit_string(e); break;
    case ast::ExprKind::ref: emit_ref(e); break;
    case ast::ExprKind::negate:
      emit(*e.children.at(0), level + 1);
      op(Op::neg, 0);
      break;
    case ast::ExprKind::logical_not:
      emit(*e.children.at(0), level + 1);
      op(Op::logical_not, 0);
      break;
    case ast::ExprKind::binary: emit_binary(e, level); break;
    case ast::ExprKind::in: emit_in(e, level); break;
    case ast::ExprKind::if_then: emit_if(e, level); break;
    case ast::ExprKind::when: emit_when(e, level); break;
    case ast::ExprKind::match: emit_match(e, level); break;
    case ast::ExprKind::call: emit_call(e, level); break;
    case ast::ExprKind::list:
    case ast::ExprKind::point:
      fail(e, e.kind == ast::ExprKind::list ? "a list can only follow 'in'"
                                            : "an 'x => y' point can only be a scale() argument");
      push_constant(0);
      break;
  }
}

void ExprCompiler::emit_ref(const ast::Expr& e) {
  if (e.symbol.kind == SymbolKind::field && e.symbol.index >= 0 &&
      static_cast<std::size_t>(e.symbol.index) < plan_.fields.size()) {
    if (plan_.fields[static_cast<std::size_t>(e.symbol.index)].kind == TypeKind::text) {
      push_constant(e.symbol.index);  // a text value is a handle: the field's own index
      return;
    }
    op(Op::field, +1, e.symbol.index);
    const int id = e.type.kind == TypeKind::enumeration ? e.type.enum_id : -1;
    if (id >= 0 && static_cast<std::size_t>(id) < plan_.enum_remap.size() && plan_.enum_remap[id] >= 0)
      op(Op::remap, 0, plan_.enum_remap[static_cast<std::size_t>(id)],
         static_cast<std::int32_t>(plan_.enums[static_cast<std::size_t>(id)].size()));
    return;
  }
  int slot = plan_.layout.slot_of(e.symbol);
  if (slot < 0) {
    fail(e, "unresolved name '" + e.text + "'");
    push_constant(0);
    return;
  }
  op(Op::slot, +1, slot);
}

void ExprCompiler::emit_string(const ast::Expr& e) {
  if (e.type.kind == TypeKind::enumeration) {
    push_constant(member_index(e.type, e.text));
  } else {
    push_constant(text_constant_handle(intern(e.text)));
  }
}

void ExprCompiler::emit_binary(const ast::Expr& e, int level) {
  if (e.op == ast::BinaryOp::logical_and || e.op == ast::BinaryOp::logical_or) {
    emit_logical(e, level);
  } else {
    emit_comparison_or_arithmetic(e, level);
  }
}

void ExprCompiler::emit_logical(const ast::Expr& e, int level) {
  const ast::Expr& left = *e.children.at(0);
  const ast::Expr& right = *e.children.at(1);
  if (constant(left)) {  // true and R / false or R: only R matters (the other cases folded)
    emit(right, level + 1);
    return;
  }
  emit(left, level + 1);
  std::size_t jump = op(e.op == ast::BinaryOp::logical_and ? Op::and_jump : Op::or_jump, -1);
  emit(right, level + 1);
  patch_jump(jump);
}

void ExprCompiler::emit_comparison_or_arithmetic(const ast::Expr& e, int level) {
  const ast::Expr& left = *e.children.at(0);
  const ast::Expr& right = *e.children.at(1);
  const bool equality = e.op == ast::BinaryOp::eq || e.op == ast::BinaryOp::ne;
  std::optional<double> lc = constant(left), rc = constant(right);
  if (equality && (left.type.kind == TypeKind::enumeration || right.type.kind == TypeKind::enumeration)) {
    // An enumeration against a string literal compares member indexes.
    if (left.kind == ast::ExprKind::string) lc = member_index(right.type, left.text);
    if (right.kind == ast::ExprKind::string) rc = member_index(left.type, right.text);
  } else if (equality && (left.type.kind == TypeKind::text || right.type.kind == TypeKind::text)) {
    emit(left, level + 1);
    emit(right, level + 1);
    op(e.op == ast::BinaryOp::eq ? Op::text_eq : Op::text_ne, -1);
    return;
  }
  BinaryOps ops = ops_for(e.op);
  int s = is_arithmetic(e.op) ? operator_site(e) : -1;
  if (rc) {
    emit(left, level + 1);
    op(ops.with_constant_right, 0, 0, s, *rc);
  } else if (lc) {
    emit(right, level + 1);
    op(ops.with_constant_left, 0, 0, s, *lc);
  } else {
    emit(left, level + 1);
    emit(right, level + 1);
    op(ops.plain, -1, 0, s);
  }
}

void ExprCompiler::emit_in(const ast::Expr& e, int level) {
  const ast::Expr& subject = *e.children.at(0);
  const ast::Expr& list = *e.children.at(1);
  emit(subject, level + 1);
  if (subject.type.kind == TypeKind::enumeration) {
    auto offset = static_cast<std::int32_t>(plan_.numbers.size());
    for (const auto& item : list.children) plan_.numbers.push_back(member_index(subject.type, item->text));
    op(Op::in_set, 0, offset, static_cast<std::int32_t>(list.children.size()));
  } else {
    auto offset = static_cast<std::int32_t>(plan_.string_sets.size());
    for (const auto& item : list.children) plan_.string_sets.push_back(intern(item->text));
    op(Op::in_text, 0, offset, static_cast<std::int32_t>(list.children.size()));
  }
}

void ExprCompiler::emit_if(const ast::Expr& e, int level) {
  if (auto c = constant(*e.children.at(0))) {
    emit(*e.children.at(*c != 0 ? 1 : 2), level + 1);
    return;
  }
  if (emit_select(*e.children.at(0), *e.children.at(1), *e.children.at(2), level)) return;
  const int base = depth_;
  emit(*e.children.at(0), level + 1);
  std::size_t to_else = op(Op::jump_if_false, -1);
  emit(*e.children.at(1), level + 1);
  std::size_t to_end = op(Op::jump, 0);
  patch_jump(to_else);
  depth_ = base;
  emit(*e.children.at(2), level + 1);
  patch_jump(to_end);
}

void ExprCompiler::emit_when(const ast::Expr& e, int level) {
  const int base = depth_;
  std::vector<std::size_t> to_end;
  bool closed = false;  // an arm whose condition is constant true ends the chain
  for (std::size_t i = 0; i < e.arms.size(); ++i) {
    const ast::Arm& arm = e.arms[i];
    auto c = constant(*arm.condition);
    if (c && *c == 0) continue;
    if (!c && i + 1 == e.arms.size() && !arm.because && emit_select(*arm.condition, *arm.value, *e.otherwise, level)) {
      closed = true;
      break;
    }
    std::size_t to_next = 0;
    if (!c) {
      emit(*arm.condition, level + 1);
      to_next = op(Op::jump_if_false, -1);
    }
    emit(*arm.value, level + 1);
    if (arm.because) op(Op::reason, 0, add_reason(*arm.because));
    if (c) {
      closed = true;
      break;
    }
    to_end.push_back(op(Op::jump, 0));
    patch_jump(to_next);
    depth_ = base;
  }
  if (!closed) emit(*e.otherwise, level + 1);
  for (std::size_t at : to_end) patch_jump(at);
  depth_ = base + 1;
}

bool ExprCompiler::emit_select(const ast::Expr& cond, const ast::Expr& then, const ast::Expr& otherwise, int level) {
  auto a = constant(then), b = constant(otherwise);
  if (!a || !b) return false;
  emit(cond, level + 1);
  auto offset = static_cast<std::int32_t>(plan_.numbers.size());
  plan_.numbers.push_back(*b);
  op(Op::select_k, 0, offset, 0, *a);
  return true;
}

bool ExprCompiler::emit_match_table(const ast::Expr& e, int level) {
  // A match of an enumeration onto constants, with no reasons to record, is a table look-up.
  const ast::Expr& subject = *e.children.at(0);
  const Type type = runtime_type(plan_, subject.type);
  if (type.kind != TypeKind::enumeration || type.enum_id < 0 || e.otherwise_because) return false;
  std::optional<double> otherwise = e.otherwise ? constant(*e.otherwise) : std::nullopt;
  if (e.otherwise && !otherwise) return false;
  const auto& members = plan_.enums[static_cast<std::size_t>(type.enum_id)];
  std::vector<double> table(members.size(), otherwise ? *otherwise : std::nan(""));
  std::vector<bool> set(members.size(), false);
  for (const auto& arm : e.arms) {
    auto v = constant(*arm.value);
    int i = arm.label ? member_index(type, arm.label->value) : -1;
    if (!v || arm.because || i < 0) return false;
    if (!set[static_cast<std::size_t>(i)]) table[static_cast<std::size_t>(i)] = *v;
    set[static_cast<std::size_t>(i)] = true;
  }
  emit(subject, level + 1);
  auto offset = static_cast<std::int32_t>(plan_.numbers.size());
  plan_.numbers.insert(plan_.numbers.end(), table.begin(), table.end());
  op(Op::lookup, 0, offset, static_cast<std::int32_t>(table.size()), site(e.range.begin));
  return true;
}

void ExprCompiler::emit_match(const ast::Expr& e, int level) {
  if (emit_match_table(e, level)) return;
  const ast::Expr& subject = *e.children.at(0);
  const bool is_enum = subject.type.kind == TypeKind::enumeration;
  const int base = depth_;
  emit(subject, level + 1);
  std::vector<std::size_t> to_end;
  for (const auto& arm : e.arms) {
    const std::string label = arm.label ? arm.label->value : std::string();
    std::size_t to_next = is_enum ? op(Op::match_ne_k, 0, 0, 0, member_index(subject.type, label))
                                  : op(Op::match_ne_text, 0, 0, intern(label));
    op(Op::pop, -1);
    emit(*arm.value, level + 1);
    if (arm.because) op(Op::reason, 0, add_reason(*arm.because));
    to_end.push_back(op(Op::jump, 0));
    patch_jump(to_next);
    depth_ = base + 1;
  }
  if (e.otherwise) {
    op(Op::pop, -1);
    emit(*e.otherwise, level + 1);
    if (e.otherwise_because) op(Op::reason, 0, add_reason(*e.otherwise_because));
  } else {
    op(Op::no_match, 0, 0, site(e.range.begin));
  }
  for (std::size_t at : to_end) patch_jump(at);
  depth_ = base + 1;
}

}  // namespace rubric
