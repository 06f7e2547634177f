// Tracing a whole offer: every declaration in the checker's order, each
// recorded with its clauses, branches and reasons; interpolation of reasons.
#include <fmt/format.h>

#include "rubric/compile/plan.hpp"
#include "rubric/explain/explain_tracer.hpp"

namespace rubric::explain_detail {

namespace {

std::size_t count_of(const ast::Rubric& r, SymbolKind kind) {
  switch (kind) {
    case SymbolKind::let: return r.lets.size();
    case SymbolKind::criterion: return r.criteria.size();
    case SymbolKind::flag: return r.flags.size();
    case SymbolKind::confirm: return r.confirms.size();
    case SymbolKind::ask: return r.asks.size();
    default: return 1;
  }
}

// The checker's order, then anything it left out in a safe default order (as make_steps does).
std::vector<EvalStep> full_order(const ast::Rubric& r, const std::vector<EvalStep>& order) {
  using K = SymbolKind;
  const K kinds[] = {K::let, K::criterion, K::flag, K::total, K::confirm, K::ask};
  std::vector<std::vector<bool>> seen;
  for (K k : kinds) seen.emplace_back(count_of(r, k), false);
  auto slot = [&](K kind) -> std::size_t {
    for (std::size_t k = 0; k < std::size(kinds); ++k)
      if (kinds[k] == kind) return k;
    return std::size(kinds);
  };
  std::vector<EvalStep> out;
  auto add = [&](K kind, int index) {
    std::size_t k = slot(kind);
    std::size_t i = kind == K::total ? 0 : static_cast<std::size_t>(index);
    if (k >= seen.size() || index < -1 || i >= seen[k].size() || seen[k][i]) return;
    seen[k][i] = true;
    out.push_back(EvalStep{kind, kind == K::total ? -1 : index});
  };
  for (const auto& s : order) add(s.kind, s.index);
  for (K kind : kinds)
    for (std::size_t i = 0; i < count_of(r, kind); ++i) add(kind, static_cast<int>(i));
  return out;
}

}  // namespace

void Tracer::prime() {
  for (const auto& step : full_order(syntax_, checked_.order)) {
    try {
      compute(step.kind, step.index, nullptr);
    } catch (const Fault&) {
      // left uncomputed: whoever reads it meets the same fault
    }
  }
}

void Tracer::trace_all(OfferTrace& out) {
  if (!facts_.errors.empty() || facts_.numbers.size() < rubric_.schema().fields.size()) {
    for (const auto& e : facts_.errors) out.errors.push_back(e.message);
    if (out.errors.empty()) out.errors.push_back("the offer's facts do not match the rubric's fields");
    return;
  }
  for (const auto& step : full_order(syntax_, checked_.order)) {
    if (step.kind == SymbolKind::total) {
      try {
        compute(step.kind, -1, nullptr);
        compute_total(&out);
      } catch (const Fault& fault) {
        out.total = std::string("not computed: ") + fault.what();
      }
      continue;
    }
    DeclTrace decl;
    decl.kind = step.kind;
    auto i = static_cast<std::size_t>(step.index);
    switch (step.kind) {
      case SymbolKind::let: decl.id = syntax_.lets.at(i).name.name; break;
      case SymbolKind::criterion: decl.id = syntax_.criteria.at(i).id.name; break;
      case SymbolKind::flag: decl.id = syntax_.flags.at(i).id.name; break;
      case SymbolKind::confirm: decl.id = syntax_.confirms.at(i).id.name; break;
      default: decl.id = syntax_.asks.at(i).id.name; break;
    }
    try {
      compute(step.kind, step.index, &decl);
    } catch (const Fault& fault) {
      decl.error = fault.what();
    }
    out.decls.push_back(std::move(decl));
  }
}

std::string Tracer::interpolate(const ast::Text& text) {
  for (const auto& piece : text.pieces)
    if (piece.symbol.kind != SymbolKind::none) ensure(piece.symbol);
  if (text.choice_symbol.kind != SymbolKind::none) ensure(text.choice_symbol);
  for (const auto& branch : text.branches) {
    for (const auto& piece : branch.pieces)
      if (piece.symbol.kind != SymbolKind::none) ensure(piece.symbol);
  }
  Template tmpl = compile_template(text, layout_);
  RenderContext ctx;
  ctx.facts = &facts_;
  ctx.slots = slots_.data();
  ctx.enums = &checked_.enums;
  ctx.strings = &strings_;
  std::string out;
  render_template(tmpl, ctx, out);
  return out;
}

}  // namespace rubric::explain_detail

namespace rubric {

OfferTrace trace_offer(const CompiledRubric& rubric, const Facts& facts, const std::vector<const Facts*>& run) {
  OfferTrace out;
  out.id = facts.id;
  out.source = facts.source;
  out.ordinal = facts.ordinal;
  explain_detail::Tracer tracer(rubric, facts, &run);
  tracer.trace_all(out);
  return out;
}

std::vector<CriterionBranch> criterion_branches(const OfferTrace& trace) {
  std::vector<CriterionBranch> out;
  for (const auto& d : trace.decls)
    if (d.kind == SymbolKind::criterion) out.push_back(CriterionBranch{trace.ordinal, d.id, d.arms});
  return out;
}

}  // namespace rubric
