// The bytecode interpreter: threaded dispatch over flat instructions and a double
// stack in a preallocated frame. No allocation, no virtual calls, no name or
// map look-ups; the only strings touched are text facts compared by value.
#include <algorithm>
#include <cmath>
#include <limits>

#include <rubric/money.hpp>
#include <rubric/render.hpp>
#include "rubric/check/arithmetic.hpp"
#include "rubric/vm/machine.hpp"

namespace rubric {

namespace {

struct Texts {
  const Facts* facts;
  const std::vector<std::string>* strings;

  const std::string& operator()(double handle) const {
    RenderContext ctx;
    ctx.facts = facts;
    ctx.strings = strings;
    return text_of(handle, ctx);
  }
};

bool in_set(double v, const double* set, std::int32_t n) {
  for (std::int32_t i = 0; i < n; ++i)
    if (set[i] == v) return true;
  return false;
}

bool in_text(const std::string& text, const Plan& plan, std::int32_t offset, std::int32_t n) {
  for (std::int32_t i = 0; i < n; ++i)
    if (plan.strings[static_cast<std::size_t>(plan.string_sets[static_cast<std::size_t>(offset + i)])] == text)
      return true;
  return false;
}

}  // namespace

// Threaded dispatch (labels as values, a GCC and Clang extension): each operation ends in its own indirect
// jump to the next, which the branch predictor learns per operation; a switch's one shared jump was
// predicted worse, 3% of a batch's time. One short line per operation, so the instruction set reads at a glance.
bool Machine::execute(const Instr* code, CodeRange range, double* result) {
  const double* fields = facts->numbers.data();
  const double* pool = plan->numbers.data();
  double* slots = frame + plan->frame.slots;
  double* const stack = frame + plan->frame.stack;
  double* sp = stack;
  const Texts text{facts, &plan->strings};
  std::uint32_t pc = range.begin;
  auto stop = [&](FaultKind kind, int site, int aggregate = -1) {
    fault = Fault{kind, site, aggregate};
    fault_at = pc - 1;
    return false;
  };
  // A step program's store takes the step's value off the stack, leaving it empty for the next step.
  auto value = [&](double& out) {
    out = sp[-1];
    sp = stack;
    return std::isfinite(out);
  };
  double stored = 0;
#define RUBRIC_CHECK_FINITE(v, site) \
  if (!std::isfinite(v)) return stop(FaultKind::not_finite, site)
#define RUBRIC_LABEL(name, spelling) &&L_##name,
  static const void* const kOperations[] = {RUBRIC_OPCODES(RUBRIC_LABEL)};
#undef RUBRIC_LABEL
  const Instr* in = nullptr;
  // clang-format off
  // Fetches the next instruction, pushes its fused load and jumps to its operation.
#define RUBRIC_NEXT                                                                                 \
  do {                                                                                              \
    if (pc >= range.end) goto done;                                                                 \
    in = &code[pc++];                                                                               \
    if (in->load != Load::none) *sp++ = in->load == Load::field ? fields[in->c] : slots[in->c];   \
    goto* kOperations[static_cast<std::size_t>(in->op)];                                            \
  } while (0)
  RUBRIC_NEXT;
  L_push: *sp++ = in->x; RUBRIC_NEXT;
  L_field: *sp++ = fields[in->a]; RUBRIC_NEXT;
  L_slot: *sp++ = slots[in->a]; RUBRIC_NEXT;
  L_aggregate: {
    double v = aggregates ? aggregates->value(static_cast<std::size_t>(in->a))
                          : std::numeric_limits<double>::quiet_NaN();
    if (std::isnan(v)) return stop(FaultKind::no_aggregate, in->b, in->a);
    *sp++ = v;
    RUBRIC_NEXT;
  }
  L_neg: sp[-1] = -sp[-1]; RUBRIC_NEXT;
  L_logical_not: sp[-1] = sp[-1] == 0 ? 1.0 : 0.0; RUBRIC_NEXT;
  L_add: --sp; sp[-1] = sp[-1] + sp[0]; RUBRIC_CHECK_FINITE(sp[-1], in->b); RUBRIC_NEXT;
  L_sub: --sp; sp[-1] = sp[-1] - sp[0]; RUBRIC_CHECK_FINITE(sp[-1], in->b); RUBRIC_NEXT;
  L_mul: --sp; sp[-1] = sp[-1] * sp[0]; RUBRIC_CHECK_FINITE(sp[-1], in->b); RUBRIC_NEXT;
  L_div:
    --sp;
    if (sp[0] == 0) return stop(FaultKind::division_by_zero, in->b);
    sp[-1] = sp[-1] / sp[0];
    RUBRIC_CHECK_FINITE(sp[-1], in->b);
    RUBRIC_NEXT;
  L_add_k: sp[-1] = sp[-1] + in->x; RUBRIC_CHECK_FINITE(sp[-1], in->b); RUBRIC_NEXT;
  L_sub_k: sp[-1] = sp[-1] - in->x; RUBRIC_CHECK_FINITE(sp[-1], in->b); RUBRIC_NEXT;
  L_rsub_k: sp[-1] = in->x - sp[-1]; RUBRIC_CHECK_FINITE(sp[-1], in->b); RUBRIC_NEXT;
  L_mul_k: sp[-1] = sp[-1] * in->x; RUBRIC_CHECK_FINITE(sp[-1], in->b); RUBRIC_NEXT;
  L_div_k:
    if (in->x == 0) return stop(FaultKind::division_by_zero, in->b);
    sp[-1] = sp[-1] / in->x;
    RUBRIC_CHECK_FINITE(sp[-1], in->b);
    RUBRIC_NEXT;
  L_rdiv_k:
    if (sp[-1] == 0) return stop(FaultKind::division_by_zero, in->b);
    sp[-1] = in->x / sp[-1];
    RUBRIC_CHECK_FINITE(sp[-1], in->b);
    RUBRIC_NEXT;
  L_eq: --sp; sp[-1] = sp[-1] == sp[0] ? 1.0 : 0.0; RUBRIC_NEXT;
  L_ne: --sp; sp[-1] = sp[-1] != sp[0] ? 1.0 : 0.0; RUBRIC_NEXT;
  L_lt: --sp; sp[-1] = sp[-1] < sp[0] ? 1.0 : 0.0; RUBRIC_NEXT;
  L_le: --sp; sp[-1] = sp[-1] <= sp[0] ? 1.0 : 0.0; RUBRIC_NEXT;
  L_gt: --sp; sp[-1] = sp[-1] > sp[0] ? 1.0 : 0.0; RUBRIC_NEXT;
  L_ge: --sp; sp[-1] = sp[-1] >= sp[0] ? 1.0 : 0.0; RUBRIC_NEXT;
  L_eq_k: sp[-1] = sp[-1] == in->x ? 1.0 : 0.0; RUBRIC_NEXT;
  L_ne_k: sp[-1] = sp[-1] != in->x ? 1.0 : 0.0; RUBRIC_NEXT;
  L_lt_k: sp[-1] = sp[-1] < in->x ? 1.0 : 0.0; RUBRIC_NEXT;
  L_le_k: sp[-1] = sp[-1] <= in->x ? 1.0 : 0.0; RUBRIC_NEXT;
  L_gt_k: sp[-1] = sp[-1] > in->x ? 1.0 : 0.0; RUBRIC_NEXT;
  L_ge_k: sp[-1] = sp[-1] >= in->x ? 1.0 : 0.0; RUBRIC_NEXT;
  L_text_eq: --sp; sp[-1] = text(sp[-1]) == text(sp[0]) ? 1.0 : 0.0; RUBRIC_NEXT;
  L_text_ne: --sp; sp[-1] = text(sp[-1]) != text(sp[0]) ? 1.0 : 0.0; RUBRIC_NEXT;
  L_in_set: sp[-1] = in_set(sp[-1], pool + in->a, in->b) ? 1.0 : 0.0; RUBRIC_NEXT;
  L_in_text: sp[-1] = in_text(text(sp[-1]), *plan, in->a, in->b) ? 1.0 : 0.0; RUBRIC_NEXT;
  L_jump: pc = static_cast<std::uint32_t>(in->a); RUBRIC_NEXT;
  L_jump_if_false:
    if (*--sp == 0) pc = static_cast<std::uint32_t>(in->a);
    RUBRIC_NEXT;
  L_and_jump:
    if (sp[-1] == 0) pc = static_cast<std::uint32_t>(in->a); else --sp;
    RUBRIC_NEXT;
  L_or_jump:
    if (sp[-1] != 0) pc = static_cast<std::uint32_t>(in->a); else --sp;
    RUBRIC_NEXT;
  L_match_ne_k:
    if (sp[-1] != in->x) pc = static_cast<std::uint32_t>(in->a);
    RUBRIC_NEXT;
  L_match_ne_text:
    if (text(sp[-1]) != plan->strings[static_cast<std::size_t>(in->b)]) pc = static_cast<std::uint32_t>(in->a);
    RUBRIC_NEXT;
  L_pop: --sp; RUBRIC_NEXT;
  L_reason:
    if (reasons) reasons->push_back(static_cast<std::uint32_t>(in->a));
    RUBRIC_NEXT;
  L_min: --sp; sp[-1] = std::min(sp[-1], sp[0]); RUBRIC_NEXT;
  L_max: --sp; sp[-1] = std::max(sp[-1], sp[0]); RUBRIC_NEXT;
  L_min_k: sp[-1] = std::min(sp[-1], in->x); RUBRIC_NEXT;
  L_max_k: sp[-1] = std::max(sp[-1], in->x); RUBRIC_NEXT;
  L_abs: sp[-1] = std::fabs(sp[-1]); RUBRIC_NEXT;
  L_clamp: sp -= 2; sp[-1] = clamp_value(sp[-1], sp[0], sp[1]); RUBRIC_NEXT;
  L_clamp_k: sp[-1] = clamp_value(sp[-1], pool[in->a], pool[in->a + 1]); RUBRIC_NEXT;
  L_round: sp[-1] = round_half_away(sp[-1], in->a); RUBRIC_CHECK_FINITE(sp[-1], in->b); RUBRIC_NEXT;
  L_scale_k:
    sp[-1] = scale_points(sp[-1], pool + in->a, pool + in->a + 1, 2, static_cast<std::size_t>(in->b));
    RUBRIC_NEXT;
  L_scale_stack: {
    double* ys = sp - 1 - in->b;
    double v = scale_points(sp[-1], pool + in->a, ys, 1, static_cast<std::size_t>(in->b));
    sp = ys;
    *sp++ = v;
    RUBRIC_NEXT;
  }
  L_remap:  // a member index the reader did not validate maps to no member
    sp[-1] = sp[-1] >= 0 && sp[-1] < in->b ? pool[in->a + static_cast<std::int32_t>(sp[-1])] : -1.0;
    RUBRIC_NEXT;
  L_lookup: {
    const double v = sp[-1] >= 0 && sp[-1] < in->b ? pool[in->a + static_cast<std::int32_t>(sp[-1])] : NAN;
    if (std::isnan(v)) return stop(FaultKind::no_match, static_cast<int>(in->x));
    sp[-1] = v;
    RUBRIC_NEXT;
  }
  L_select_k: sp[-1] = sp[-1] != 0 ? in->x : pool[in->a]; RUBRIC_NEXT;
  L_no_match: return stop(FaultKind::no_match, in->b);
  L_vest: {
    if (!valid_vesting_year(sp[-1])) return stop(FaultKind::bad_year, in->b);
    if (static_cast<std::size_t>(in->a) >= facts->grants.size()) return stop(FaultKind::bad_facts, in->b);
    const Grant& grant = facts->grants[static_cast<std::size_t>(in->a)];
    const int year = sp[-1] > kMaxVestingYears ? kMaxVestingYears + 1 : static_cast<int>(sp[-1]);
    sp[-1] = in->x == 0 ? vested_in_year(grant, year) : vested_through_year(grant, year);
    RUBRIC_NEXT;
  }
  L_store_let:
    if (!value(stored)) return stop(FaultKind::not_finite, -1);
    slots[in->a] = stored;
    RUBRIC_NEXT;
  L_store_score:
    if (!value(stored)) return stop(FaultKind::not_finite, -1);
    frame[plan->frame.raw + static_cast<std::size_t>(in->a)] = stored;
    slots[in->b] = clamp_value(stored, plan->scale_low, plan->scale_high);
    RUBRIC_NEXT;
  L_raise:
    if (!value(stored)) return stop(FaultKind::not_finite, -1);
    slots[in->b] = stored != 0 ? 1 : 0;
    if (in->c >= 0) frame[in->c] = 0;
    if (stored == 0) pc = static_cast<std::uint32_t>(in->a);
    RUBRIC_NEXT;
  L_store_frame:
    if (!value(stored)) return stop(FaultKind::not_finite, -1);
    frame[in->a] = stored;
    RUBRIC_NEXT;
  L_total:
    if (!run_total(*this)) return stop(fault.kind, fault.site);
    RUBRIC_NEXT;
  L_step_begin: reason_begin[in->a] = static_cast<std::uint32_t>(reasons->size()); RUBRIC_NEXT;
  L_step_end: reason_end[in->a] = static_cast<std::uint32_t>(reasons->size()); RUBRIC_NEXT;
  // clang-format on
done:
#undef RUBRIC_NEXT
#undef RUBRIC_CHECK_FINITE
  if (result == nullptr) return true;                     // a step program: its stores took every value
  if (sp == stack) return stop(FaultKind::internal, -1);  // empty code is never emitted; never read garbage
  *result = sp[-1];
  return true;
}

}  // namespace rubric
