// An offer's step program: every step of the plan's evaluation order as one code stream. Run step by
// step, each declaration costs a call into the machine, its set-up and a dispatch on the step's kind,
// which was as much as its code for short expressions; here a step ends with one store operation that
// does what Machine::run_step does after the code (evaluate_steps.cpp), in the same order.
#include <algorithm>

#include "rubric/vm/machine.hpp"

namespace rubric {

namespace {

bool has_reasons(const Plan& plan) {
  return std::any_of(plan.code.begin(), plan.code.end(), [](const Instr& in) { return in.op == Op::reason; });
}

struct ProgramBuilder {
  const Plan& plan;
  StepProgram program;

  /// Copies the plan's code `range` to the end of the program, moving its jump targets along with it.
  /// Code is never empty where a value is due: an empty range makes the program unusable.
  void code(CodeRange range) {
    if (range.empty()) program.usable = false;
    const auto at = static_cast<std::int64_t>(program.code.size()) - static_cast<std::int64_t>(range.begin);
    for (std::uint32_t pc = range.begin; pc < range.end; ++pc) {
      Instr in = plan.code[pc];
      if (is_jump(in.op)) in.a = static_cast<std::int32_t>(in.a + at);
      program.code.push_back(in);
    }
  }

  /// Appends a store operation (never with a fused load: `c` is an operand of raise).
  std::size_t emit(Op op, std::int32_t a, std::int32_t b = 0, std::int32_t c = -1) {
    Instr in;
    in.op = op;
    in.a = a;
    in.b = b;
    in.c = c;
    program.code.push_back(in);
    return program.code.size() - 1;
  }

  /// Points the raise at `raise` past the effects emitted after it.
  void land(std::size_t raise) { program.code[raise].a = static_cast<std::int32_t>(program.code.size()); }

  static std::int32_t index(std::size_t frame_at) { return static_cast<std::int32_t>(frame_at); }

  void step(const Step& s) {
    const FrameLayout& f = plan.frame;
    const auto i = static_cast<std::size_t>(s.index);
    switch (s.kind) {
      case SymbolKind::let:
        code(plan.lets[i].value);
        emit(Op::store_let, plan.lets[i].slot);
        return;
      case SymbolKind::criterion:
        code(plan.criteria[i].score);
        emit(Op::store_score, s.index, plan.criteria[i].slot);
        return;
      case SymbolKind::flag: {
        const FlagPlan& flag = plan.flags[i];
        code(flag.condition);
        const std::size_t raise = emit(Op::raise, 0, flag.slot, index(f.penalty + i));
        if (!flag.penalty.empty()) {
          code(flag.penalty);
          emit(Op::store_frame, index(f.penalty + i));
        }
        if (!flag.cap.empty()) {
          code(flag.cap);
          emit(Op::store_frame, index(f.cap + i));
        }
        land(raise);
        return;
      }
      case SymbolKind::confirm:
        code(plan.confirms[i].condition);
        land(emit(Op::raise, 0, plan.confirms[i].slot));
        return;
      case SymbolKind::ask: {
        const AskPlan& ask = plan.asks[i];
        code(ask.condition);
        const std::size_t raise = emit(Op::raise, 0, ask.slot);
        if (!ask.low.empty() && !ask.high.empty()) {
          code(ask.low);
          emit(Op::store_frame, index(f.low + i));
          code(ask.high);
          emit(Op::store_frame, index(f.high + i));
        }
        land(raise);
        return;
      }
      case SymbolKind::total: emit(Op::total, 0); return;
      default: program.usable = false; return;
    }
  }
};

}  // namespace

StepProgram make_step_program(const Plan& plan) {
  ProgramBuilder b{plan, {}};
  b.program.usable = true;
  const bool reasons = has_reasons(plan);
  for (const Step& s : plan.order) {
    b.program.step_at.push_back(static_cast<std::uint32_t>(b.program.code.size()));
    if (reasons) b.emit(Op::step_begin, s.slot);
    b.step(s);
    if (reasons) b.emit(Op::step_end, s.slot);
  }
  return std::move(b.program);
}

}  // namespace rubric
