// What a CompiledRubric holds besides its outline: every stage's output, complete only inside the engine.
#pragma once

#include <rubric/engine.hpp>
#include "rubric/check/check.hpp"
#include "rubric/compile/compile.hpp"
#include "rubric/syntax/ast.hpp"

namespace rubric {

struct CompiledRubric::Stages {
  ast::Rubric rubric;
  CheckResult checked;
  CompileResult compiled;
};

}  // namespace rubric
