// What a caller may change about how a rubric compiles.
#pragma once

#include <string>
#include <vector>

namespace rubric {

/// A what-if weight from `--weight ID=W`.
struct WeightOverride {
  std::string id;
  double weight = 0;
};

/// Options that change how a rubric compiles.
struct CompileOptions {
  std::vector<WeightOverride> weights;
};

}  // namespace rubric
