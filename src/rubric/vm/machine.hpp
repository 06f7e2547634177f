// The virtual machine's private state: faults, the machine that runs code
// over a frame, and the buffers an evaluator reuses across offers.
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
#include "rubric/vm/evaluate.hpp"

namespace rubric {

/// Why running code stopped.
enum class FaultKind : std::uint8_t {
  none,
  division_by_zero,
  not_finite,
  no_aggregate,
  no_match,
  bad_facts,
  bad_year,
  internal
};

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
  const Aggregates* aggregates = nullptr;         // null: every aggregate read is a fault
  double* frame = nullptr;                        // Plan::frame.size doubles
  std::vector<std::uint32_t>* reasons = nullptr;  // null: reasons are not recorded
  std::uint32_t* reason_begin = nullptr;          // per slot, written by step_begin and step_end (step programs)
  std::uint32_t* reason_end = nullptr;
  Fault fault;
  std::uint32_t fault_at = 0;  // the position of the instruction that faulted

  /// Runs `code` of the plan, leaving its value in `result`; false on a fault.
  bool run(CodeRange code, double& result) { return execute(plan->code.data(), code, &result); }
  /// Runs `range` of `code`, leaving its value in `result`, or nothing when `result` is null (a step
  /// program stores its values); false on a fault.
  bool execute(const Instr* code, CodeRange range, double* result);
  /// Runs one declaration, storing its value in its slot; false on a fault.
  bool run_step(const Step& step);
};

/// Combines the criteria, penalties, caps and vetoes into the weighted score and the total; false on a fault.
bool run_total(Machine& m);

/// Every step of a plan as one code stream: each step's code followed by an operation that stores its value
/// (opcodes.hpp), so that scoring an offer is one run of the machine instead of several per declaration.
struct StepProgram {
  std::vector<Instr> code;
  std::vector<std::uint32_t> step_at;  // per step of Plan::order: where its code starts
  bool usable = false;                 // false: some step cannot run this way; run them one at a time
};

/// Builds the step program of `plan`.
StepProgram make_step_program(const Plan& plan);

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
/// Without `explain`, FactUse lists and let values are left empty; `style` is how labels, reasons and facts read.
void build_offer_result(const Plan& plan, const Facts& facts, EvalBuffers& buffers, bool explain, TextStyle style,
                        OfferResult& out);

/// Marks `out` unscored with its errors, keeping its identity fields.
void mark_unscored(OfferResult& out, std::vector<OfferError> errors);

/// Formats a fault as an offer error: "division by zero at r.rubric:3:9 (let x)".
std::string fault_message(const Plan& plan, const Fault& fault, const std::string& what);

}  // namespace rubric
