// Parsing `rubric weigh` answers. A judgment names the criterion that matters more and by how much on
// Saaty's 1-9 scale; the matrix holds it and its reciprocal.
#include "cli/weigh_answers.hpp"

#include <fmt/format.h>

#include <charconv>
#include <sstream>

namespace rubric::cli {
namespace {

std::vector<std::string> words(std::string_view line) {
  std::istringstream in{std::string(line)};
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

/// Parses an intensity on Saaty's scale; returns nothing (with `error`) outside 1..9.
std::optional<double> intensity(const std::string& text, std::string& error) {
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !(value >= kMinIntensity && value <= kMaxIntensity)) {
    error = fmt::format("'{}' is not an intensity from 1 (equal) to 9 (extremely more)", text);
    return std::nullopt;
  }
  return value;
}

std::optional<std::size_t> index_of(const std::string& id, const std::vector<std::string>& ids, std::string& error) {
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (ids[i] == id) return i;
  }
  error = fmt::format("no criterion '{}' (criteria: {})", id, fmt::join(ids, ", "));
  return std::nullopt;
}

/// Parses one answers-file line into (i, j, a[i][j]); returns false with `error` set.
bool parse_line(const std::vector<std::string>& w, const std::vector<std::string>& ids, std::size_t& i, std::size_t& j,
                double& value, std::string& error) {
  const bool equal = w.size() == 3 && w[1] == "=";
  if (!equal && !(w.size() == 4 && (w[1] == ">" || w[1] == "<"))) {
    error = "expected 'A > B N', 'A < B N' or 'A = B'";
    return false;
  }
  const auto a = index_of(w[0], ids, error);
  const auto b = a ? index_of(w[2], ids, error) : std::nullopt;
  if (!b) return false;
  if (*a == *b) {
    error = fmt::format("'{}' is compared with itself", w[0]);
    return false;
  }
  i = *a, j = *b, value = 1;
  if (equal) return true;
  const auto n = intensity(w[3], error);
  if (!n) return false;
  value = w[1] == ">" ? *n : 1 / *n;
  return true;
}

}  // namespace

std::optional<double> parse_prompt_answer(std::string_view answer, std::string_view a, std::string_view b,
                                          std::string& error) {
  const auto w = words(answer);
  if (w.size() == 1 && (w[0] == "=" || w[0] == "1")) return 1.0;
  if (w.size() != 2 || (w[0] != a && w[0] != b)) {
    error = fmt::format("answer '{} N' or '{} N' (N from 1 to 9), or '=' when they matter equally", a, b);
    return std::nullopt;
  }
  const auto n = intensity(w[1], error);
  if (!n) return std::nullopt;
  return w[0] == a ? *n : 1 / *n;
}

std::optional<Judgments> parse_answers_file(std::string_view text, const std::vector<std::string>& ids,
                                            std::vector<std::string>& errors) {
  const std::size_t n = ids.size();
  Judgments matrix(n, std::vector<double>(n, 1.0));
  std::vector<std::vector<int>> line_of(n, std::vector<int>(n, 0));
  std::istringstream in{std::string(text)};
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    const auto w = words(line.substr(0, line.find('#')));
    if (w.empty()) continue;
    std::size_t i = 0, j = 0;
    double value = 1;
    std::string error;
    if (!parse_line(w, ids, i, j, value, error)) {
      errors.push_back(fmt::format("answers:{}: {}", number, error));
    } else if (line_of[i][j] != 0) {
      errors.push_back(
          fmt::format("answers:{}: {} and {} were already compared at line {}", number, ids[i], ids[j], line_of[i][j]));
    } else {
      matrix[i][j] = value, matrix[j][i] = 1 / value;
      line_of[i][j] = line_of[j][i] = number;
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) {
      if (line_of[i][j] == 0) errors.push_back(fmt::format("answers: no answer comparing {} and {}", ids[i], ids[j]));
    }
  }
  if (!errors.empty()) return std::nullopt;
  return matrix;
}

}  // namespace rubric::cli
