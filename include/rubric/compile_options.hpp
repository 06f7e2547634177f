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

/// A what-if exchange rate from `--rate CODE=R`.
struct RateOverride {
  std::string code;  // "EUR"
  double rate = 0;   // units of the rubric's currency for one unit of `code`
};

/// Options that change how a rubric compiles.
struct CompileOptions {
  std::vector<WeightOverride> weights;
  std::vector<RateOverride> rates;
};

}  // namespace rubric
