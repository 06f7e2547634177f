// Stage 3: a checked rubric becomes a Plan. Every declaration gets its code
// range, label and reason templates, the fields it reads, and a slot; the
// steps follow the checker's dependency order.
#include "rubric/compile/compile.hpp"

#include <exception>

#include "rubric/compile/builder.hpp"
#include "rubric/compile/compile_sets.hpp"
#include "rubric/compile/schema.hpp"

namespace rubric {

namespace {

TypeKind field_kind(const ast::OfferField& field) {
  return field.type.members.empty() ? field.type.kind : TypeKind::enumeration;
}

void plan_header(Plan& plan, const ast::Rubric& rubric, const CheckResult& checked) {
  plan.schema = make_schema(rubric, checked);
  plan.title = rubric.titles.empty() ? std::string() : rubric.titles.front().value;
  plan.rubric_file = rubric.source ? rubric.source->name() : std::string();
  plan.scale_low = checked.scale_low;
  plan.scale_high = checked.scale_high;
  plan.enums = checked.enums;
  plan_enums(plan);
  for (const auto& f : rubric.fields) {
    FieldPlan fp;
    fp.path = f.path.name;
    fp.kind = field_kind(f);
    for (const auto& m : f.type.members) fp.members.push_back(m.value);
    plan.fields.push_back(std::move(fp));
  }
  SlotLayout& l = plan.layout;
  l.lets = 0;
  l.criteria = l.lets + static_cast<int>(rubric.lets.size());
  l.flags = l.criteria + static_cast<int>(rubric.criteria.size());
  l.confirms = l.flags + static_cast<int>(rubric.flags.size());
  l.asks = l.confirms + static_cast<int>(rubric.confirms.size());
  l.total = l.asks + static_cast<int>(rubric.asks.size());
  l.count = l.total + 1;
}

// money if either bound is money, percent if both are, else number (as `+` types its result).
TypeKind range_type(const ast::Expr& low, const ast::Expr& high) {
  if (low.type.kind == TypeKind::money || high.type.kind == TypeKind::money) return TypeKind::money;
  if (low.type.kind == TypeKind::percent && high.type.kind == TypeKind::percent) return TypeKind::percent;
  return TypeKind::number;
}

CodeRange compile_optional(ExprCompiler& ec, const ast::ExprPtr& e) { return e ? ec.compile(*e) : CodeRange{}; }

int compile_because(ExprCompiler& ec, const std::optional<ast::Text>& text) { return text ? ec.add_reason(*text) : -1; }

void plan_lets_and_criteria(Plan& plan, ExprCompiler& ec, const ast::Rubric& rubric, const CheckResult& checked,
                            const std::vector<std::vector<int>>& lets) {
  for (std::size_t i = 0; i < rubric.lets.size(); ++i) {
    const auto& d = rubric.lets[i];
    LetPlan p;
    p.name = d.name.name;
    p.type = runtime_type(plan, i < checked.let_types.size() ? checked.let_types[i] : d.value->type);
    p.value = ec.compile(*d.value);
    p.slot = plan.layout.lets + static_cast<int>(i);
    plan.lets.push_back(std::move(p));
  }
  for (std::size_t i = 0; i < rubric.criteria.size(); ++i) {
    const auto& d = rubric.criteria[i];
    CriterionPlan p;
    p.id = d.id.name;
    p.label = plan_template(plan, d.label);
    p.label_text = d.label.value;
    p.weight = p.declared_weight = d.weight;
    p.score = ec.compile(*d.score);
    p.because = compile_because(ec, d.because);
    collect_fields(d.score.get(), lets, p.facts);
    p.slot = plan.layout.criteria + static_cast<int>(i);
    plan.criteria.push_back(std::move(p));
  }
}

void plan_flags(Plan& plan, ExprCompiler& ec, const ast::Rubric& rubric, const std::vector<std::vector<int>>& lets) {
  for (std::size_t i = 0; i < rubric.flags.size(); ++i) {
    const auto& d = rubric.flags[i];
    FlagPlan p;
    p.id = d.id.name;
    p.label = plan_template(plan, d.label);
    p.severity = d.severity;
    p.condition = ec.compile(*d.condition);
    p.penalty = compile_optional(ec, d.penalty);
    p.cap = compile_optional(ec, d.cap);
    p.veto = d.veto;
    p.because = compile_because(ec, d.because);
    for (const ast::Expr* e : {d.condition.get(), d.penalty.get(), d.cap.get()}) collect_fields(e, lets, p.facts);
    p.slot = plan.layout.flags + static_cast<int>(i);
    plan.flags.push_back(std::move(p));
  }
}

void plan_confirms_and_asks(Plan& plan, ExprCompiler& ec, const ast::Rubric& rubric,
                            const std::vector<std::vector<int>>& lets) {
  for (std::size_t i = 0; i < rubric.confirms.size(); ++i) {
    const auto& d = rubric.confirms[i];
    ConfirmPlan p;
    p.id = d.id.name;
    p.label = plan_template(plan, d.label);
    p.condition = ec.compile(*d.condition);
    p.slot = plan.layout.confirms + static_cast<int>(i);
    plan.confirms.push_back(std::move(p));
  }
  for (std::size_t i = 0; i < rubric.asks.size(); ++i) {
    const auto& d = rubric.asks[i];
    AskPlan p;
    p.id = d.id.name;
    p.label = plan_template(plan, d.label);
    p.condition = ec.compile(*d.condition);
    if (d.range_low && d.range_high) {
      p.low = ec.compile(*d.range_low);
      p.high = ec.compile(*d.range_high);
      p.range_type = range_type(*d.range_low, *d.range_high);
    }
    for (const auto& tag : d.cite) p.cite.push_back(tag.value);
    p.because = compile_because(ec, d.because);
    for (const ast::Expr* e : {d.range_low.get(), d.range_high.get()}) collect_fields(e, lets, p.facts);
    p.slot = plan.layout.asks + static_cast<int>(i);
    plan.asks.push_back(std::move(p));
  }
}

void plan_frame(Plan& plan) {
  FrameLayout& f = plan.frame;
  std::size_t at = 0;
  auto take = [&](std::size_t n) {
    std::size_t begin = at;
    at += n;
    return begin;
  };
  f.slots = take(static_cast<std::size_t>(plan.layout.count));
  f.stack = take(plan.stack_size + 1);
  f.raw = take(plan.criteria.size());
  f.penalty = take(plan.flags.size());
  f.cap = take(plan.flags.size());
  f.low = take(plan.asks.size());
  f.high = take(plan.asks.size());
  f.weighted = take(1);
  f.vetoed = take(1);
  f.size = at;
}

std::shared_ptr<Plan> build_plan(const ast::Rubric& rubric, const CheckResult& checked,
                                 std::vector<std::string>& errors) {
  auto plan = std::make_shared<Plan>();
  plan_header(*plan, rubric, checked);
  ExprCompiler ec(*plan, rubric);
  const auto lets = let_fields(rubric);
  plan_lets_and_criteria(*plan, ec, rubric, checked, lets);
  plan_flags(*plan, ec, rubric, lets);
  plan_confirms_and_asks(*plan, ec, rubric, lets);
  ec.finish_aggregates();
  plan->order = make_steps(*plan, checked.order);
  plan_aggregate_steps(*plan);
  plan_frame(*plan);
  errors.insert(errors.end(), ec.errors().begin(), ec.errors().end());
  return plan;
}

}  // namespace

CompileResult compile(const ast::Rubric& rubric, const CheckResult& checked, const CompileOptions& options) {
  CompileResult result;
  try {
    auto plan = build_plan(rubric, checked, result.errors);
    auto weight_errors = apply_weight_overrides(*plan, options.weights);
    plan->schema.strict = options.strict;
    auto set_errors = apply_fact_settings(*plan, options.sets);
    result.errors.insert(result.errors.end(), set_errors.begin(), set_errors.end());
    result.errors.insert(result.errors.end(), weight_errors.begin(), weight_errors.end());
    auto rate_errors = apply_rate_overrides(*plan, options.rates);
    result.errors.insert(result.errors.end(), rate_errors.begin(), rate_errors.end());
    if (result.errors.empty()) {
      result.weight_note = plan->weight_note;
      result.plan = std::move(plan);
    }
  } catch (const std::exception& e) {  // a malformed tree (a missing child) must not crash the tool
    result.errors.push_back(std::string("cannot compile the rubric: ") + e.what());
    result.plan.reset();
  }
  return result;
}

const OfferSchema& plan_schema(const Plan& plan) { return plan.schema; }

bool plan_uses_aggregates(const Plan& plan) { return !plan.aggregates.empty(); }

}  // namespace rubric
