// Compensation: the `currency` and `rates` declarations, and grants, which only the grant functions read
// (docs/language.md, "Currencies" and "Grants").
#include <fmt/format.h>

#include <cmath>
#include <unordered_map>

#include <rubric/money.hpp>
#include "rubric/check/check_context.hpp"

namespace rubric::checker {

namespace {

bool is_date(std::string_view s) {
  auto digits = [&](std::size_t from, std::size_t n) {
    for (std::size_t i = from; i < from + n; ++i)
      if (s[i] < '0' || s[i] > '9') return false;
    return true;
  };
  return s.size() == 10 && digits(0, 4) && s[4] == '-' && digits(5, 2) && s[7] == '-' && digits(8, 2);
}

void check_rate_entry(Context& cx, const ast::RateEntry& entry, std::string_view base,
                      std::unordered_map<std::string, const ast::RateEntry*>& seen) {
  if (!(entry.rate > 0) || !std::isfinite(entry.rate)) {
    cx.error(entry.rate_range, fmt::format("the rate of {} must be a positive number, found {}", entry.code.name,
                                           number_text(entry.rate)));
  }
  if (entry.code.name == base) {
    cx.error(entry.code.range, fmt::format("{} is the rubric's currency: its rate is always 1", entry.code.name),
             {"remove it from the rates block"});
    return;
  }
  auto [it, inserted] = seen.emplace(entry.code.name, &entry);
  if (!inserted) {
    cx.error(entry.code.range, fmt::format("duplicate rate for {}", entry.code.name),
             {fmt::format("the first is at line {}", it->second->code.range.begin.line)});
  }
}

}  // namespace

void check_currencies(Context& cx) {
  const auto& r = cx.rubric;
  for (std::size_t i = 1; i < r.currencies.size(); ++i) {
    cx.error(r.currencies[i].range, "duplicate 'currency' declaration",
             {fmt::format("the first is at line {}", r.currencies[0].range.begin.line)});
  }
  for (std::size_t i = 1; i < r.rates.size(); ++i) {
    cx.error(r.rates[i].range, "duplicate 'rates' declaration",
             {fmt::format("the first is at line {}; put every rate in one block", r.rates[0].range.begin.line)});
  }
  const std::string base = r.currencies.empty() ? std::string("USD") : r.currencies[0].code.name;
  std::unordered_map<std::string, const ast::RateEntry*> seen;
  for (const auto& block : r.rates) {
    if (block.as_of && !is_date(block.as_of->value)) {
      cx.error(block.as_of->range,
               fmt::format("the date of the rates must be written YYYY-MM-DD, like \"2026-11-30\", found \"{}\"",
                           block.as_of->value));
    }
    for (const auto& entry : block.entries) check_rate_entry(cx, entry, base, seen);
  }
}

bool is_grant_function(std::string_view name) {
  return name == "grant_value" || name == "vested" || name == "vested_through";
}

Type report_grant_use(Context& cx, const ast::Expr& ref) {
  cx.error(ref.range, fmt::format("{} is a grant, not a number", quoted(ref.text)),
           {fmt::format("did you mean 'grant_value({})'?", ref.text),
            fmt::format("'vested({}, YEAR)' and 'vested_through({}, YEAR)' give its vesting", ref.text, ref.text)});
  return {};
}

namespace {

// The first argument of a grant function must name a grant field directly.
bool grant_argument(Context& cx, ast::Expr& call) {
  ast::Expr& arg = *call.children[0];
  if (arg.kind == ast::ExprKind::ref && arg.symbol.kind == SymbolKind::field &&
      cx.symbol_type(arg.symbol).kind == TypeKind::grant) {
    arg.type = Type{TypeKind::grant};
    return true;
  }
  Type t = type_expr(cx, arg);
  if (t.kind == TypeKind::error) return false;
  cx.error(arg.range, fmt::format("{} takes a grant field (like comp.equity) as its first argument, found {}",
                                  quoted(call.text), type_name(t)));
  return false;
}

// The year of vested / vested_through: numeric; a literal must be a whole number >= 1.
bool year_argument(Context& cx, ast::Expr& call) {
  ast::Expr& year = *call.children[1];
  Type t = type_expr(cx, year);
  if (t.kind == TypeKind::error) return false;
  if (!is_numeric(t.kind)) {
    cx.error(year.range, fmt::format("the year of {} must be a number, found {}", quoted(call.text), type_name(t)));
    return false;
  }
  double v = 0;
  if (literal_number(year, v) && !valid_vesting_year(v)) {
    cx.error(year.range, fmt::format("the year of {} must be a whole number from 1 (year 1 is the first year of "
                                     "employment), found {}",
                                     quoted(call.text), number_text(v)));
    return false;
  }
  return true;
}

}  // namespace

Type type_grant_call(Context& cx, ast::Expr& call) {
  const std::size_t want = call.text == "grant_value" ? 1 : 2;
  if (call.children.size() != want) {
    for (auto& arg : call.children) {
      if (arg && !(arg->kind == ast::ExprKind::ref && cx.symbol_type(arg->symbol).kind == TypeKind::grant))
        type_expr(cx, *arg);
    }
    cx.error(call.range,
             fmt::format("{} takes {} argument{}, found {}", quoted(call.text), want, want == 1 ? "" : "s",
                         call.children.size()),
             {want == 1 ? fmt::format("write {}(comp.equity)", call.text)
                        : fmt::format("write {}(comp.equity, YEAR), YEAR from 1", call.text)});
    return {};
  }
  for (auto& arg : call.children)
    if (!arg) return {};
  bool ok = grant_argument(cx, call);
  if (want == 2) ok = year_argument(cx, call) && ok;
  return ok ? Type{TypeKind::money} : Type{};
}

}  // namespace rubric::checker
