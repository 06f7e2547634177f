// One diagnostic format for every stage: file:line:col: error: message.
#pragma once

#include <string>
#include <vector>

#include <rubric/source.hpp>

namespace rubric {

/// How bad a diagnostic is; only errors stop compilation.
enum class DiagnosticLevel { error, warning, note };

/// Names a diagnostic level as printed ("error", "warning", "note").
std::string_view to_string(DiagnosticLevel level);

/// A message tied to a position in a rubric file.
struct Diagnostic {
  DiagnosticLevel level = DiagnosticLevel::error;
  SourceRange range;
  std::string message;
  /// Extra lines printed after the caret (e.g. "did you mean ...", a weight table).
  std::vector<std::string> notes;
};

using Diagnostics = std::vector<Diagnostic>;

/// Returns true when any diagnostic is an error.
bool has_errors(const Diagnostics& diagnostics);

/// Formats one diagnostic as `file:line:col: level: message`, the source line, a caret, then notes.
std::string format_diagnostic(const SourceFile& file, const Diagnostic& diagnostic, bool color = false);

/// Formats every diagnostic in order, each followed by a newline.
std::string format_diagnostics(const SourceFile& file, const Diagnostics& diagnostics, bool color = false);

}  // namespace rubric
