// Function calls of the tracing interpreter: min, max, clamp, abs, round, scale,
// and the run-wide aggregates max_of, min_of, mean_of.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include <rubric/limits.hpp>
#include <rubric/money.hpp>
#include <rubric/render.hpp>
#include "rubric/check/arithmetic.hpp"
#include "rubric/compile/plan.hpp"
#include "rubric/explain/explain_tracer.hpp"

namespace rubric::explain_detail {

namespace {

Value finite(Value v, const std::string& where, const std::string& what) {
  if (!std::isfinite(v.v)) throw Fault(fmt::format("a result that is not a finite number at {} ({})", where, what));
  return v;
}

}  // namespace

Value Tracer::eval_call(const ast::Expr& e, int depth) {
  const std::string& name = e.text;
  if (name == "scale") return eval_scale(e, depth);
  if (name == "max_of" || name == "min_of" || name == "mean_of") return eval_aggregate(e, depth);
  if (name == "grant_value" || name == "vested" || name == "vested_through") return eval_grant(e, depth);
  if (e.children.empty()) throw Fault(fmt::format("{}() without arguments at {}", name, where(e)));
  if (name == "round") {
    double x = eval(*e.children.at(0), depth + 1).v;
    double digits = e.children.size() > 1 ? quiet(*e.children[1]) : 0;
    return finite(Value{round_half_away(x, static_cast<int>(digits)), e.type}, where(e), what_);
  }
  std::vector<double> args;
  for (const auto& child : e.children) args.push_back(eval(*child, depth + 1).v);
  if (name == "abs") return Value{std::fabs(args[0]), e.type};
  if (name == "clamp" && args.size() == 3) return Value{clamp_value(args[0], args[1], args[2]), e.type};
  if (name == "min" || name == "max") {
    double v = args[0];
    for (std::size_t i = 1; i < args.size(); ++i) v = name == "min" ? std::min(v, args[i]) : std::max(v, args[i]);
    return Value{v, e.type};
  }
  throw Fault(fmt::format("unknown function '{}' at {}", name, where(e)));
}

Value Tracer::eval_grant(const ast::Expr& e, int depth) {
  const ast::Expr& ref = *e.children.at(0);
  const Value value = eval(ref, depth + 1);
  if (e.text == "grant_value") return Value{value.v, e.type};
  const double year = eval(*e.children.at(1), depth + 1).v;
  if (!valid_vesting_year(year))
    throw Fault(
        fmt::format("the vesting year is not a whole number from 1 at {} ({})", where(*e.children.at(1)), what_));
  const Grant* grant = grant_of(ref);
  if (!grant) throw Fault("the offer's facts do not match the rubric's fields");
  const int y = year > kMaxVestingYears ? kMaxVestingYears + 1 : static_cast<int>(year);
  return Value{e.text == "vested" ? vested_in_year(*grant, y) : vested_through_year(*grant, y), e.type};
}

const Grant* Tracer::grant_of(const ast::Expr& ref) const {
  const auto& fields = rubric_.schema().fields;
  const auto i = static_cast<std::size_t>(ref.symbol.index);
  if (ref.symbol.kind != SymbolKind::field || i >= fields.size() || fields[i].grant < 0) return nullptr;
  const auto g = static_cast<std::size_t>(fields[i].grant);
  return g < facts_.grants.size() ? &facts_.grants[g] : nullptr;
}

Value Tracer::eval_scale(const ast::Expr& e, int depth) {
  if (e.children.size() < 2) throw Fault(fmt::format("scale() needs a value and points at {}", where(e)));
  double x = eval(*e.children[0], depth + 1).v;
  std::vector<double> xs, ys;
  for (std::size_t i = 1; i < e.children.size(); ++i) {
    const ast::Expr& point = *e.children[i];
    if (point.children.size() != 2) throw Fault(fmt::format("malformed scale() point at {}", where(point)));
    xs.push_back(quiet(*point.children[0]));  // a literal, checked statically: not worth a trace line
    ys.push_back(eval(*point.children[1], depth + 1).v);
  }
  return Value{scale_points(x, xs.data(), ys.data(), 1, xs.size()), e.type};
}

Value Tracer::eval_aggregate(const ast::Expr& e, int depth) {
  (void)depth;
  if (auto it = aggregates_.find(&e); it != aggregates_.end()) return Value{it->second, e.type};
  if (in_aggregate_ || e.children.empty())
    throw Fault(fmt::format("no offer contributed a value to {} at {} ({})", e.text, where(e), what_));
  const ast::Expr& argument = *e.children[0];
  double lo = INFINITY, hi = -INFINITY, sum = 0;
  std::size_t count = 0;
  auto add = [&](double v) {
    if (!std::isfinite(v)) return;
    lo = std::min(lo, v);
    hi = std::max(hi, v);
    sum += v;
    ++count;
  };
  bool self_seen = false;
  for (const Facts* other : run_ ? *run_ : std::vector<const Facts*>{}) {
    if (!other || !other->errors.empty()) continue;
    self_seen = self_seen || other == &facts_;
    Tracer tracer(rubric_, *other, nullptr);
    tracer.in_aggregate_ = true;
    tracer.prime();  // in order: reading a let at the end of a 40,000-let chain must not recurse through it
    try {
      add(tracer.quiet(argument));
    } catch (const Fault&) {
      // an offer whose argument fails does not contribute, as in the evaluator's pass one
    }
  }
  if (!self_seen && (!run_ || run_->empty())) {
    Tracer tracer(rubric_, facts_, nullptr);
    tracer.in_aggregate_ = true;
    tracer.prime();  // in order: reading a let at the end of a 40,000-let chain must not recurse through it
    try {
      add(tracer.quiet(argument));
    } catch (const Fault&) {
    }
  }
  if (count == 0) throw Fault(fmt::format("no offer contributed a value to {} at {} ({})", e.text, where(e), what_));
  double v = e.text == "max_of" ? hi : e.text == "min_of" ? lo : sum / static_cast<double>(count);
  aggregates_[&e] = v;
  return Value{v, e.type};
}

}  // namespace rubric::explain_detail
