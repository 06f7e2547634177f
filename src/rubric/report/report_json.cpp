// The report as JSON: the `eval --format json` document, plus per criterion and
// flag the facts used with their sources, the memo's reasoning and the sensitivity figures.
#include <cmath>
#include <cstdint>

#include <rubric/limits.hpp>
#include <rubric/report.hpp>
#include <rubric/result_json.hpp>

namespace rubric {

namespace {

using nlohmann::json;

json number(double value) {
  if (!std::isfinite(value)) return nullptr;
  if (std::trunc(value) == value && std::fabs(value) < kMaxExactInteger) return static_cast<std::int64_t>(value);
  return value;
}

json optional_number(const std::optional<double>& value) { return value ? number(*value) : json(nullptr); }

// `typed` holds the offer's declared fields as typed JSON; without it "value" is the rendered text.
json facts_json(const std::vector<FactUse>& facts, const std::vector<json>* typed) {
  json out = json::array();
  for (const auto& f : facts) {
    const bool has_typed = typed && f.field >= 0 && static_cast<std::size_t>(f.field) < typed->size();
    json value = has_typed ? (*typed)[static_cast<std::size_t>(f.field)] : json(f.value);
    if (value.is_number_float()) value = number(value.get<double>());
    json item = {{"path", f.path},
                 {"value", std::move(value)},
                 {"rendered", f.value},
                 {"source", f.source.empty() ? json(nullptr) : json(f.source)}};
    if (f.defaulted) item["defaulted"] = true;
    if (f.origin.converted()) {
      item["original"] = {{"amount", number(f.origin.amount)},
                          {"currency", std::string(f.origin.currency.view())},
                          {"rate", number(f.origin.rate)}};
    }
    if (!f.vesting.empty()) item["vesting"] = f.vesting;
    out.push_back(std::move(item));
  }
  return out;
}

json lets_json(const std::vector<LetValue>& lets) {
  json out = json::array();
  for (const auto& l : lets) out.push_back({{"name", l.name}, {"value", number(l.number)}, {"rendered", l.rendered}});
  return out;
}

json arms_json(const std::vector<TakenArm>& arms) {
  json out = json::array();
  for (const auto& a : arms) {
    json item = {{"construct", a.construct}, {"arm", a.arm}};
    item["because"] = a.because.empty() ? json(nullptr) : json(a.because);
    out.push_back(std::move(item));
  }
  return out;
}

// Adds the evidence the eval document leaves out: facts per criterion and flag, the lets.
void add_evidence(const OfferResult& offer, const Report& report, json& out) {
  const bool typed_known = offer.ordinal < report.fact_values.size();
  const std::vector<json>* typed = typed_known ? &report.fact_values[offer.ordinal] : nullptr;
  auto& criteria = out["criteria"];
  for (std::size_t i = 0; i < criteria.size() && i < offer.criteria.size(); ++i) {
    criteria[i]["facts"] = facts_json(offer.criteria[i].facts, typed);
    if (const auto* arms = report.branch_of(offer, offer.criteria[i].id)) criteria[i]["branch"] = arms_json(*arms);
  }
  auto& flags = out["flags"];
  for (std::size_t i = 0; i < flags.size() && i < offer.flags.size(); ++i)
    flags[i]["facts"] = facts_json(offer.flags[i].facts, typed);
  out["lets"] = lets_json(offer.lets);
  if (const CompensationTable* table = report.compensation_of(offer)) {
    json years = json::array();
    for (std::size_t y = 0; y < table->years.size(); ++y) {
      const CompensationYear& year = table->years[y];
      years.push_back({{"year", y + 1},
                       {"base", number(year.base)},
                       {"bonus", number(year.bonus)},
                       {"equity", number(year.equity)},
                       {"sign_on", number(year.sign_on)},
                       {"total", number(year.total)}});
    }
    out["compensation_by_year"] = std::move(years);
  }
}

json path_or_null(const std::string& path) { return path.empty() ? json(nullptr) : json(path); }

// Which fields the compensation tables read, in the rubric's currency.
json compensation_json(const CompensationFields& fields) {
  return {{"currency", fields.currency},
          {"base", path_or_null(fields.base)},
          {"bonus", path_or_null(fields.bonus)},
          {"bonus_percent_of_base", fields.bonus_percent},
          {"sign_on", path_or_null(fields.sign_on)},
          {"grants", fields.grants}};
}

json delta_json(const CriterionDelta& d) {
  return {{"id", d.id},
          {"label", d.label},
          {"weight", number(d.weight)},
          {"scores", json::array({number(d.first_score), number(d.second_score)})},
          {"difference", number(d.difference)}};
}

json memo_json(const Memo& memo) {
  json out;
  out["headline"] = memo.headline;
  out["recommended"] = memo.recommended ? json(memo.recommended->id) : json(nullptr);
  out["runner_up"] = memo.runner_up ? json(memo.runner_up->id) : json(nullptr);
  out["margin"] = optional_number(memo.margin);
  out["close_call"] = memo.close_call;
  out["deciding"] = json::array();
  for (const auto& d : memo.deciding) out["deciding"].push_back(delta_json(d));
  out["against"] = memo.against ? delta_json(*memo.against) : json(nullptr);
  out["penalty_gap"] = number(memo.penalty_gap);
  out["flags"] = json::array();
  for (const auto& f : memo.flags) out["flags"].push_back({{"offer", f.offer}, {"id", f.flag->id}});
  out["to_confirm"] = json::array();
  for (const auto* c : memo.to_confirm) out["to_confirm"].push_back(c->id);
  out["asks"] = json::array();
  for (const auto* a : memo.asks) out["asks"].push_back(a->id);
  return out;
}

json sensitivity_json(const Sensitivity& s) {
  json out = {{"applicable", s.applicable}, {"tie", s.tie}};
  out["first"] = s.first.empty() ? json(nullptr) : json(s.first);
  out["second"] = s.second.empty() ? json(nullptr) : json(s.second);
  if (!s.note.empty()) out["note"] = s.note;
  out["criteria"] = json::array();
  for (const auto& w : s.swings) {
    json item = {{"id", w.id}, {"label", w.label}, {"weight", number(w.weight)}};
    if (s.tie) {
      item["raising_favours"] = w.raising_favours.empty() ? json(nullptr) : json(w.raising_favours);
    } else {
      item["swap_weight"] = optional_number(w.swap_weight);
      item["change"] = w.swap_weight ? number(w.change()) : json(nullptr);
    }
    out["criteria"].push_back(std::move(item));
  }
  return out;
}

// The run's counts beyond the detailed offers (docs/reports.md, "All N offers").
json beyond_detail_json(const BeyondDetail& b) {
  json out = {{"offers", b.offers},
              {"detailed", b.detailed},
              {"beyond", b.beyond},
              {"scored", b.scored},
              {"vetoed", b.vetoed},
              {"errors", b.errors},
              {"first", b.first},
              {"min_total", optional_number(b.min_total)},
              {"max_total", optional_number(b.max_total)},
              {"mean_total", optional_number(b.mean_total)}};
  json means = json::array();
  for (const auto& c : b.criteria) means.push_back({{"id", c.id}, {"mean_score", number(c.mean)}});
  out["criteria"] = std::move(means);
  return out;
}

}  // namespace

json report_to_json(const Report& report) {
  const RunResult& run = *report.run;
  json out = run_to_json(run);
  auto& offers = out["offers"];  // run_to_json keeps the run's order
  for (std::size_t i = 0; i < offers.size() && i < run.offers.size(); ++i)
    add_evidence(run.offers[i], report, offers[i]);
  out["rubric_file"] = run.rubric_file;
  out["weights"] = json::array();
  for (const auto& c : run.criteria)
    out["weights"].push_back({{"id", c.id},
                              {"label", c.label},
                              {"weight", number(c.weight)},
                              {"declared_weight", number(c.declared_weight)}});
  out["memo"] = memo_json(report.memo);
  out["sensitivity"] = sensitivity_json(report.sensitivity);
  if (report.compensation_fields) out["compensation"] = compensation_json(*report.compensation_fields);
  if (run.beyond_detail) out["beyond_detail"] = beyond_detail_json(*run.beyond_detail);
  if (!report.input_errors.empty()) {
    json errors = json::array();
    for (const auto& e : report.input_errors) errors.push_back(to_string(e));
    out["input_errors"] = std::move(errors);
  }
  return out;
}

}  // namespace rubric
