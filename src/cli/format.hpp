// The output formats of `rubric eval`: each renders a whole RunResult to one string
// (jsonl is streamed offer by offer through append_offer_jsonl instead).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rubric/result.hpp"

namespace rubric::cli {

/// An output format of `rubric eval --format`.
enum class Format { text, json, jsonl, csv, md };

/// Spells a format as the command line does ("text", "json", ...).
std::string_view to_string(Format format);

/// Parses a --format value; empty when it names no format.
std::optional<Format> parse_format(std::string_view name);

/// Lists every format name, for help texts and validators.
std::vector<std::string> format_names();

/// What the renderers need beyond the run itself.
struct FormatContext {
  bool color = false;                     // ANSI styles (text only)
  std::vector<std::string> input_errors;  // problems with INPUT arguments, listed in the notes
};

/// Renders the terminal table, the decision and per-offer notes.
std::string format_text(const RunResult& run, const FormatContext& context);

/// Renders the LANGUAGE.md section 7 document, pretty-printed with a 2-space indent.
std::string format_json(const RunResult& run);

/// Renders an RFC 4180 table with a header row, one record per offer in rank order.
std::string format_csv(const RunResult& run);

/// Renders a GitHub Markdown table, the decision and per-offer notes.
std::string format_md(const RunResult& run, const FormatContext& context);

/// Renders `run` in `format`; jsonl gives one line per offer (the non-streaming form).
std::string format_run(Format format, const RunResult& run, const FormatContext& context);

}  // namespace rubric::cli
