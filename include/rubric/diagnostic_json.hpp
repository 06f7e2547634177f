// Diagnostics as JSON, for editors and CI (`--diagnostics json`, `rubric check --format json`): one object per
// problem, {file, line, column, end_line, end_column, severity, code, message, notes, suggestions}.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <string_view>

#include <rubric/diagnostic.hpp>
#include <rubric/source.hpp>

namespace rubric {

/// Returns one rubric diagnostic as JSON; "did you mean 'x'?" notes become suggestions replacing the range.
nlohmann::ordered_json diagnostic_to_json(const SourceFile& file, const Diagnostic& diagnostic);

/// Returns a problem outside the rubric text (a file, an offer, the command line) as JSON; a `line` of 0
/// leaves line and columns null.
nlohmann::ordered_json problem_to_json(const std::string& file, std::size_t line, std::string_view severity,
                                       std::string_view code, const std::string& message);

}  // namespace rubric
