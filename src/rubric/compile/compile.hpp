// The compile stage: a checked syntax tree becomes a Plan (slots resolved, lets
// ordered, constants folded, --weight overrides applied).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <rubric/compile_options.hpp>
#include <rubric/facts.hpp>
#include "rubric/check/check.hpp"
#include "rubric/syntax/ast.hpp"

namespace rubric {

class Plan;

/// The plan, or the usage errors that prevented it (bad --weight ids or values).
struct CompileResult {
  std::shared_ptr<const Plan> plan;
  std::vector<std::string> errors;  // "--weight foo=10: no criterion 'foo' (criteria: scope, pay, ...)"
  std::string weight_note;          // "weights rescaled for --weight pay=40: scope 24, pay 40, ..."
};

/// Compiles a checked rubric (check() must have succeeded).
CompileResult compile(const ast::Rubric& rubric, const CheckResult& checked, const CompileOptions& options);

/// Returns the offer-reader schema the plan expects Facts to follow.
const OfferSchema& plan_schema(const Plan& plan);

/// Returns true when the plan needs every offer's facts before scoring any (max_of, min_of, mean_of).
bool plan_uses_aggregates(const Plan& plan);

}  // namespace rubric
