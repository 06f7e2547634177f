// The analytic hierarchy process (Saaty, "A scaling method for priorities in hierarchical structures",
// J. Math. Psychology 15, 1977): priorities are the principal eigenvector of the pairwise comparison
// matrix, found by power iteration (the matrix is positive, so Perron-Frobenius guarantees it converges).
#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

#include <rubric/author.hpp>

namespace rubric {
namespace {

// Power iteration stops when no priority moves by more than this, or after kMaxIterations.
constexpr double kConvergence = 1e-13;
constexpr int kMaxIterations = 10000;

// Saaty's random consistency index: the mean consistency index of random reciprocal matrices of size n
// (n = 1..15), the yardstick the consistency ratio divides by.
constexpr std::array<double, 16> kRandomIndex{0,    0,    0,    0.58, 0.90, 1.12, 1.24, 1.32,
                                              1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};

std::vector<double> multiply(const std::vector<std::vector<double>>& a, const std::vector<double>& w) {
  std::vector<double> y(w.size(), 0.0);
  for (std::size_t i = 0; i < w.size(); ++i) {
    for (std::size_t j = 0; j < w.size(); ++j) y[i] += a[i][j] * w[j];
  }
  return y;
}

void normalise(std::vector<double>& w) {
  const double sum = std::accumulate(w.begin(), w.end(), 0.0);
  for (double& v : w) v /= sum;
}

}  // namespace

AhpResult analyze_pairwise(const std::vector<std::vector<double>>& matrix) {
  const std::size_t n = matrix.size();
  AhpResult result;
  if (n == 0) return result;
  std::vector<double> w(n, 1.0 / static_cast<double>(n));
  for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
    std::vector<double> next = multiply(matrix, w);
    normalise(next);
    double moved = 0;
    for (std::size_t i = 0; i < n; ++i) moved = std::max(moved, std::abs(next[i] - w[i]));
    w = std::move(next);
    if (moved < kConvergence) break;
  }
  const std::vector<double> aw = multiply(matrix, w);
  for (std::size_t i = 0; i < n; ++i) result.lambda_max += aw[i] / w[i];
  result.lambda_max /= static_cast<double>(n);
  if (n > 2) {
    result.consistency_index = (result.lambda_max - static_cast<double>(n)) / static_cast<double>(n - 1);
    const double random_index = n < kRandomIndex.size() ? kRandomIndex[n] : kRandomIndex.back();
    result.consistency_ratio = result.consistency_index / random_index;
  }
  // The judgment furthest (as a ratio, either way) from what the priorities imply.
  double worst = -1;
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) {
      const double stray = std::abs(std::log(matrix[i][j] * w[j] / w[i]));
      if (stray > worst) worst = stray, result.worst_i = i, result.worst_j = j;
    }
  }
  result.priorities = std::move(w);
  return result;
}

std::vector<int> whole_weights(const std::vector<double>& priorities, int total) {
  std::vector<int> weights(priorities.size(), 0);
  std::vector<std::pair<double, std::size_t>> remainders;
  int given = 0;
  for (std::size_t i = 0; i < priorities.size(); ++i) {
    const double exact = priorities[i] * total;
    weights[i] = static_cast<int>(std::floor(exact));
    given += weights[i];
    remainders.emplace_back(exact - weights[i], i);
  }
  // Largest remainder first; ties go to the earlier criterion so the result does not depend on sorting.
  std::stable_sort(remainders.begin(), remainders.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t k = 0; given < total && k < remainders.size(); ++k, ++given) ++weights[remainders[k].second];
  return weights;
}

}  // namespace rubric
