// Formatting a rubric in the canonical layout (docs/style.md): `rubric fmt`, `rubric weigh` and the
// language server share it. Only blanks, blank lines and indentation change; the tokens, the line breaks,
// and every comment stay, so the formatted rubric means exactly what the input meant.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <rubric/diagnostic.hpp>
#include <rubric/source.hpp>

namespace rubric {

/// The formatted text, or the diagnostics that explain why the file was left as it was.
struct FormatResult {
  std::optional<std::string> text;  // the whole file in the canonical layout; absent when it does not parse
  Diagnostics diagnostics;          // the parse error (or a formatter fault), pointing into the input
};

/// Formats a rubric file; a file that does not parse yields its parse diagnostic and no text.
FormatResult format_rubric(const SourceFilePtr& source);

/// Formats rubric text named `name` (used in diagnostics); same result as format_rubric().
FormatResult format_rubric_text(std::string name, std::string text);

}  // namespace rubric

namespace rubric {

/// Returns a unified diff (3 lines of context) from `before` to `after`; empty when they are equal.
std::string unified_diff(std::string_view before, std::string_view after, std::string_view before_label,
                         std::string_view after_label);

}  // namespace rubric
