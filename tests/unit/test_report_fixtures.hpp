// Hand-built run results for the report and sensitivity tests, independent of the evaluator.
#pragma once

#include <rubric/result.hpp>

/// Returns the brief's two offers (docs/language.md section 9, "Worked example") as the engine ranks them.
rubric::RunResult brief_run();

/// Returns two offers tied at 5 on two criteria weighing 50 each (a: 10/0, b: 0/10).
rubric::RunResult tie_run();
