// --rate CODE=R what-if runs: one exchange rate replaced for the run, named in the run's note.
#include <fmt/format.h>

#include <cmath>

#include <rubric/money.hpp>
#include <rubric/render.hpp>
#include "rubric/compile/builder.hpp"

namespace rubric {

namespace {

std::string spell(const RateOverride& o) { return fmt::format("--rate {}={}", o.code, render_number(o.rate)); }

std::string declared_list(const Currencies& currencies) {
  std::string out;
  for (const auto& r : currencies.rates) out += fmt::format("{}{}", out.empty() ? "" : ", ", r.code.view());
  return out.empty() ? std::string("none") : out;
}

// Returns the error for one override, or "" when it applies.
std::string check_override(const Currencies& currencies, const RateOverride& o, std::size_t& index) {
  if (!is_currency_code(o.code))
    return fmt::format("{}: '{}' is not a currency code (three capital letters)", spell(o), o.code);
  if (!(o.rate > 0) || !std::isfinite(o.rate)) return fmt::format("{}: a rate must be a positive number", spell(o));
  const CurrencyCode code = make_currency(o.code);
  if (code == currencies.base)
    return fmt::format("{}: {} is the rubric's currency; its rate is always 1", spell(o), o.code);
  for (index = 0; index < currencies.rates.size(); ++index)
    if (currencies.rates[index].code == code) return "";
  return fmt::format("{}: the rubric declares no rate for {} (rates: {})", spell(o), o.code, declared_list(currencies));
}

}  // namespace

std::vector<std::string> apply_rate_overrides(Plan& plan, const std::vector<RateOverride>& overrides) {
  std::vector<std::string> errors;
  Currencies& currencies = plan.schema.currencies;
  std::string note;
  for (std::size_t k = 0; k < overrides.size(); ++k) {
    const RateOverride& o = overrides[k];
    for (std::size_t j = 0; j < k; ++j) {
      if (overrides[j].code == o.code) errors.push_back(fmt::format("{}: {} is given twice", spell(o), o.code));
    }
    std::size_t index = 0;
    std::string error = check_override(currencies, o, index);
    if (!error.empty()) {
      errors.push_back(std::move(error));
      continue;
    }
    CurrencyRate& rate = currencies.rates[index];
    note += fmt::format("{}{} (declared {})", note.empty() ? "" : ", ", spell(o), render_number(rate.rate));
    rate.rate = o.rate;
  }
  if (!errors.empty() || note.empty()) return errors;
  note = fmt::format("rates changed for {}", note);
  plan.weight_note = plan.weight_note.empty() ? note : plan.weight_note + "; " + note;
  return errors;
}

}  // namespace rubric
