#include "rubric/check/arithmetic.hpp"

#include <cmath>

namespace rubric {

double apply_binary(ast::BinaryOp op, double l, double r, bool& ok) {
  using ast::BinaryOp;
  double v = 0;
  ok = true;
  switch (op) {
    case BinaryOp::logical_or: return (l != 0 || r != 0) ? 1 : 0;
    case BinaryOp::logical_and: return (l != 0 && r != 0) ? 1 : 0;
    case BinaryOp::eq: return l == r ? 1 : 0;
    case BinaryOp::ne: return l != r ? 1 : 0;
    case BinaryOp::lt: return l < r ? 1 : 0;
    case BinaryOp::le: return l <= r ? 1 : 0;
    case BinaryOp::gt: return l > r ? 1 : 0;
    case BinaryOp::ge: return l >= r ? 1 : 0;
    case BinaryOp::add: v = l + r; break;
    case BinaryOp::sub: v = l - r; break;
    case BinaryOp::mul: v = l * r; break;
    case BinaryOp::div:
      if (r == 0) {
        ok = false;
        return 0;
      }
      v = l / r;
      break;
  }
  ok = std::isfinite(v);
  return v;
}

}  // namespace rubric
