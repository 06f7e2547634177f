// The answers of `rubric weigh`: one pairwise judgment per line, typed at the prompt or read from an
// answers file (docs/authoring.md, "Weights from pairwise questions").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rubric::cli {

// The intensities of Saaty's scale: 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more.
constexpr double kMinIntensity = 1;
constexpr double kMaxIntensity = 9;

/// A square matrix of pairwise judgments: at(i, j) says how much more criterion i matters than j.
using Judgments = std::vector<std::vector<double>>;

/// Parses a prompt answer about `a` against `b`: "A N", "B N" or "=" (equal); returns a[a][b].
std::optional<double> parse_prompt_answer(std::string_view answer, std::string_view a, std::string_view b,
                                          std::string& error);

/// Reads an answers file: lines "A > B N", "A < B N" or "A = B", `#` comments; every pair exactly once.
/// Returns the matrix, or nothing with one message per problem in `errors` ("answers:LINE: ...").
std::optional<Judgments> parse_answers_file(std::string_view text, const std::vector<std::string>& ids,
                                            std::vector<std::string>& errors);

}  // namespace rubric::cli
