#include <rubric/types.hpp>

namespace rubric {

std::string_view to_string(TypeKind kind) {
  switch (kind) {
    case TypeKind::number: return "number";
    case TypeKind::money: return "money";
    case TypeKind::percent: return "percent";
    case TypeKind::boolean: return "bool";
    case TypeKind::text: return "text";
    case TypeKind::enumeration: return "enumeration";
    case TypeKind::list: return "list";
    case TypeKind::grant: return "grant";
    case TypeKind::error: return "error";
  }
  return "error";
}

}  // namespace rubric
