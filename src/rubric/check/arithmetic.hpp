// The arithmetic of rubric expressions, shared by the compiler's constant
// folding, the virtual machine and explain's tracer so they can never disagree.
#pragma once

#include <cstddef>

#include "rubric/syntax/ast.hpp"

namespace rubric {

/// Applies a binary arithmetic or comparison operator exactly as the evaluator does;
/// `ok` is false on division by zero or a non-finite result.
double apply_binary(ast::BinaryOp op, double left, double right, bool& ok);

/// Interpolates through points (x ascending) read with `stride`, flat beyond both ends.
inline double scale_points(double x, const double* xs, const double* ys, std::size_t stride, std::size_t n) {
  if (x <= xs[0]) return ys[0];
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const double x1 = xs[(i + 1) * stride];
    if (x <= x1) {
      const double x0 = xs[i * stride], y0 = ys[i * stride], y1 = ys[(i + 1) * stride];
      return y0 + (x - x0) * (y1 - y0) / (x1 - x0);
    }
  }
  return ys[(n - 1) * stride];
}

/// Clamps like the reference scorers do: below lo gives lo, above hi gives hi.
inline double clamp_value(double x, double lo, double hi) { return x < lo ? lo : x > hi ? hi : x; }

}  // namespace rubric
