// Stage 2: static checking. Resolves every name, types every expression,
// orders declarations by dependency, and collects all errors it finds.
#pragma once

#include <string>
#include <vector>

#include <rubric/diagnostic.hpp>
#include "rubric/syntax/ast.hpp"

namespace rubric {

/// A declaration that is evaluated per offer, in dependency order.
struct EvalStep {
  SymbolKind kind = SymbolKind::none;  // let, criterion, flag, confirm, ask, or total
  int index = -1;                      // index into the Rubric vector of that kind (-1 for total)
};

/// What checking learned beyond the annotations it wrote into the AST.
struct CheckResult {
  Diagnostics diagnostics;
  /// Member sets of every enumeration type; Type::enum_id indexes this.
  std::vector<std::vector<std::string>> enums;
  /// The type of each let (declared, or inferred from its value).
  std::vector<Type> let_types;
  /// Every let, criterion, flag, confirm and ask, plus one `total` step,
  /// ordered so each comes after everything it reads. `total` comes after all
  /// criteria and flags; nothing that `total` depends on may read `total`.
  std::vector<EvalStep> order;
  /// The scale the rubric declared, or 0..10.
  double scale_low = 0;
  double scale_high = 10;
  /// True when any expression calls max_of / min_of / mean_of.
  bool uses_aggregates = false;

  /// Returns true when checking found no error.
  bool ok() const { return !has_errors(diagnostics); }
};

/// Checks a parsed rubric, filling Expr::type, Expr::symbol and Text::pieces in place.
CheckResult check(ast::Rubric& rubric);

}  // namespace rubric
