// Stage 4: scoring one offer. Runs every step in dependency order over a
// reused frame; any fault makes the offer unscored with one message naming
// the rubric position and the declaration. Other offers are unaffected.
#include <algorithm>

#include "rubric/vm/evaluate_jsonl.hpp"
#include "rubric/vm/machine.hpp"

namespace rubric {

namespace {

bool facts_fit(const Plan& plan, const Facts& facts) {
  const std::size_t n = plan.fields.size();
  return facts.numbers.size() >= n && facts.texts.size() >= n && facts.sources.size() >= n &&
         facts.defaulted.size() >= n;
}

void copy_identity(const Facts& facts, OfferResult& out) {
  static_cast<OfferIdentity&>(out) = facts;
  out.rank = 0;
}

}  // namespace

EvalBuffers::EvalBuffers(const Plan& plan)
    : frame(plan.frame.size, 0.0),
      reason_begin(static_cast<std::size_t>(plan.layout.count), 0),
      reason_end(static_cast<std::size_t>(plan.layout.count), 0),
      field_text(plan.fields.size()),
      field_stamp(plan.fields.size(), 0) {}

void mark_unscored(OfferResult& out, std::vector<OfferError> errors) {
  out.scored = false;
  out.weighted = 0;
  out.total = 0;
  out.vetoed = false;
  out.rank = 0;
  out.criteria.clear();
  out.flags.clear();
  out.confirms.clear();
  out.asks.clear();
  out.lets.clear();
  out.errors = std::move(errors);
}

struct Evaluator::Scratch : EvalBuffers {
  explicit Scratch(const Plan& plan) : EvalBuffers(plan), program(make_step_program(plan)) {}
  std::shared_ptr<const JsonlLayout> jsonl;  // made on the first evaluate_jsonl
  std::string text;                          // scratch for labels and reasons
  StepProgram program;
};

Evaluator::Evaluator(const Plan& plan) : plan_(&plan), scratch_(std::make_unique<Scratch>(plan)) {}

Evaluator::~Evaluator() = default;

bool Evaluator::score(const Facts& facts, const Aggregates* aggregates, OfferResult& out) {
  const Plan& plan = *plan_;
  Scratch& s = *scratch_;
  copy_identity(facts, out);
  if (!facts.errors.empty()) {
    mark_unscored(out, facts.errors);
    return false;
  }
  if (!facts_fit(plan, facts)) {
    mark_unscored(out, {OfferError{fault_message(plan, Fault{FaultKind::bad_facts, -1, -1}, "")}});
    return false;
  }
  Machine m;
  m.plan = &plan;
  m.facts = &facts;
  m.aggregates = aggregates;
  m.frame = s.frame.data();
  m.reasons = &s.reasons;
  s.reasons.clear();
  if (s.program.usable) {
    m.reason_begin = s.reason_begin.data();
    m.reason_end = s.reason_end.data();
    const auto end = static_cast<std::uint32_t>(s.program.code.size());
    if (m.execute(s.program.code.data(), CodeRange{0, end}, nullptr)) return true;
    // The step whose code holds the faulting instruction.
    const auto& at = s.program.step_at;
    const auto step = static_cast<std::size_t>(std::upper_bound(at.begin(), at.end(), m.fault_at) - at.begin()) - 1;
    mark_unscored(out, {OfferError{fault_message(plan, m.fault, plan.order[step].what)}});
    return false;
  }
  for (const Step& step : plan.order) {
    const auto begin = static_cast<std::uint32_t>(s.reasons.size());
    if (!m.run_step(step)) {
      mark_unscored(out, {OfferError{fault_message(plan, m.fault, step.what)}});
      return false;
    }
    s.reason_begin[static_cast<std::size_t>(step.slot)] = begin;
    s.reason_end[static_cast<std::size_t>(step.slot)] = static_cast<std::uint32_t>(s.reasons.size());
  }
  return true;
}

void Evaluator::evaluate(const Facts& facts, const Aggregates* aggregates, OfferResult& out) {
  if (score(facts, aggregates, out)) build_offer_result(*plan_, facts, *scratch_, explain_, style_, out);
}

void Evaluator::evaluate_jsonl(const Facts& facts, const Aggregates* aggregates, OfferResult& out, JsonBuffer& line) {
  if (!score(facts, aggregates, out)) {
    write_unscored_line(out, line);
    return;
  }
  const Plan& plan = *plan_;
  Scratch& s = *scratch_;
  if (!s.jsonl) s.jsonl = make_jsonl_layout(plan);
  mark_unscored(out, {});  // the slim result: no criteria, flags, confirms, asks or lets
  out.scored = true;
  out.weighted = s.frame[plan.frame.weighted];
  out.total = s.frame[plan.frame.slots + static_cast<std::size_t>(plan.layout.total)];
  out.vetoed = s.frame[plan.frame.vetoed] != 0;
  write_scored_line(*s.jsonl, plan, facts, s, s.text, line);
}

// Scores without a result: what the robustness run needs from each sample's re-evaluation, read straight
// from the frame, so drawing ranged facts costs one pass over the steps and no strings.
bool Evaluator::evaluate_scores(const Facts& facts, const Aggregates* aggregates, std::vector<double>& scores,
                                double& penalties, std::optional<double>& cap, bool& vetoed) {
  thread_local OfferResult unused;  // score() reports errors here; the caller only needs to know it failed
  if (!score(facts, aggregates, unused)) return false;
  const Plan& plan = *plan_;
  const double* frame = scratch_->frame.data();
  const double* slots = frame + plan.frame.slots;
  scores.resize(plan.criteria.size());
  for (std::size_t k = 0; k < plan.criteria.size(); ++k) scores[k] = slots[plan.criteria[k].slot];
  penalties = 0;
  cap.reset();
  vetoed = false;
  for (std::size_t i = 0; i < plan.flags.size(); ++i) {
    if (slots[plan.flags[i].slot] == 0) continue;
    penalties += frame[plan.frame.penalty + i];
    vetoed = vetoed || plan.flags[i].veto;
    if (plan.flags[i].cap.empty()) continue;
    const double c = frame[plan.frame.cap + i];
    if (!cap || c < *cap) cap = c;
  }
  return true;
}

}  // namespace rubric
