// Only the form is checked here; whether the rubric declares a rate for CODE is the compiler's business.
#include "cli/rate_arg.hpp"

#include <charconv>
#include <cmath>

#include <rubric/money.hpp>

namespace rubric::cli {

namespace {

bool parse_rate_argument(std::string_view argument, RateOverride& out, std::string& error) {
  const std::string quoted = "--rate '" + std::string(argument) + "'";
  const std::size_t equals = argument.find('=');
  if (equals == std::string_view::npos) {
    error = quoted + ": expected CODE=R, e.g. EUR=1.10";
    return false;
  }
  const std::string_view code = argument.substr(0, equals);
  const std::string_view number = argument.substr(equals + 1);
  if (!is_currency_code(code)) {
    error = quoted + ": '" + std::string(code) + "' is not a currency code (three capital letters, like EUR)";
    return false;
  }
  double rate = 0;
  const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), rate);
  if (number.empty() || ec != std::errc() || end != number.data() + number.size() || !std::isfinite(rate)) {
    error = quoted + ": '" + std::string(number) + "' is not a number";
    return false;
  }
  if (!(rate > 0)) {
    error = quoted + ": a rate must be a positive number";
    return false;
  }
  out.code = std::string(code);
  out.rate = rate;
  return true;
}

}  // namespace

bool parse_rate_arguments(const std::vector<std::string>& arguments, std::vector<RateOverride>& out,
                          std::string& error) {
  out.clear();
  for (const auto& argument : arguments) {
    RateOverride rate;
    if (!parse_rate_argument(argument, rate, error)) return false;
    for (const auto& earlier : out) {
      if (earlier.code == rate.code) {
        error = "--rate '" + argument + "': " + rate.code + " is given twice";
        return false;
      }
    }
    out.push_back(std::move(rate));
  }
  return true;
}

void add_rate_option(CLI::App* command, std::vector<std::string>& rates) {
  command
      ->add_option("--rate", rates,
                   "CODE=R: convert currency CODE at R units of the rubric's currency for this run (repeatable)")
      ->allow_extra_args(false)
      ->type_name("CODE=R");
}

}  // namespace rubric::cli
