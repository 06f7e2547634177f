// The compiler's private machinery: the expression compiler and the passes
// compile() runs over a plan (enumerations, dependencies, weights, peephole).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "rubric/compile/plan.hpp"

namespace rubric {

/// Compiles expressions into a plan's code: folds literal-only subtrees, then
/// emits bytecode. One per compile(); members span compile_expr/_fold/_calls.cpp.
class ExprCompiler {
 public:
  /// Prepares to emit into `plan` (which must already have its layout, fields and enums).
  ExprCompiler(Plan& plan, const ast::Rubric& rubric);

  /// Emits code leaving the expression's value on the stack.
  CodeRange compile(const ast::Expr& expr);
  /// Compiles a because text into a reason template; returns its index.
  int add_reason(const ast::Text& text);
  /// Compiles the arguments of every aggregate call met so far (call after all declarations).
  void finish_aggregates();
  /// Returns problems that kept an expression from compiling (too deep, malformed scale()).
  const std::vector<std::string>& errors() const { return errors_; }

 private:
  std::optional<double> fold(const ast::Expr& e, int level);
  std::optional<double> fold_binary(const ast::Expr& e, int level);
  std::optional<double> fold_when(const ast::Expr& e, int level);
  std::optional<double> fold_call(const ast::Expr& e, int level);
  std::optional<double> constant(const ast::Expr& e) const;

  void emit(const ast::Expr& e, int level);
  void emit_ref(const ast::Expr& e);
  void emit_string(const ast::Expr& e);
  void emit_binary(const ast::Expr& e, int level);
  void emit_logical(const ast::Expr& e, int level);
  void emit_comparison_or_arithmetic(const ast::Expr& e, int level);
  void emit_in(const ast::Expr& e, int level);
  void emit_if(const ast::Expr& e, int level);
  void emit_when(const ast::Expr& e, int level);
  void emit_match(const ast::Expr& e, int level);
  bool emit_match_table(const ast::Expr& e, int level);
  bool emit_select(const ast::Expr& cond, const ast::Expr& then, const ast::Expr& otherwise, int level);
  void emit_call(const ast::Expr& e, int level);
  void emit_min_max(const ast::Expr& e, int level, bool is_min);
  void emit_clamp(const ast::Expr& e, int level);
  void emit_round(const ast::Expr& e, int level);
  void emit_scale(const ast::Expr& e, int level);
  void emit_aggregate(const ast::Expr& e, AggregateKind kind);
  void emit_vested(const ast::Expr& e, int level, bool through);

  std::size_t op(Op op, int stack_effect, std::int32_t a = 0, std::int32_t b = 0, double x = 0);
  void push_constant(double value);
  void patch_jump(std::size_t at);
  int member_index(const Type& enum_type, const std::string& text) const;
  int intern(const std::string& text);
  int site(const SourcePos& pos);
  int operator_site(const ast::Expr& e);
  void fail(const ast::Expr& e, const std::string& message);

  Plan& plan_;
  const ast::Rubric& rubric_;
  std::unordered_map<const ast::Expr*, double> constants_;
  std::vector<std::pair<const ast::Expr*, std::size_t>> pending_aggregates_;
  std::vector<std::string> errors_;
  int depth_ = 0;  // stack depth at the current emission point
};

/// Fuses each field or slot load into the instruction after it (unless a jump lands there);
/// `range` is the tail of the plan's code and shrinks accordingly.
void fuse_loads(Plan& plan, CodeRange& range);

/// Returns, per let, the offer fields its value reads, directly or through other lets, in first-use order.
std::vector<std::vector<int>> let_fields(const ast::Rubric& rubric);

/// Appends the offer fields `expr` reads (directly or through lets) that `out` does not hold yet.
void collect_fields(const ast::Expr* expr, const std::vector<std::vector<int>>& lets, std::vector<int>& out);

/// Chooses the steps pass one must run for aggregate arguments and how many each argument needs.
void plan_aggregate_steps(Plan& plan);

/// Numbers every enumeration class one way: enumerations the checker treats as the same (equal
/// member sets) share the member order of the first one; fills enum_class and enum_remap.
void plan_enums(Plan& plan);

/// Returns the enumeration whose member order numbers run-time values of `type`.
Type runtime_type(const Plan& plan, Type type);

/// Compiles a label or reason, rendering slot values with their run-time enumeration numbering.
Template plan_template(const Plan& plan, const ast::Text& text);

/// Applies --weight overrides to the plan's criteria; returns errors, sets plan.weight_note.
std::vector<std::string> apply_weight_overrides(Plan& plan, const std::vector<WeightOverride>& overrides);

/// Applies --rate overrides to the plan's currencies; returns errors, appends the what-if to plan.weight_note.
std::vector<std::string> apply_rate_overrides(Plan& plan, const std::vector<RateOverride>& overrides);

/// Returns "FILE:LINE:COL" for a position of the rubric.
std::string site_of(const ast::Rubric& rubric, const SourcePos& pos);

}  // namespace rubric
