// The report's compensation by year (docs/reports.md, "Compensation by year"): base, bonus, the equity the
// grants vest, sign-on and total for each of the first kCompensationYears years, for rubrics that declare a
// grant. The parts are found by the names of the offer's money fields, and the report says which it read.
#include <algorithm>

#include <rubric/money.hpp>
#include <rubric/report.hpp>

namespace rubric {

namespace {

/// Returns the last segment of a dotted path: "base" for "comp.base".
std::string_view last_segment(const std::string& path) {
  const auto dot = path.rfind('.');
  return dot == std::string::npos ? std::string_view(path) : std::string_view(path).substr(dot + 1);
}

bool has(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

bool is_sign_on(std::string_view name) {
  return (has(name, "sign_on") || has(name, "signon") || has(name, "signing")) && !has(name, "clawback");
}

bool is_base(std::string_view name) {
  return name == "base" || name == "base_salary" || name == "base_pay" || name == "salary";
}

bool is_bonus(std::string_view name) { return has(name, "bonus") && !is_sign_on(name) && !has(name, "clawback"); }

/// The slots of the fields the table reads: -1 for a part with no field.
struct Slots {
  int base = -1, bonus = -1, sign_on = -1;
  std::vector<int> grants;  // Facts::grants indices, one per distinct grant path
};

/// Finds the fields the table reads; the first field of each part wins, as a reader would pick it.
CompensationFields find_fields(const OfferSchema& schema, Slots& slots) {
  int& base = slots.base;
  int& bonus = slots.bonus;
  int& sign_on = slots.sign_on;
  CompensationFields fields;
  fields.currency = std::string(schema.currencies.base.empty() ? "USD" : schema.currencies.base.view());
  for (std::size_t f = 0; f < schema.fields.size(); ++f) {
    const FieldSpec& spec = schema.fields[f];
    const std::string_view name = last_segment(spec.path);
    const bool money = spec.kind == TypeKind::money;
    if (spec.kind == TypeKind::grant) {
      // A path declared twice is one fact: its grant counts once.
      if (std::find(fields.grants.begin(), fields.grants.end(), spec.path) != fields.grants.end()) continue;
      fields.grants.push_back(spec.path);
      slots.grants.push_back(spec.grant);
    } else if (money && base < 0 && is_base(name)) {
      base = static_cast<int>(f);
      fields.base = spec.path;
    } else if (money && sign_on < 0 && is_sign_on(name)) {
      sign_on = static_cast<int>(f);
      fields.sign_on = spec.path;
    } else if ((money || spec.kind == TypeKind::percent) && bonus < 0 && is_bonus(name)) {
      bonus = static_cast<int>(f);
      fields.bonus = spec.path;
      fields.bonus_percent = spec.kind == TypeKind::percent;
    }
  }
  return fields;
}

double number_of(const Facts& facts, int field) {
  return field >= 0 && static_cast<std::size_t>(field) < facts.numbers.size()
             ? facts.numbers[static_cast<std::size_t>(field)]
             : 0;
}

}  // namespace

void add_compensation(Report& report, const OfferSchema& schema, const std::vector<Facts>& facts) {
  report.compensation_fields.reset();
  report.compensation.clear();
  if (schema.grant_count == 0 || report.run == nullptr) return;
  Slots slots;
  const CompensationFields& fields = report.compensation_fields.emplace(find_fields(schema, slots));
  for (const OfferResult& offer : report.run->offers) {
    if (!offer.scored || offer.ordinal >= facts.size()) continue;
    const Facts& f = facts[offer.ordinal];
    CompensationTable table;
    table.ordinal = offer.ordinal;
    const double base = number_of(f, slots.base);
    const double bonus = fields.bonus_percent ? round_cents(base * number_of(f, slots.bonus))
                                              : number_of(f, slots.bonus);
    for (int y = 1; y <= kCompensationYears; ++y) {
      CompensationYear& year = table.years[static_cast<std::size_t>(y - 1)];
      year.base = base;
      year.bonus = bonus;
      for (int grant : slots.grants) {
        if (grant >= 0 && static_cast<std::size_t>(grant) < f.grants.size())
          year.equity += vested_in_year(f.grants[static_cast<std::size_t>(grant)], y);
      }
      year.equity = round_cents(year.equity);
      year.sign_on = y == 1 ? number_of(f, slots.sign_on) : 0;
      year.total = round_cents(year.base + year.bonus + year.equity + year.sign_on);
    }
    report.compensation.push_back(table);
  }
}

const CompensationTable* Report::compensation_of(const OfferResult& offer) const {
  for (const auto& table : compensation)
    if (table.ordinal == offer.ordinal) return &table;
  return nullptr;
}

}  // namespace rubric
