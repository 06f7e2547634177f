// The bytecode's operations, listed once: the enum and the names are both generated from this list,
// so they cannot drift apart (as in wren's wren_opcodes.h).
#pragma once

#include <cstdint>
#include <string_view>

// X(NAME, SPELLING): one line per operation. Values are doubles: bool 0/1, enumeration member index,
// text handle. `_k` variants take their right operand from Instr::x; `r` variants have it on the left.
// Each comment says what the operation reads from Instr::a, b and x; the formatter would realign them.
// clang-format off
#define RUBRIC_OPCODES(X) \
  X(push, "push")  /* push x */ \
  X(field, "field")  /* push facts.numbers[a] */ \
  X(slot, "slot")  /* push slots[a] */ \
  X(aggregate, "aggregate")  /* push aggregate a (site b); NaN is an offer error */ \
  X(neg, "neg") \
  X(logical_not, "not") \
  X(add, "add")  /* site b for overflow and division by zero */ \
  X(sub, "sub")  /* site b */ \
  X(mul, "mul")  /* site b */ \
  X(div, "div")  /* site b */ \
  X(add_k, "add_k") \
  X(sub_k, "sub_k") \
  X(rsub_k, "rsub_k") \
  X(mul_k, "mul_k") \
  X(div_k, "div_k") \
  X(rdiv_k, "rdiv_k") \
  X(eq, "eq") \
  X(ne, "ne") \
  X(lt, "lt") \
  X(le, "le") \
  X(gt, "gt") \
  X(ge, "ge") \
  X(eq_k, "eq_k") \
  X(ne_k, "ne_k") \
  X(lt_k, "lt_k") \
  X(le_k, "le_k") \
  X(gt_k, "gt_k") \
  X(ge_k, "ge_k") \
  X(text_eq, "text_eq")  /* compare two text handles */ \
  X(text_ne, "text_ne") \
  X(in_set, "in_set")  /* top in numbers[a .. a+b) */ \
  X(in_text, "in_text")  /* text of top in strings[string_sets[a .. a+b)] */ \
  X(jump, "jump")  /* pc = a */ \
  X(jump_if_false, "jump_if_false")  /* pop; jump when 0 */ \
  X(and_jump, "and_jump")  /* top == 0: jump, keeping it; else pop */ \
  X(or_jump, "or_jump")  /* top != 0: jump, keeping it; else pop */ \
  X(match_ne_k, "match_ne_k")  /* top != x: jump (subject stays) */ \
  X(match_ne_text, "match_ne_text")  /* text of top != strings[b]: jump (subject stays) */ \
  X(pop, "pop") \
  X(reason, "reason")  /* record reason template a for the current declaration */ \
  X(min, "min") \
  X(max, "max") \
  X(min_k, "min_k") \
  X(max_k, "max_k") \
  X(abs, "abs") \
  X(clamp, "clamp")  /* x lo hi -> clamped */ \
  X(clamp_k, "clamp_k")  /* lo numbers[a], hi numbers[a + 1] */ \
  X(round, "round")  /* a = digits, site b */ \
  X(scale_k, "scale_k")  /* points numbers[a .. a+2b) as x,y pairs */ \
  X(scale_stack, "scale_stack")  /* b y values then x on the stack; xs in numbers[a .. a+b) */ \
  X(remap, "remap")  /* top = numbers[a + top] (b members): a field's member index in its class's numbering */ \
  X(lookup, "lookup")  /* top = numbers[a + top] (b entries); NaN or out of range: no arm applies (site x) */ \
  X(select_k, "select_k")  /* top = top != 0 ? x : numbers[a] */ \
  X(no_match, "no_match")  /* site b: a match fell through every arm */ \
  X(vest, "vest")  /* top = grant a's vesting in year top (x 0) or through year top (x 1); site b: a bad year */ \
  /* Only in an offer's step program (vm/evaluate_program.cpp), which runs every step as one code stream; */ \
  /* each store pops the step's value (a fault when it is not finite) and empties the stack. */ \
  X(store_let, "store_let")  /* slots[a] = value */ \
  X(store_score, "store_score")  /* criterion a's raw score = value; slots[b] = value clamped to the scale */ \
  X(raise, "raise")  /* slots[b] = value != 0; c >= 0: frame[c] = 0; not raised: pc = a */ \
  X(store_frame, "store_frame")  /* frame[a] = value */ \
  X(total, "total")  /* weighted sum, penalties, caps and veto into the total */ \
  X(step_begin, "step_begin")  /* the reasons of slot a's declaration start here */ \
  X(step_end, "step_end")  /* ... and end here */
// clang-format on

namespace rubric {

/// Bytecode operations, in RUBRIC_OPCODES order.
enum class Op : std::uint8_t {
#define RUBRIC_OPCODE_ENUM(name, spelling) name,
  RUBRIC_OPCODES(RUBRIC_OPCODE_ENUM)
#undef RUBRIC_OPCODE_ENUM
};

/// Names an operation, for debugging and tests.
std::string_view to_string(Op op);

/// Returns true for the operations whose `a` is a jump target (an absolute position in the code).
inline bool is_jump(Op op) {
  return op == Op::jump || op == Op::jump_if_false || op == Op::and_jump || op == Op::or_jump || op == Op::match_ne_k ||
         op == Op::match_ne_text || op == Op::raise;
}

}  // namespace rubric
