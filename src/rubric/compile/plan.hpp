// The compiled form of a rubric: flat bytecode over a double stack, one
// code range per expression, declarations in evaluation order, every name
// resolved to a field index or an evaluation slot. compile/ writes it, vm/
// runs it; explain reads its effective weights.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <rubric/compile_options.hpp>
#include <rubric/facts.hpp>
#include <rubric/result.hpp>
#include "rubric/check/check.hpp"
#include "rubric/compile/interpolate.hpp"
#include "rubric/compile/opcodes.hpp"
#include "rubric/syntax/ast.hpp"

namespace rubric {

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
  Severity severity = Severity::warning;
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
  std::vector<int> facts;  // offer fields the range reads, directly or through lets (the draft's evidence)
  int slot = -1;
};

/// One declaration evaluated per offer, in dependency order.
struct Step {
  SymbolKind kind = SymbolKind::none;
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
  std::vector<double> numbers;       // pool: scale points, `in` sets
  std::vector<std::string> strings;  // text constants
  std::vector<int> string_sets;      // pool: indexes into strings, for `in` over text
  std::vector<std::string> sites;    // "FILE:LINE:COL" of every operation that can fail
  std::vector<Template> reasons;     // arm and declaration `because` texts

  std::vector<AggregatePlan> aggregates;
  std::vector<Step> aggregate_steps;  // the steps pass one runs, in order

  SlotLayout layout;
  FrameLayout frame;
  std::size_t stack_size = 0;
};

/// Builds the per-declaration steps from the checker's order.
std::vector<Step> make_steps(const Plan& plan, const std::vector<EvalStep>& order);

}  // namespace rubric
