// A serial run that keeps every offer's facts, for reports and explanations:
// the same reading, two-pass aggregates and ranking as run(), nothing streamed.
#include "rubric/explain.hpp"
#include "rubric/inputs.hpp"
#include "rubric/run_batch.hpp"

namespace rubric {

TracedRun run_traced(const CompiledRubric& rubric, const std::vector<std::string>& inputs) {
  TracedRun out;
  InputStream in(inputs);
  OfferReader reader(rubric.schema());
  InputDocument doc;
  while (in.next(doc)) {
    out.facts.emplace_back();
    read_document(reader, doc, rubric.schema().fields.size(), out.facts.back());
  }
  Aggregates aggregates(rubric.plan());
  for (const Facts& facts : out.facts) aggregates.add(facts);
  Evaluator evaluator(rubric.plan());
  std::vector<OfferResult> results(out.facts.size());
  for (std::size_t i = 0; i < out.facts.size(); ++i) {
    evaluator.evaluate(out.facts[i], &aggregates, results[i]);
    ++out.output.offers_seen;
    if (!results[i].scored) ++out.output.offers_failed;
  }
  out.output.input_errors = in.input_errors();
  out.output.run = rank(rubric.plan(), std::move(results));
  if (out.output.run.weight_note.empty()) out.output.run.weight_note = rubric.weight_note();
  return out;
}

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
