// Authoring helpers beside the formatter: starter rubrics (`rubric init`) and weights derived from
// pairwise comparisons by the analytic hierarchy process (`rubric weigh`).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rubric {

/// The role clusters a starter rubric is written for.
enum class StarterRole { general, product, platform, staff };

/// Names a starter role as `--role` spells it ("general", "product", "platform", "staff").
std::string_view to_string(StarterRole role);

/// Returns the role `--role` names, or nothing for an unknown name.
std::optional<StarterRole> parse_starter_role(std::string_view name);

/// Returns the starter rubric for `role` (rules/starters/ROLE.rubric, embedded at build time).
std::string_view starter_rubric(StarterRole role);

/// What the analytic hierarchy process derives from a pairwise comparison matrix.
struct AhpResult {
  std::vector<double> priorities;  // the principal eigenvector, normalised to sum to 1
  double lambda_max = 0;           // the principal eigenvalue
  double consistency_index = 0;    // (lambda_max - n) / (n - 1)
  double consistency_ratio = 0;    // consistency_index / Saaty's random index for n; 0 for n <= 2
  std::size_t worst_i = 0;         // the judgment a[worst_i][worst_j] that strays most from the
  std::size_t worst_j = 0;         // ratio of the derived priorities (worst_i < worst_j)
};

/// Derives priorities from a positive reciprocal matrix (a[i][j] = how much more i matters than j).
AhpResult analyze_pairwise(const std::vector<std::vector<double>>& matrix);

/// Rounds priorities to whole weights that sum to exactly `total` (largest remainders get the rest).
std::vector<int> whole_weights(const std::vector<double>& priorities, int total = 100);

/// A criterion's weight as written in a rubric.
struct WrittenWeight {
  std::string id;
  std::string label;   // as written between the quotes
  std::string weight;  // the number as written
  std::size_t offset;  // where the number starts in the text
};

/// Finds every `criterion ID "Label" weight N` of a rubric's text, in order.
std::vector<WrittenWeight> find_weights(std::string_view text);

/// Returns `text` with each criterion's weight replaced by `weights[i]` (same order as find_weights);
/// every other byte stays as it was.
std::string rewrite_weights(std::string_view text, const std::vector<std::string>& weights);

}  // namespace rubric
