// Declarations of the tracing interpreter: lets, criteria (clamped), flags
// (effects only when raised), confirms, asks, and the total, in the checker's order.
#include <fmt/format.h>

#include <cmath>

#include <rubric/render.hpp>
#include "rubric/check/arithmetic.hpp"
#include "rubric/compile/plan.hpp"
#include "rubric/explain/explain_tracer.hpp"

namespace rubric::explain_detail {

namespace {

std::string decl_id(const ast::Rubric& r, SymbolKind kind, int index) {
  auto i = static_cast<std::size_t>(index);
  switch (kind) {
    case SymbolKind::let: return r.lets.at(i).name.name;
    case SymbolKind::criterion: return r.criteria.at(i).id.name;
    case SymbolKind::flag: return r.flags.at(i).id.name;
    case SymbolKind::confirm: return r.confirms.at(i).id.name;
    case SymbolKind::ask: return r.asks.at(i).id.name;
    default: return "total";
  }
}

}  // namespace

Tracer::Tracer(const CompiledRubric& rubric, const Facts& facts, const std::vector<const Facts*>* run)
    : rubric_(rubric), syntax_(rubric.syntax()), checked_(rubric.checked()), facts_(facts), run_(run) {
  layout_.lets = 0;
  layout_.criteria = layout_.lets + static_cast<int>(syntax_.lets.size());
  layout_.flags = layout_.criteria + static_cast<int>(syntax_.criteria.size());
  layout_.confirms = layout_.flags + static_cast<int>(syntax_.flags.size());
  layout_.asks = layout_.confirms + static_cast<int>(syntax_.confirms.size());
  layout_.total = layout_.asks + static_cast<int>(syntax_.asks.size());
  layout_.count = layout_.total + 1;
  slots_.assign(static_cast<std::size_t>(layout_.count), 0);
  state_.assign(slots_.size(), 0);
  penalties_.assign(syntax_.flags.size(), 0);
  caps_.assign(syntax_.flags.size(), std::nullopt);
}

double Tracer::quiet(const ast::Expr& e) {
  ClauseTrace* clause = clause_;
  DeclTrace* decl = decl_;
  auto* reasons = arm_reasons_;
  clause_ = nullptr;
  decl_ = nullptr;
  arm_reasons_ = nullptr;
  struct Restore {
    Tracer& t;
    ClauseTrace* c;
    DeclTrace* d;
    std::vector<std::string>* r;
    ~Restore() { t.clause_ = c, t.decl_ = d, t.arm_reasons_ = r; }
  } restore{*this, clause, decl, reasons};
  return eval(e, 0).v;
}

void Tracer::ensure(const ast::Symbol& symbol) {
  int slot = layout_.slot_of(symbol);
  if (symbol.kind == SymbolKind::field || slot < 0) return;
  auto s = static_cast<std::size_t>(slot);
  if (state_[s] == 2) return;
  if (state_[s] == 1) throw Fault(fmt::format("'{}' depends on itself", decl_id(syntax_, symbol.kind, symbol.index)));
  compute(symbol.kind, symbol.index, nullptr);
}

void Tracer::compute(SymbolKind kind, int index, DeclTrace* record) {
  auto slot = static_cast<std::size_t>(layout_.slot_of(ast::Symbol{kind, index}));
  ClauseTrace* saved_clause = clause_;
  DeclTrace* saved_decl = decl_;
  auto* saved_reasons = arm_reasons_;
  struct Restore {  // a fault leaves the declaration uncomputed and the caller's recording intact
    Tracer& t;
    ClauseTrace* c;
    DeclTrace* d;
    std::vector<std::string>* r;
    std::string w;
    ~Restore() { t.clause_ = c, t.decl_ = d, t.arm_reasons_ = r, t.what_ = std::move(w); }
  } restore{*this, saved_clause, saved_decl, saved_reasons, what_};
  state_[slot] = 1;
  clause_ = nullptr;
  decl_ = record;
  arm_reasons_ = nullptr;
  what_ = fmt::format("{} {}", to_string(kind), decl_id(syntax_, kind, index));
  try {
    auto i = static_cast<std::size_t>(index);
    switch (kind) {
      case SymbolKind::let: {
        Value v = clause("value", *syntax_.lets.at(i).value, record);
        slots_[slot] = v.v;
        if (record) {  // one rendering of the let everywhere: its declared type decides, as in the heading
          record->summary = render(Value{v.v, checked_.let_types.at(i)});
          record->clauses.back().value = record->summary;
        }
        break;
      }
      case SymbolKind::criterion: compute_criterion(i, record); break;
      case SymbolKind::flag: compute_flag(i, record); break;
      case SymbolKind::confirm: {
        bool ok = clause("when", *syntax_.confirms.at(i).condition, record).v != 0;
        slots_[slot] = ok ? 1 : 0;
        if (record) record->summary = ok ? "confirmed" : "not confirmed: confirm before accepting";
        break;
      }
      case SymbolKind::ask: compute_ask(i, record); break;
      default: compute_total(nullptr); break;
    }
  } catch (...) {
    state_[slot] = 0;
    throw;
  }
  state_[slot] = 2;
}

Value Tracer::clause(const char* name, const ast::Expr& e, DeclTrace* record) {
  if (record) {
    record->clauses.push_back(ClauseTrace{name, expression_text(rubric_.source(), e.range), {}, {}});
    clause_ = &record->clauses.back();
  }
  struct Stop {
    Tracer& t;
    ~Stop() { t.clause_ = nullptr; }
  } stop{*this};
  Value v = eval(e, 0);
  if (!std::isfinite(v.v)) throw Fault(fmt::format("a result that is not a finite number at {} ({})", where(e), what_));
  if (record) record->clauses.back().value = render(v);
  return v;
}

void Tracer::compute_criterion(std::size_t i, DeclTrace* record) {
  const ast::CriterionDecl& c = syntax_.criteria.at(i);
  std::vector<std::string> reasons;
  arm_reasons_ = record ? &reasons : nullptr;
  double raw = clause("score", *c.score, record).v;
  double score = clamp_value(raw, checked_.scale_low, checked_.scale_high);
  slots_[static_cast<std::size_t>(layout_.criteria) + i] = score;
  if (!record) return;
  record->label = interpolate(c.label);
  if (c.because) reasons.push_back(interpolate(*c.because));
  record->because = std::move(reasons);
  double weight = i < rubric_.plan().criteria.size() ? rubric_.plan().criteria[i].weight : c.weight;
  std::string clamped = raw == score ? "" : fmt::format(" (computed {}, clamped to the scale)", render_number(raw));
  record->summary = fmt::format("score {}{}, weight {}, contributes {}", render_number(score), clamped,
                                render_number(weight), render_number(weight * score / 100));
}

void Tracer::compute_flag(std::size_t i, DeclTrace* record) {
  const ast::FlagDecl& f = syntax_.flags.at(i);
  std::vector<std::string> reasons;
  arm_reasons_ = record ? &reasons : nullptr;
  bool raised = clause("when", *f.condition, record).v != 0;
  slots_[static_cast<std::size_t>(layout_.flags) + i] = raised ? 1 : 0;
  penalties_[i] = 0;
  caps_[i].reset();
  if (raised && f.penalty) penalties_[i] = clause("penalty", *f.penalty, record).v;
  if (raised && f.cap) caps_[i] = clause("cap", *f.cap, record).v;
  if (!record) return;
  record->label = interpolate(f.label);
  std::string severity(to_string(f.severity));
  if (!raised) {
    record->summary = "not raised (" + severity + ")";
    return;
  }
  if (f.because) reasons.push_back(interpolate(*f.because));
  record->because = std::move(reasons);
  std::string effects;
  if (f.penalty) effects += ", penalty " + render_number(penalties_[i]);
  if (caps_[i]) effects += ", cap " + render_number(*caps_[i]);
  if (f.veto) effects += ", veto";
  record->summary = "raised, " + severity + (effects.empty() ? ", reported only" : effects);
}

void Tracer::compute_ask(std::size_t i, DeclTrace* record) {
  const ast::AskDecl& a = syntax_.asks.at(i);
  std::vector<std::string> reasons;
  arm_reasons_ = record ? &reasons : nullptr;
  bool raised = clause("when", *a.condition, record).v != 0;
  slots_[static_cast<std::size_t>(layout_.asks) + i] = raised ? 1 : 0;
  std::string range;
  if (raised && a.range_low && a.range_high) {
    Value lo = clause("range low", *a.range_low, record);
    Value hi = clause("range high", *a.range_high, record);
    range = ", range " + render(lo) + " to " + render(hi);
  }
  if (!record) return;
  record->label = interpolate(a.label);
  if (!raised) {
    record->summary = "not raised";
    return;
  }
  if (a.because) reasons.push_back(interpolate(*a.because));
  record->because = std::move(reasons);
  record->summary = "raised" + range;
}

// Sums in rubric order exactly as the evaluator does: (sum of w * s) / 100, then penalties, caps, the floor.
void Tracer::compute_total(OfferTrace* record) {
  const Plan& plan = rubric_.plan();
  double sum = 0;
  for (std::size_t i = 0; i < syntax_.criteria.size(); ++i) {
    ensure(ast::Symbol{SymbolKind::criterion, static_cast<int>(i)});
    double weight = i < plan.criteria.size() ? plan.criteria[i].weight : syntax_.criteria[i].weight;
    sum += weight * slots_[static_cast<std::size_t>(layout_.criteria) + i];
  }
  weighted_ = sum / 100;
  double penalties = 0;
  for (std::size_t i = 0; i < syntax_.flags.size(); ++i) {
    ensure(ast::Symbol{SymbolKind::flag, static_cast<int>(i)});
    if (slots_[static_cast<std::size_t>(layout_.flags) + i] != 0) penalties += penalties_[i];
  }
  double total = weighted_ - penalties;
  std::string text = fmt::format("weighted {} - penalties {}", render_number(weighted_), render_number(penalties));
  for (std::size_t i = 0; i < syntax_.flags.size(); ++i) {
    if (slots_[static_cast<std::size_t>(layout_.flags) + i] == 0 || !caps_[i]) continue;
    total = *caps_[i] < total ? *caps_[i] : total;
    text += fmt::format(", capped at {} by {}", render_number(*caps_[i]), syntax_.flags[i].id.name);
  }
  if (total < checked_.scale_low) {
    total = checked_.scale_low;
    text += fmt::format(", raised to the scale's low end {}", render_number(total));
  }
  slots_[static_cast<std::size_t>(layout_.total)] = total;
  if (record) record->total = text + " = " + render_number(total);
}

}  // namespace rubric::explain_detail
