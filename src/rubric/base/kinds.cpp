#include <rubric/kinds.hpp>

namespace rubric {

std::string_view to_string(SymbolKind kind) {
  switch (kind) {
    case SymbolKind::none: return "nothing";
    case SymbolKind::field: return "offer field";
    case SymbolKind::let: return "let";
    case SymbolKind::criterion: return "criterion";
    case SymbolKind::flag: return "flag";
    case SymbolKind::confirm: return "confirm";
    case SymbolKind::ask: return "ask";
    case SymbolKind::total: return "total";
  }
  return "nothing";
}

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::critical: return "critical";
  }
  return "warning";
}

}  // namespace rubric
