// The output formats of `rubric eval`: each renders a RunResult, either to one string or
// appended offer by offer to a buffer the caller empties as it grows (FormatContext::wrote),
// so a run of a million offers is never held as text. Rendering only: nothing here writes
// to a terminal or a file.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <rubric/result.hpp>
#include <rubric/result_store.hpp>

namespace rubric {

/// The few text styles the text format and the command line use.
enum class Style { bold, dim, red, yellow, green };

/// Names a style ("bold", "red", ...).
std::string_view to_string(Style style);

/// Wraps `text` in the ANSI escapes for `style` when `color` is true; otherwise returns it unchanged.
std::string paint(std::string_view text, Style style, bool color);

/// An output format of `rubric eval --format`.
enum class Format { text, json, jsonl, csv, md };

/// Spells a format as the command line does ("text", "json", ...).
std::string_view to_string(Format format);

/// Parses a --format value; empty when it names no format.
std::optional<Format> parse_format(std::string_view name);

/// Lists every format name, for help texts and validators.
std::vector<std::string> format_names();

/// The offers of a run in rank order, one at a time: RunResult::offers, or packed RankedResults
/// (decoded on demand, so a long run never holds all its results at once).
class RankedOffers {
 public:
  /// Walks `run.offers`.
  explicit RankedOffers(const RunResult& run) : run_(&run) {}
  /// Walks packed results.
  explicit RankedOffers(const RankedResults& ranked) : ranked_(&ranked) {}
  /// Returns the number of offers.
  std::size_t size() const { return ranked_ != nullptr ? ranked_->size() : run_->offers.size(); }
  /// Returns offer `i` in rank order; valid until the next call.
  const OfferResult& at(std::size_t i) const;

 private:
  const RunResult* run_ = nullptr;
  const RankedResults* ranked_ = nullptr;
  mutable OfferResult scratch_;  // the decoded packed result
};

/// What the renderers need beyond the run itself.
struct FormatContext {
  bool color = false;                    // ANSI styles (text only)
  std::vector<InputError> input_errors;  // problems with INPUT arguments, listed in the notes
  std::function<void()> wrote;           // optional: called after each offer (row or note) a format appends
                                         // to `out`, so the caller can write it out early
};

/// Renders the terminal table, the decision and per-offer notes.
std::string format_text(const RunResult& run, const FormatContext& context);
/// Appends the text format with the offers taken from `offers` to `out` (the table's columns are measured
/// in a first pass over the offers); calls `context.wrote` after each row and each offer's notes.
void format_text(const RunResult& run, const RankedOffers& offers, const FormatContext& context, std::string& out);

/// Renders the `eval --format json` document (docs/cli.md, "json"), pretty-printed with a 2-space indent.
std::string format_json(const RunResult& run);
/// Appends the json format with the offers taken from `offers` (one offer object at a time) to `out`;
/// calls `wrote` (when set) after each offer.
void format_json(const RunResult& run, const RankedOffers& offers, std::string& out,
                 const std::function<void()>& wrote = {});

/// Renders an RFC 4180 table with a header row, one record per offer in rank order.
std::string format_csv(const RunResult& run);
/// Appends the csv format with the offers taken from `offers` to `out`; calls `wrote` (when set) after each offer.
void format_csv(const RunResult& run, const RankedOffers& offers, std::string& out,
                const std::function<void()>& wrote = {});

/// Renders a GitHub Markdown table, the decision and per-offer notes.
std::string format_md(const RunResult& run, const FormatContext& context);
/// Appends the md format with the offers taken from `offers` to `out`; calls `context.wrote` after each row
/// and each offer's notes.
void format_md(const RunResult& run, const RankedOffers& offers, const FormatContext& context, std::string& out);

/// Renders `run` in `format`; jsonl gives one line per offer (the non-streaming form).
std::string format_run(Format format, const RunResult& run, const FormatContext& context);

/// Renders `run` in `format` with its offers taken from `offers` (run.offers is not read), appending to `out`.
void format_run(Format format, const RunResult& run, const RankedOffers& offers, const FormatContext& context,
                std::string& out);

}  // namespace rubric
