// The compiled form of a rubric: flat bytecode over a double stack, one
// code range per expression, declarations in evaluation order, every name
// resolved to a field index or an evaluation slot. Private to compile*.cpp,
// evaluate*.cpp and decision*.cpp.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "rubric/ast.hpp"
#include "rubric/check.hpp"
#include "rubric/evaluate.hpp"
#include "rubric/facts.hpp"
#include "rubric/interpolate.hpp"
#include "rubric/result.hpp"

namespace rubric {

/// Bytecode operations. Values are doubles: bool 0/1, enumeration member index, text handle.
/// `_k` variants take their right operand from Instr::x; `r` variants have it on the left.
enum class Op : std::uint8_t {
  push,        // push x
  field,       // push facts.numbers[a]
  slot,        // push slots[a]
  aggregate,   // push aggregate a (site b); NaN is an offer error
  neg,
  logical_not,
  add, sub, mul, div,  // site b for overflow and division by zero
  add_k, sub_k, rsub_k, mul_k, div_k, rdiv_k,
  eq, ne, lt, le, gt, ge,
  eq_k, ne_k, lt_k, le_k, gt_k, ge_k,
  text_eq, text_ne,  // compare two text handles
  in_set,            // top in numbers[a .. a+b)
  in_text,           // text of top in strings[string_sets[a .. a+b)]
  jump,              // pc = a
  jump_if_false,     // pop; jump when 0
  and_jump,          // top == 0: jump, keeping it; else pop
  or_jump,           // top != 0: jump, keeping it; else pop
  match_ne_k,        // top != x: jump (subject stays)
  match_ne_text,     // text of top != strings[b]: jump (subject stays)
  pop,
  reason,            // record reason template a for the current declaration
  min, max, min_k, max_k,
  abs,
  clamp,             // x lo hi -> clamped
  clamp_k,           // lo numbers[a], hi numbers[a + 1]
  round,             // a = digits, site b
  scale_k,           // points numbers[a .. a+2b) as x,y pairs
  scale_stack,       // b y values then x on the stack; xs in numbers[a .. a+b)
  remap,             // top = numbers[a + top] (b members): a field's member index in its class's numbering
  lookup,            // top = numbers[a + top] (b entries); NaN or out of range: no arm applies (site x)
  select_k,          // top = top != 0 ? x : numbers[a]
  no_match,          // site b: a match fell through every arm
};

/// Names an operation, for debugging and tests.
std::string_view to_string(Op op);

/// What an instruction pushes before its own operation: a load fused into it, saving one dispatch.
enum class Load : std::uint8_t { none, field, slot };

/// One instruction; `a`, `b` and `x` mean what the Op's comment says; `load` pushes field or slot `c` first.
struct Instr {
  Op op = Op::push;
  Load load = Load::none;
  std::int32_t a = 0;
  std::int32_t b = 0;
  std::int32_t c = 0;
  double x = 0;
};

/// A half-open range of instructions; empty means "absent".
struct CodeRange {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  /// Returns true when there is no code.
  bool empty() const { return begin == end; }
};

/// A compiled let.
struct LetPlan {
  std::string name;
  Type type;
  CodeRange value;
  int slot = -1;
};

/// A compiled criterion.
struct CriterionPlan {
  std::string id;
  Template label;
  std::string label_text;  // the label as written, for run-level listings
  double weight = 0;       // effective, after --weight
  double declared_weight = 0;
  CodeRange score;
  int because = -1;        // reason template, or -1
  std::vector<int> facts;  // offer fields read, directly or through lets, in first-use order
  int slot = -1;
};

/// A compiled flag.
struct FlagPlan {
  std::string id;
  Template label;
  ast::Severity severity = ast::Severity::warning;
  CodeRange condition, penalty, cap;
  bool veto = false;
  int because = -1;
  std::vector<int> facts;
  int slot = -1;
};

/// A compiled confirm.
struct ConfirmPlan {
  std::string id;
  Template label;
  CodeRange condition;
  int slot = -1;
};

/// A compiled ask.
struct AskPlan {
  std::string id;
  Template label;
  CodeRange condition, low, high;
  TypeKind range_type = TypeKind::number;
  std::vector<std::string> cite;
  int because = -1;
  int slot = -1;
};

/// One declaration evaluated per offer, in dependency order.
struct Step {
  ast::SymbolKind kind = ast::SymbolKind::none;
  int index = -1;    // into the Plan vector of that kind; -1 for total
  std::string what;  // "criterion pay", for error messages
  int slot = -1;     // where its value goes
};

/// Which run-wide aggregate a call computes.
enum class AggregateKind : std::uint8_t { max_of, min_of, mean_of };

/// Names an aggregate as written ("max_of", ...).
std::string_view to_string(AggregateKind kind);

/// One max_of / min_of / mean_of call.
struct AggregatePlan {
  AggregateKind kind = AggregateKind::max_of;
  CodeRange argument;
  std::size_t needs_steps = 0;  // the argument reads slots computed by aggregate_steps[0 .. needs_steps)
};

/// Offsets of the per-offer work areas inside one flat buffer of doubles.
struct FrameLayout {
  std::size_t slots = 0, stack = 0, raw = 0, penalty = 0, cap = 0, low = 0, high = 0, weighted = 0, vetoed = 0;
  std::size_t size = 0;
};

/// One offer field as the evaluator renders it.
struct FieldPlan {
  std::string path;
  TypeKind kind = TypeKind::number;
  std::vector<std::string> members;
};

/// Everything evaluation needs, resolved; immutable after compile().
class Plan {
 public:
  OfferSchema schema;
  std::string title;
  std::string rubric_file;
  double scale_low = 0;
  double scale_high = 10;
  std::string weight_note;

