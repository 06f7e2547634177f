// `--set [OFFER:]PATH=VALUE`: what-if facts, typed against the declared field once, applied by the reader.
#pragma once

#include <string>
#include <vector>

#include <rubric/compile_options.hpp>
#include "rubric/compile/plan.hpp"

namespace rubric {

/// Types each setting against its field into plan.schema.sets and adds it to the plan's note;
/// returns one message per setting that names no declared path or whose value does not fit.
std::vector<std::string> apply_fact_settings(Plan& plan, const std::vector<FactSetting>& settings);

}  // namespace rubric
