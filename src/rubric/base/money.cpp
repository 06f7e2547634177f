// Currency conversion and grant vesting: the arithmetic docs/language.md ("Currencies", "Grants") specifies,
// shared by the reader, the evaluator and explain so they cannot disagree.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include <rubric/money.hpp>
#include <rubric/render.hpp>

namespace rubric {

bool is_currency_code(std::string_view text) {
  return text.size() == 3 && std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

CurrencyCode make_currency(std::string_view text) {
  CurrencyCode code;
  if (is_currency_code(text)) std::copy(text.begin(), text.end(), code.letters.begin());
  return code;
}

double Currencies::rate_of(CurrencyCode code) const {
  if (code.empty() || code == base) return 1;
  for (const auto& r : rates) {
    if (r.code == code) return r.rate;
  }
  return 0;
}

double round_cents(double amount) { return std::round(amount * 100) / 100; }

double convert_money(double amount, double rate) { return rate == 1 ? amount : round_cents(amount * rate); }

std::string_view to_string(GrantKind kind) {
  switch (kind) {
    case GrantKind::none: return "none";
    case GrantKind::rsu: return "RSU";
    case GrantKind::options: return "options";
  }
  return "none";
}

void even_schedule(Grant& grant) {
  grant.schedule.fill(0);
  const int years = std::clamp(grant.years, 1, kMaxVestingYears);
  for (int y = 0; y < years; ++y) grant.schedule[static_cast<std::size_t>(y)] = 100.0 / years;
}

double vested_by_month(const Grant& grant, int months) {
  if (grant.kind == GrantKind::none || months < grant.cliff_months || months <= 0) return 0;
  const int years = std::clamp(grant.years, 1, kMaxVestingYears);
  if (months >= 12 * years) return grant.value;
  // Whole years accrue their share; the current year accrues evenly by month.
  double percent = 0;
  const int full = months / 12;
  for (int y = 0; y < full; ++y) percent += grant.schedule[static_cast<std::size_t>(y)];
  percent += grant.schedule[static_cast<std::size_t>(full)] * (months % 12) / 12;
  return round_cents(grant.value * percent / 100);
}

double vested_through_year(const Grant& grant, int year) {
  return vested_by_month(grant, 12 * std::min(year, kMaxVestingYears));
}

double vested_in_year(const Grant& grant, int year) {
  if (year < 1 || year > kMaxVestingYears) return 0;
  return round_cents(vested_through_year(grant, year) - vested_through_year(grant, year - 1));
}

std::string render_origin(const MoneyOrigin& origin) {
  return fmt::format("{} {} at {}", render_money(origin.amount), origin.currency.view(), render_number(origin.rate));
}

std::string render_vesting(const Grant& grant) {
  if (grant.kind == GrantKind::none) return "no grant";
  std::string out = grant.kind == GrantKind::rsu ? std::string("RSU")
                                                 : fmt::format("options {} x ({} - {})", render_money(grant.units),
                                                               render_number(grant.price), render_number(grant.strike));
  out += fmt::format(", {} year{}, cliff {} months; vests", grant.years, grant.years == 1 ? "" : "s",
                     grant.cliff_months);
  for (int y = 1; y <= grant.years; ++y)
    out += fmt::format("{}{}", y == 1 ? " " : " / ", render_money(vested_in_year(grant, y)));
  return out + " by year";
}

bool valid_vesting_year(double y) { return y >= 1 && std::floor(y) == y && std::isfinite(y); }

}  // namespace rubric
