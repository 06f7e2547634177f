// Kinds that results share with the syntax tree: what a declaration is and how serious a flag is.
#pragma once

#include <string_view>

namespace rubric {

/// What a name in an expression refers to once the checker resolved it.
enum class SymbolKind { none, field, let, criterion, flag, confirm, ask, total };

/// Names a symbol kind ("offer field", "let", "criterion", ...), for messages.
std::string_view to_string(SymbolKind kind);

/// How serious a red flag is.
enum class Severity { info, warning, critical };

/// Spells a severity as written ("info", "warning", "critical").
std::string_view to_string(Severity severity);

}  // namespace rubric
