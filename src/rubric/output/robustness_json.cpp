// The `robustness` object and the offers' `to_first` lists (docs/reports.md, "How sure is this?"), shared
// by `eval --robustness --format json` and the report's JSON.
#include <cmath>
#include <cstdint>

#include <rubric/limits.hpp>
#include <rubric/result_json.hpp>

namespace rubric {

namespace {

nlohmann::json plain_number(double value) {
  if (!std::isfinite(value)) return nullptr;
  if (std::fabs(value) < kMaxExactInteger && value == std::trunc(value)) return static_cast<std::int64_t>(value);
  return value;
}

// Offer files write percent facts in percent points; targets are given back in the same unit.
double in_offer_units(double value, TypeKind kind) { return kind == TypeKind::percent ? value * 100 : value; }

}  // namespace

nlohmann::json robustness_to_json(const Robustness& r) {
  nlohmann::json out;
  out["samples"] = r.options.samples;
  out["spread"] = plain_number(r.options.spread);
  out["seed"] = r.options.seed;
  out["ranged_facts"] = r.ranged_facts;
  out["offers"] = nlohmann::json::array();
  for (const auto& o : r.offers) {
    nlohmann::json item;
    item["id"] = o.id;
    item["first"] = plain_number(o.first);
    item["ranks"] = nlohmann::json::array();
    for (double share : o.ranks) item["ranks"].push_back(plain_number(share));
    if (o.central_weights) {
      nlohmann::json weights = nlohmann::json::object();
      for (std::size_t k = 0; k < o.central_weights->size() && k < r.criteria.size(); ++k)
        weights[r.criteria[k]] = plain_number((*o.central_weights)[k]);
      item["central_weights"] = std::move(weights);
    }
    out["offers"].push_back(std::move(item));
  }
  return out;
}

nlohmann::json targets_to_json(const std::vector<NegotiationTarget>& targets) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& t : targets)
    out.push_back({{"path", t.path},
                   {"current", plain_number(in_offer_units(t.current, t.kind))},
                   {"value", t.value ? plain_number(in_offer_units(*t.value, t.kind)) : nlohmann::json(nullptr)}});
  return out;
}

}  // namespace rubric
