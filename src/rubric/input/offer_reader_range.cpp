// Fact ranges: a numeric fact written {"value": V, "low": L, "high": H} carries the candidate's doubt
// about it. A normal run reads only `value`; the robustness run (docs/reports.md) draws from [L, H].
#include <rubric/render.hpp>
#include "rubric/input/offer_reader_impl.hpp"
#include "rubric/input/offer_reader_messages.hpp"

namespace rubric {

using offer_reader::PathNode;

bool OfferReader::Impl::read_bound(const PathNode& node, od::value& value, int level, std::string_view key,
                                   double& bound) {
  const auto f = static_cast<std::size_t>(node.field);
  od::json_type type;
  if (auto error = value.type().get(type)) return fail_json(error);
  if (type == od::json_type::number && value.get_double().get(bound) == simdjson::SUCCESS) {
    if (schema.fields[f].kind == TypeKind::percent) bound /= 100;
    return true;
  }
  std::string found;
  if (!describe_value(value, type, level, found)) return false;
  field_error(node.field, node.path + "." + std::string(key) + ": expected a number, found " + found);
  return true;
}

void OfferReader::Impl::finish_range(const PathNode& node, bool had_low, bool had_high, double low, double high) {
  const auto f = static_cast<std::size_t>(node.field);
  const FieldSpec& spec = schema.fields[f];
  if (state[f] == FieldState::failed) return;  // the bound or the value already has its error
  if (!is_numeric(spec.kind)) {
    field_error(node.field, node.path + ": \"low\" and \"high\" give a range, which only a numeric field can have (" +
                                node.path + " is " + offer_reader::type_phrase(spec) + ")");
    return;
  }
  if (!had_low || !had_high) {
    field_error(node.field, node.path + ": a range needs both \"low\" and \"high\" (found only \"" +
                                (had_low ? "low" : "high") + "\")");
    return;
  }
  if (state[f] != FieldState::read) {
    field_error(node.field, node.path + ": a range needs the \"value\" a normal run uses");
    return;
  }
  const double value = out->numbers[f];
  if (!(low <= value && value <= high)) {
    field_error(node.field, node.path + ": the range must hold the value: low " + render_value(low, spec.kind) +
                                " <= value " + render_value(value, spec.kind) + " <= high " +
                                render_value(high, spec.kind) + " does not hold");
    return;
  }
  out->ranges.push_back(FactRange{node.field, low, high});
}

}  // namespace rubric
