// Names of the plan's enumerations (operations, aggregates), for messages, tests and debugging.
#include <iterator>

#include "rubric/compile/plan.hpp"

namespace rubric {

std::string_view to_string(Op op) {
  static constexpr std::string_view names[] = {
#define RUBRIC_OPCODE_NAME(name, spelling) spelling,
      RUBRIC_OPCODES(RUBRIC_OPCODE_NAME)
#undef RUBRIC_OPCODE_NAME
  };
  const auto i = static_cast<std::size_t>(op);
  return i < std::size(names) ? names[i] : "?";
}

std::string_view to_string(AggregateKind kind) {
  switch (kind) {
    case AggregateKind::max_of: return "max_of";
    case AggregateKind::min_of: return "min_of";
    case AggregateKind::mean_of: return "mean_of";
  }
  return "max_of";
}

}  // namespace rubric
