// Stable codes for diagnostics ("unknown-name", "weights-not-100"), so editors, CI annotations and the
// language server can tell kinds of problems apart without reading messages. docs/diagnostics.md lists them.
#pragma once

#include <string_view>
#include <vector>

namespace rubric {

/// One kind of diagnostic: its code, the message pattern (`*` matches any text) and what it means.
struct DiagnosticCode {
  std::string_view code;
  std::string_view pattern;
  std::string_view meaning;
};

/// The code of a diagnostic whose message no entry of the catalogue matches (a test keeps this from happening).
inline constexpr std::string_view kUncataloguedCode = "uncatalogued";

/// Returns every code with its pattern, in catalogue order (first match wins).
const std::vector<DiagnosticCode>& diagnostic_codes();

/// Returns the code of a rubric diagnostic (from its message, which the engine writes), or kUncataloguedCode.
std::string_view diagnostic_code(std::string_view message);

}  // namespace rubric
