// STUB: replaced by the compiler/evaluator.
#include "rubric/evaluate.hpp"
namespace rubric {
class Plan {
 public:
  OfferSchema schema;
};
CompileResult compile(const ast::Rubric&, const CheckResult&, const CompileOptions&) {
  CompileResult r;
  r.errors.push_back("compiler not implemented");
  return r;
}
const OfferSchema& plan_schema(const Plan& plan) { return plan.schema; }
bool plan_uses_aggregates(const Plan&) { return false; }
Aggregates::Aggregates(const Plan& plan) : plan_(&plan) {}
void Aggregates::add(const Facts&) {}
void Aggregates::merge(const Aggregates&) {}
double Aggregates::value(std::size_t) const { return 0; }
std::size_t Aggregates::size() const { return 0; }
struct Evaluator::Scratch {};
Evaluator::Evaluator(const Plan& plan) : plan_(&plan), scratch_(std::make_unique<Scratch>()) {}
Evaluator::~Evaluator() = default;
void Evaluator::evaluate(const Facts&, const Aggregates*, OfferResult&) {}
RunResult rank(const Plan&, std::vector<OfferResult> offers) {
  RunResult r;
  r.offers = std::move(offers);
  return r;
}
bool RunResult::any_errors() const { return false; }
}  // namespace rubric
