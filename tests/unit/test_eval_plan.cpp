// The compiled plan: constant folding, weight overrides, aggregates across
// offers, and the fast renderers agreeing with render.hpp.
#include <random>

#include <rubric/render.hpp>
#include "rubric/check/check.hpp"
#include "rubric/compile/compile.hpp"
#include "rubric/syntax/parse.hpp"
#include "test_eval_support.hpp"

using namespace rubric;
using namespace rubric::test;
using Catch::Matchers::Equals;

namespace {

const char* kWeights = R"(rubric "Weights"
offer {
  x : number
}
criterion scope "Scope" weight 30 { score x }
criterion pay "Pay" weight 25 { score x }
criterion team "Team" weight 20 { score x }
criterion burden "Burden" weight 15 { score x }
criterion risk "Risk" weight 10 { score x }
)";

CompileOutput with_weights(std::vector<WeightOverride> overrides) {
  CompileOptions options;
  options.weights = std::move(overrides);
  return compile_rubric_text("eval.rubric", kWeights, options);
}

// Lists the operations of a code range, a fused load shown as the field or slot op it replaced.
std::vector<Op> ops_of(const Plan& plan, CodeRange range) {
  std::vector<Op> ops;
  for (auto pc = range.begin; pc < range.end; ++pc) {
    if (plan.code[pc].load != Load::none) ops.push_back(plan.code[pc].load == Load::field ? Op::field : Op::slot);
    ops.push_back(plan.code[pc].op);
  }
  return ops;
}

}  // namespace

TEST_CASE("literal-only subtrees fold at compile time", "[eval]") {
  auto rubric = compile_ok(R"(rubric "Fold"
offer {
  x : number
}
let k = (350000 - 150000) * 2 + max(1, 3) - scale(5, 0 => 0, 10 => 10)
let z = 1 / 0
let t = x * (1 + 10%)
let p = if true then x else 1 / 0
criterion c "C" weight 100 { score clamp((x - 150000) / (350000 - 150000) * 10, 0, 10) }
)");
  const Plan& plan = rubric->plan();
  REQUIRE(plan.lets.size() == 4);
  CHECK_THAT(ops_of(plan, plan.lets[0].value), Equals(std::vector<Op>{Op::push}));
  CHECK(plan.code[plan.lets[0].value.begin].x == 400000 + 3 - 5);
  CHECK_THAT(ops_of(plan, plan.lets[1].value), Equals(std::vector<Op>{Op::push, Op::div_k}));  // fails per offer
  CHECK_THAT(ops_of(plan, plan.lets[2].value), Equals(std::vector<Op>{Op::field, Op::mul_k}));
  CHECK(plan.code[plan.lets[2].value.begin].x == 1 + 0.10);
  CHECK(plan.lets[2].value.end - plan.lets[2].value.begin == 1);  // the load is fused into the multiply
  CHECK_THAT(ops_of(plan, plan.lets[3].value), Equals(std::vector<Op>{Op::field}));
  CHECK_THAT(ops_of(plan, plan.criteria[0].score),
             Equals(std::vector<Op>{Op::field, Op::sub_k, Op::div_k, Op::mul_k, Op::clamp_k}));
  RunOutput out = score(*rubric, {R"({"id": "o", "x": 1})"});
  CHECK_THAT(errors_of(offer(out.run, "o")),
             Equals(std::vector<std::string>{"division by zero at eval.rubric:6:11 (let z)"}));
}

TEST_CASE("a --weight override rescales the other weights proportionally", "[eval]") {
  CompileOutput out = with_weights({{"pay", 40}});
  INFO(out.format());
  REQUIRE(out.rubric);
  CHECK(out.rubric->weight_note() ==
        "weights rescaled for --weight pay=40: scope 24, pay 40, team 16, burden 12, risk 8");
  RunOutput run = score(*out.rubric, {R"({"id": "o", "x": 5})"});
  CHECK(run.run.weight_note == out.rubric->weight_note());
  const OfferResult& o = offer(run.run, "o");
  CHECK(criterion(o, "pay").weight == 40);
  CHECK(criterion(o, "scope").weight == 24);
  CHECK(o.total == Approx(5));
  REQUIRE(run.run.criteria.size() == 5);
  CHECK(run.run.criteria[0].weight == 24);
  CHECK(run.run.criteria[0].declared_weight == 30);

  CompileOutput two = with_weights({{"pay", 50}, {"scope", 50}});
  REQUIRE(two.rubric);
  CHECK(two.rubric->weight_note() ==
        "weights rescaled for --weight pay=50, --weight scope=50: scope 50, pay 50, team 0, burden 0, risk 0");
}

