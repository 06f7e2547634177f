// Money as offers state it: amounts in several currencies converted at the rubric's rates, and equity
// grants (RSUs or options) with vesting schedules and cliffs (docs/language.md, "Currencies" and "Grants").
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <rubric/limits.hpp>

namespace rubric {

/// A currency code: three capital letters, stored inline so facts carry it without allocating.
struct CurrencyCode {
  std::array<char, 3> letters{};

  /// Returns true when no code is set.
  bool empty() const { return letters[0] == 0; }
  /// Returns the code as written ("EUR"), or "" when empty.
  std::string_view view() const { return empty() ? std::string_view{} : std::string_view(letters.data(), 3); }
  friend bool operator==(const CurrencyCode&, const CurrencyCode&) = default;
};

/// Returns true when `text` is a currency code: exactly three capital letters A-Z.
bool is_currency_code(std::string_view text);
/// Makes a code from `text`, which must satisfy is_currency_code().
CurrencyCode make_currency(std::string_view text);

/// One rate: units of the rubric's currency for one unit of `code`.
struct CurrencyRate {
  CurrencyCode code;
  double rate = 1;
};

/// The rubric's currency and its rates (after --rate overrides), as the reader converts with them.
struct Currencies {
  CurrencyCode base;                // the currency every money value is compared in
  std::string as_of;                // the date of the rates, as declared; may be empty
  std::vector<CurrencyRate> rates;  // declared order

  /// Returns the rate of `code` (1 for the base currency), or 0 when there is none.
  double rate_of(CurrencyCode code) const;
};

/// Converts `amount` at `rate` and rounds to whole cents, so converted money is exact to the cent.
double convert_money(double amount, double rate);
/// Rounds a money amount to whole cents (half away from zero).
double round_cents(double amount);

/// Where a converted money fact came from; `currency` empty means it was stated in the rubric's currency.
struct MoneyOrigin {
  double amount = 0;  // as the offer stated it
  double rate = 1;    // units of the rubric's currency per unit of `currency`
  CurrencyCode currency;

  /// Returns true when the fact was converted from another currency.
  bool converted() const { return !currency.empty(); }
};

/// What kind of equity a grant is.
enum class GrantKind : std::uint8_t { none, rsu, options };

/// Names a grant kind ("none", "RSU", "options").
std::string_view to_string(GrantKind kind);

/// One equity grant as read from an offer: fixed size, so reading and evaluating grants never allocates.
struct Grant {
  GrantKind kind = GrantKind::none;
  double value = 0;   // the whole grant in the rubric's currency, to the cent
  double units = 0;   // RSU amount or option count, as stated
  double strike = 0;  // options only
  double price = 0;   // options only
  int years = kDefaultVestingYears;
  int cliff_months = kDefaultCliffMonths;
  std::array<double, kMaxVestingYears> schedule{};  // percent accruing in each year; sums to 100
};

/// Fills an even schedule over `grant.years`.
void even_schedule(Grant& grant);
/// Returns what has vested by the end of month `months` of employment, to the cent.
double vested_by_month(const Grant& grant, int months);
/// Returns what vests in year `year` (1-based) of employment, to the cent; 0 after the last year.
double vested_in_year(const Grant& grant, int year);
/// Returns what has vested by the end of year `year` (1-based), to the cent.
double vested_through_year(const Grant& grant, int year);
/// Renders where converted money came from: "95,000 EUR at 1.08".
std::string render_origin(const MoneyOrigin& origin);
/// Renders a grant's terms and vesting by year: "RSU, 4 years, cliff 12 months; vests 12,960 / 38,880 / ...".
std::string render_vesting(const Grant& grant);

/// Returns true when `y` is a year the vesting functions accept: a whole number >= 1.
bool valid_vesting_year(double y);

}  // namespace rubric
