// Only the form is checked here; whether ID names a criterion is the compiler's business.
#include "cli/weight_arg.hpp"

#include <charconv>
#include <cmath>

#include <rubric/limits.hpp>

namespace rubric::cli {
namespace {

/// Returns true for an identifier as the language spells them: [a-z_][a-z0-9_]*.
bool is_identifier(std::string_view text) {
  if (text.empty() || !((text[0] >= 'a' && text[0] <= 'z') || text[0] == '_')) return false;
  for (char c : text) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

}  // namespace

bool parse_weight_argument(std::string_view argument, WeightOverride& out, std::string& error) {
  const std::string quoted = "--weight '" + std::string(argument) + "'";
  const std::size_t equals = argument.find('=');
  if (equals == std::string_view::npos) {
    error = quoted + ": expected ID=W, e.g. pay=40";
    return false;
  }
  const std::string_view id = argument.substr(0, equals);
  const std::string_view number = argument.substr(equals + 1);
  if (!is_identifier(id)) {
    error = quoted + ": '" + std::string(id) + "' is not a criterion id";
    return false;
  }
  double weight = 0;
  const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), weight);
  if (number.empty() || ec != std::errc() || end != number.data() + number.size() || !std::isfinite(weight)) {
    error = quoted + ": '" + std::string(number) + "' is not a number";
    return false;
  }
  if (weight < kMinWeight || weight > kMaxWeight) {
    error = quoted + ": the weight must be between 0 and 100";
    return false;
  }
  out.id = std::string(id);
  out.weight = weight;
  return true;
}

bool parse_weight_arguments(const std::vector<std::string>& arguments, std::vector<WeightOverride>& out,
                            std::string& error) {
  out.clear();
  for (const auto& argument : arguments) {
    WeightOverride weight;
    if (!parse_weight_argument(argument, weight, error)) return false;
    for (const auto& earlier : out) {
      if (earlier.id == weight.id) {
        error = "--weight '" + argument + "': criterion '" + weight.id + "' is given twice";
        return false;
      }
    }
    out.push_back(std::move(weight));
  }
  return true;
}

}  // namespace rubric::cli
