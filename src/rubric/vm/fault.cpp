// Names of the faults that stop an offer's evaluation.
#include "rubric/vm/machine.hpp"

namespace rubric {

std::string_view to_string(FaultKind kind) {
  switch (kind) {
    case FaultKind::none: return "no fault";
    case FaultKind::division_by_zero: return "division by zero";
    case FaultKind::not_finite: return "result is not a finite number";
    case FaultKind::no_aggregate: return "no offer contributed a value";
    case FaultKind::no_match: return "no match arm applies";
    case FaultKind::bad_facts: return "facts do not match the rubric";
    case FaultKind::bad_year: return "the vesting year is not a whole number from 1";
    case FaultKind::internal: return "internal evaluation error";
  }
  return "internal evaluation error";
}

}  // namespace rubric