  std::vector<FieldPlan> fields;
  std::vector<std::vector<std::string>> enums;  // CheckResult::enums; a field's values index its own list
  std::vector<int> enum_class;                  // per enum id: the id whose member order numbers values at run time
  std::vector<std::int32_t> enum_remap;         // per enum id: offset of its remap table in `numbers`, or -1
  std::vector<LetPlan> lets;
  std::vector<CriterionPlan> criteria;
  std::vector<FlagPlan> flags;
  std::vector<ConfirmPlan> confirms;
  std::vector<AskPlan> asks;
  std::vector<Step> order;

  std::vector<Instr> code;
  std::vector<double> numbers;        // pool: scale points, `in` sets
  std::vector<std::string> strings;   // text constants
  std::vector<int> string_sets;       // pool: indexes into strings, for `in` over text
  std::vector<std::string> sites;     // "FILE:LINE:COL" of every operation that can fail
  std::vector<Template> reasons;      // arm and declaration `because` texts

  std::vector<AggregatePlan> aggregates;
  std::vector<Step> aggregate_steps;  // the steps pass one runs, in order

  SlotLayout layout;
  FrameLayout frame;
  std::size_t stack_size = 0;
};

/// Why running code stopped.
enum class FaultKind : std::uint8_t { none, division_by_zero, not_finite, no_aggregate, no_match, bad_facts, internal };

/// Names a fault as its message begins ("division by zero", ...).
std::string_view to_string(FaultKind kind);

/// Where running code stopped.
struct Fault {
  FaultKind kind = FaultKind::none;
  int site = -1;  // index into Plan::sites, or -1
  int aggregate = -1;
};

/// Runs compiled code for one offer over a frame; the core of Evaluator and Aggregates.
struct Machine {
  const Plan* plan = nullptr;
  const Facts* facts = nullptr;
  const Aggregates* aggregates = nullptr;  // null: every aggregate read is a fault
  double* frame = nullptr;                 // Plan::frame.size doubles
  std::vector<std::uint32_t>* reasons = nullptr;  // null: reasons are not recorded
  Fault fault;

  /// Runs `code`, leaving its value in `result`; false on a fault.
  bool run(CodeRange code, double& result);
  /// Runs one declaration, storing its value in its slot; false on a fault.
  bool run_step(const Step& step);
};

/// Per-evaluator buffers reused across offers, so scoring allocates nothing once warm.
struct EvalBuffers {
  std::vector<double> frame;                            // Plan::frame.size doubles
  std::vector<std::uint32_t> reasons;                   // reason templates taken, in evaluation order
  std::vector<std::uint32_t> reason_begin, reason_end;  // per slot: its declaration's range in `reasons`
  std::vector<std::string> field_text;                  // facts rendered for this offer, on first use
  std::vector<std::uint32_t> field_stamp;               // field_text[i] is current when it equals `stamp`
  std::uint32_t stamp = 0;

  /// Sizes every buffer for the plan.
  explicit EvalBuffers(const Plan& plan);
};

/// Fills `out` from an evaluation in which every step ran; renders only what is reported.
/// Without `explain`, FactUse lists and let values are left empty.
void build_offer_result(const Plan& plan, const Facts& facts, EvalBuffers& buffers, bool explain, OfferResult& out);

/// Marks `out` unscored with its errors, keeping its identity fields.
void mark_unscored(OfferResult& out, std::vector<OfferError> errors);

/// Formats a fault as an offer error: "division by zero at r.rubric:3:9 (let x)".
std::string fault_message(const Plan& plan, const Fault& fault, const std::string& what);

/// Builds the per-declaration steps from the checker's order.
std::vector<Step> make_steps(const Plan& plan, const std::vector<EvalStep>& order);

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

/// Applies a binary arithmetic or comparison operator exactly as the evaluator does;
/// `ok` is false on division by zero or a non-finite result.
double apply_binary(ast::BinaryOp op, double left, double right, bool& ok);

/// Interpolates through points (x ascending) read with `stride`, flat beyond both ends.
inline double scale_points(double x, const double* xs, const double* ys, std::size_t stride, std::size_t n) {
  if (x <= xs[0]) return ys[0];
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const double x1 = xs[(i + 1) * stride];
    if (x <= x1) {
      const double x0 = xs[i * stride], y0 = ys[i * stride], y1 = ys[(i + 1) * stride];
      return y0 + (x - x0) * (y1 - y0) / (x1 - x0);
    }
  }
  return ys[(n - 1) * stride];
}

/// Clamps like the reference scorers do: below lo gives lo, above hi gives hi.
inline double clamp_value(double x, double lo, double hi) { return x < lo ? lo : x > hi ? hi : x; }

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

/// Returns "FILE:LINE:COL" for a position of the rubric.
std::string site_of(const ast::Rubric& rubric, const SourcePos& pos);

}  // namespace rubric
