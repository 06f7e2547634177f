// A peephole pass over freshly emitted code: a field or slot load followed by
// any instruction becomes that instruction with a fused load. About a third
// of all instructions are loads, so this removes a third of the dispatches.
#include "rubric/compile/builder.hpp"

namespace rubric {

void fuse_loads(Plan& plan, CodeRange& range) {
  std::vector<Instr>& code = plan.code;
  const std::uint32_t n = range.end - range.begin;
  std::vector<bool> target(n + 1, false);
  for (std::uint32_t pc = range.begin; pc < range.end; ++pc)
    if (is_jump(code[pc].op)) target[static_cast<std::uint32_t>(code[pc].a) - range.begin] = true;
  std::vector<std::uint32_t> moved(n + 1, 0);  // old index -> new index
  std::uint32_t out = range.begin;
  for (std::uint32_t pc = range.begin; pc < range.end; ++pc) {
    moved[pc - range.begin] = out;
    const Instr& in = code[pc];
    const bool load = (in.op == Op::field || in.op == Op::slot) && in.load == Load::none;
    if (load && pc + 1 < range.end && !target[pc + 1 - range.begin] && code[pc + 1].load == Load::none) {
      Instr next = code[pc + 1];
      next.load = in.op == Op::field ? Load::field : Load::slot;
      next.c = in.a;
      code[pc + 1] = next;
      continue;  // the next instruction takes this one's place in `moved` too
    }
    code[out++] = in;
  }
  moved[n] = out;
  for (std::uint32_t pc = range.begin; pc < out; ++pc)
    if (is_jump(code[pc].op))
      code[pc].a = static_cast<std::int32_t>(moved[static_cast<std::uint32_t>(code[pc].a) - range.begin]);
  code.resize(out);
  range.end = out;
}

}  // namespace rubric
