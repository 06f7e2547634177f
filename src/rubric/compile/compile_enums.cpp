// One numbering per enumeration class. The checker gives every enumeration
// field its own enum id and lets two fields with the same member set (in any
// order) be compared or mixed in branches. At run time an enumeration value
// is a member index, so fields whose member order differs from their class's
// first enumeration are remapped when loaded; everything else is untouched.
#include <algorithm>

#include "rubric/compile/builder.hpp"

namespace rubric {

void plan_enums(Plan& plan) {
  const std::size_t n = plan.enums.size();
  plan.enum_class.assign(n, -1);
  plan.enum_remap.assign(n, -1);
  std::vector<std::vector<std::string>> sorted(n);
  for (std::size_t i = 0; i < n; ++i) {
    sorted[i] = plan.enums[i];
    std::sort(sorted[i].begin(), sorted[i].end());
  }
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t first = i;
    for (std::size_t j = 0; j < i; ++j) {
      if (sorted[j] == sorted[i]) {
        first = static_cast<std::size_t>(plan.enum_class[j]);
        break;
      }
    }
    plan.enum_class[i] = static_cast<int>(first);
    if (first == i || plan.enums[first] == plan.enums[i]) continue;
    plan.enum_remap[i] = static_cast<std::int32_t>(plan.numbers.size());
    for (const auto& member : plan.enums[i]) {
      const auto& order = plan.enums[first];
      plan.numbers.push_back(static_cast<double>(std::find(order.begin(), order.end(), member) - order.begin()));
    }
  }
}

Type runtime_type(const Plan& plan, Type type) {
  if (type.kind == TypeKind::enumeration && type.enum_id >= 0 &&
      static_cast<std::size_t>(type.enum_id) < plan.enum_class.size())
    type.enum_id = plan.enum_class[static_cast<std::size_t>(type.enum_id)];
  return type;
}

namespace {

// Fields render from the offer's own member index; slots hold run-time numbering.
void use_runtime_types(const Plan& plan, Template& t) {
  for (auto& piece : t.pieces)
    if (piece.source == PieceSource::slot) piece.type = runtime_type(plan, piece.type);
  for (auto& branch : t.branches) use_runtime_types(plan, branch);
}

}  // namespace

Template plan_template(const Plan& plan, const ast::Text& text) {
  Template t = compile_template(text, plan.layout);
  use_runtime_types(plan, t);
  return t;
}

}  // namespace rubric
