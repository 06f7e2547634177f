// The report's evidence from a trace: the branches each criterion took and every fact as typed JSON.
#include <nlohmann/json.hpp>

#include <rubric/explain.hpp>

namespace rubric {

namespace {

/// Returns every declared field of one offer as typed JSON, in schema order.
std::vector<nlohmann::json> typed_values(const OfferSchema& schema, const Facts& facts) {
  std::vector<nlohmann::json> out;
  for (std::size_t i = 0; i < schema.fields.size() && i < facts.numbers.size(); ++i) {
    const FieldSpec& field = schema.fields[i];
    const double number = facts.numbers[i];
    switch (field.kind) {
      case TypeKind::boolean: out.emplace_back(number != 0); break;
      case TypeKind::text: out.emplace_back(i < facts.texts.size() ? facts.texts[i] : std::string()); break;
      case TypeKind::enumeration: {
        const auto member = static_cast<std::size_t>(number);
        out.emplace_back(member < field.members.size() ? nlohmann::json(field.members[member]) : nlohmann::json());
        break;
      }
      default: out.emplace_back(number);
    }
  }
  return out;
}

}  // namespace

void add_branches(Report& report, const CompiledRubric& rubric, const TracedRun& traced) {
  report.fact_values.clear();
  for (const Facts& facts : traced.facts) report.fact_values.push_back(typed_values(rubric.schema(), facts));
  std::vector<const Facts*> all;
  for (const Facts& facts : traced.facts) all.push_back(&facts);
  for (const OfferResult& offer : report.run->offers) {
    if (!offer.scored || offer.ordinal >= traced.facts.size()) continue;
    OfferTrace trace = trace_offer(rubric, traced.facts[offer.ordinal], all);
    for (auto& branch : criterion_branches(trace)) report.branches.push_back(std::move(branch));
  }
}

}  // namespace rubric
