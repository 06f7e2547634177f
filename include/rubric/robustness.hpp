// The robustness run (docs/reports.md, "How sure is this?"): rank acceptability under weight doubt by
// SMAA, with ranged facts drawn too, and negotiation targets for the offers that do not rank first.
// Both read a traced run (its results and facts) and the compiled rubric; neither prints anything.
#pragma once

#include <cstdint>

#include <rubric/acceptability.hpp>
#include <rubric/engine.hpp>

namespace rubric {

/// Returns the next number of the SplitMix64 stream the robustness run draws from (advances `state`).
std::uint64_t splitmix64_next(std::uint64_t& state);

/// Returns a uniform number in [0, 1) from the top 53 bits of one SplitMix64 draw.
double splitmix64_uniform(std::uint64_t& state);

/// Draws `options.samples` weightings (and ranged facts) and counts the ranks each scored offer takes.
Robustness compute_robustness(const CompiledRubric& rubric, const TracedRun& traced, const RobustnessOptions& options);

/// Fills `to_first` of every scored offer of `traced` that is not recommended, one target per negotiable field.
void add_negotiation_targets(const CompiledRubric& rubric, TracedRun& traced);

}  // namespace rubric
