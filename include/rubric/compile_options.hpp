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

/// A what-if fact from `--set [OFFER:]PATH=VALUE`: one offer's (or, without OFFER, every offer's) fact.
struct FactSetting {
  std::string offer;    // the offer's id; empty for every offer
  std::string path;     // a declared offer path, "comp.base"
  std::string value;    // as typed: 260000, true, "remote" or remote
  std::string written;  // the whole argument, for messages
};

/// Options that change how a rubric compiles.
struct CompileOptions {
  std::vector<WeightOverride> weights;
  std::vector<RateOverride> rates;
  bool strict = false;  // `--strict`: an offer's warnings are errors that stop it being scored
  std::vector<FactSetting> sets;
};

}  // namespace rubric
