// Stage 2: the static checker. Each pass lives in its own check_*.cpp; this file runs them in order.
#include "rubric/check/check.hpp"

#include <algorithm>

#include "rubric/check/check_context.hpp"

namespace rubric {

CheckResult check(ast::Rubric& rubric) {
  CheckResult result;
  checker::Context cx(rubric, result);
  checker::check_singletons(cx);
  checker::check_fields(cx);     // before resolution: paths and enumeration ids
  checker::check_namespace(cx);  // before resolution: the names refs resolve to
  checker::resolve_all(cx);      // symbols and graph edges
  checker::check_graph(cx);      // cycles and the order lets are typed in
  checker::type_declarations(cx);
  checker::check_aggregate_nesting(cx);
  checker::check_weights(cx);
  checker::warn_unused_lets(cx);
  checker::warn_else_traps(cx);
  checker::check_ignored_paths(cx);
  checker::check_currencies(cx);
  // Passes find problems in their own order; report them in file order, as compilers do.
  std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    const SourcePos& x = a.range.begin;
    const SourcePos& y = b.range.begin;
    return x.line != y.line ? x.line < y.line : x.column < y.column;
  });
  return result;
}

}  // namespace rubric
