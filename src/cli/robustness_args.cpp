#include "cli/robustness_args.hpp"

#include <cstddef>
#include <cstdint>
#include <limits>

namespace rubric::cli {

namespace {

// Ten million samples already pin every share to about 0.0003 (two standard errors at 50%); more only
// costs time (about a second per million with fact ranges).
constexpr std::size_t kMaxSamples = 10'000'000;
// Weights are 0..100, so a spread beyond 100 says nothing more than 100 does.
constexpr double kMaxSpread = 100;

}  // namespace

void add_robustness_options(CLI::App* command, RobustnessOptions& options) {
  command
      ->add_option("--samples", options.samples,
                   "Plausible weightings drawn for \"How sure is this?\" (rank acceptability)")
      ->check(CLI::Range(std::size_t{1}, kMaxSamples))
      ->capture_default_str();
  command
      ->add_option("--spread", options.spread,
                   "Doubt about each weight, in weight points: each is drawn from [w - S, w + S] (at least 0)")
      ->check(CLI::Range(0.0, kMaxSpread))
      ->capture_default_str();
  command->add_option("--seed", options.seed, "Seed of the sampling: the same seed gives the same numbers")
      ->check(CLI::Range(std::uint64_t{0}, std::numeric_limits<std::uint64_t>::max()))
      ->capture_default_str();
}

}  // namespace rubric::cli
