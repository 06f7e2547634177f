// STUB: replaced by the checker.
#include "rubric/check.hpp"
namespace rubric {
CheckResult check(ast::Rubric& rubric) {
  (void)rubric;
  CheckResult r;
  Diagnostic d;
  d.message = "checker not implemented";
  r.diagnostics.push_back(d);
  return r;
}
}  // namespace rubric