TEST_CASE("bad --weight overrides are errors", "[eval]") {
  auto errors = [](std::vector<WeightOverride> o) {
    auto parsed = parse(std::make_shared<const SourceFile>("eval.rubric", kWeights));
    REQUIRE(parsed.rubric);
    CheckResult checked = check(*parsed.rubric);
    REQUIRE(checked.ok());
    CompileOptions options;
    options.weights = std::move(o);
    CompileResult result = compile(*parsed.rubric, checked, options);
    CHECK((result.plan == nullptr) == !result.errors.empty());
    return result.errors;
  };
  CHECK_THAT(errors({{"salary", 10}}),
             Equals(std::vector<std::string>{
                 "--weight salary=10: no criterion 'salary' (criteria: scope, pay, team, burden, risk)"}));
  CHECK_THAT(errors({{"pay", 140}}),
             Equals(std::vector<std::string>{"--weight pay=140: the weight must be between 0 and 100"}));
  CHECK_THAT(errors({{"pay", -1}}),
             Equals(std::vector<std::string>{"--weight pay=-1: the weight must be between 0 and 100"}));
  CHECK_THAT(errors({{"pay", 60}, {"scope", 50}}),
             Equals(std::vector<std::string>{
                 "--weight pay=60, --weight scope=50: the overridden weights sum to 110, over 100"}));
  CHECK(errors({{"pay", 10}, {"scope", 10}, {"team", 10}, {"burden", 10}, {"risk", 10}}).size() == 1);
  CHECK(errors({{"pay", 10}, {"pay", 20}}).size() == 1);
  CHECK_FALSE(with_weights({{"pay", 60}, {"scope", 50}}).rubric);
  CHECK(errors({{"pay", 20}, {"scope", 20}, {"team", 20}, {"burden", 20}, {"risk", 20}}).empty());
}

TEST_CASE("aggregates see every offer that reads without errors", "[eval]") {
  auto rubric = compile_ok(R"(rubric "Aggregates"
offer {
  pay : money
  d : number = 1
}
let ratio = pay / d
criterion c "C" weight 100 { score 10 * pay / max_of(pay) }
ask match_best "Match the best" {
  when pay < max_of(ratio)
  range mean_of(pay) .. max_of(pay)
  because "best offer pays {pay}"
}
)");
  CHECK(plan_uses_aggregates(rubric->plan()));
  RunOutput out = score(*rubric, {R"({"id": "a", "pay": 100})", R"({"id": "b", "pay": 200})",
                                  R"({"id": "broken", "pay": "lots"})", R"({"id": "zero", "pay": 400, "d": 0})"});
  const OfferResult& a = offer(out.run, "a");
  REQUIRE(a.scored);
  CHECK(criterion(a, "c").score == Approx(2.5));  // max_of(pay) is 400: `zero` reads fine
  REQUIRE(a.asks.size() == 1);
  CHECK(a.asks[0].range == std::optional<std::pair<double, double>>({700.0 / 3, 400.0}));
  CHECK(a.asks[0].range_type == TypeKind::money);
  CHECK_FALSE(offer(out.run, "broken").scored);
  CHECK_FALSE(offer(out.run, "zero").scored);  // its own ratio divides by zero

  RunOutput lonely = score(*rubric, {R"({"id": "z", "pay": 1, "d": 0})"});
  CHECK_THAT(errors_of(offer(lonely.run, "z")),
             Equals(std::vector<std::string>{"division by zero at eval.rubric:6:17 (let ratio)"}));
}

TEST_CASE("an aggregate no offer contributed to is an error where it is used", "[eval]") {
  auto rubric = compile_ok(R"(rubric "Empty aggregate"
offer {
  pay : money
  d : number = 1
}
criterion c "C" weight 100 { score max_of(pay / d) }
)");
  RunOutput out = score(*rubric, {R"({"id": "z", "pay": 1, "d": 0})"});
  CHECK_THAT(
      errors_of(offer(out.run, "z")),
      Equals(std::vector<std::string>{"no offer contributed a value to max_of at eval.rubric:6:36 (criterion c)"}));
}

TEST_CASE("the evaluator's renderers match render.hpp exactly", "[eval]") {
  std::mt19937_64 rng(42);
  std::uniform_real_distribution<double> unit(-1, 1);
  std::vector<double> values = {0,    -0.0,  0.005, -0.005, 0.015, 2.675,  1.005,   255200,     275616.00000000003,
                                1e13, -1e13, 1e15,  -1e300, 1e300, 0.1234, 0.99999, 123456.785, -0.4999999};
  for (int i = 0; i < 20000; ++i) values.push_back(unit(rng) * std::pow(10.0, static_cast<int>(rng() % 16) - 3));
  for (double v : values) {
    INFO(v);
    std::string money, percent, number;
    append_money(v, money);
    append_percent(v, percent);
    append_number(v, number);
    REQUIRE(money == render_money(v));
    REQUIRE(percent == render_percent(v));
    REQUIRE(number == render_number(v));
  }
  std::string b;
  append_value(1, TypeKind::boolean, b);
  CHECK(b == "true");
}
