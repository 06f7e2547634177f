// Format names and dispatch; the renderers live in format_*.cpp.
#include "cli/format.hpp"

#include "rubric/result_json.hpp"

namespace rubric::cli {
namespace {

constexpr Format kAllFormats[] = {Format::text, Format::json, Format::jsonl, Format::csv, Format::md};

}  // namespace

std::string_view to_string(Format format) {
  switch (format) {
    case Format::text: return "text";
    case Format::json: return "json";
    case Format::jsonl: return "jsonl";
    case Format::csv: return "csv";
    case Format::md: return "md";
  }
  return "text";
}

std::optional<Format> parse_format(std::string_view name) {
  for (Format format : kAllFormats) {
    if (to_string(format) == name) return format;
  }
  return std::nullopt;
}

std::vector<std::string> format_names() {
  std::vector<std::string> names;
  for (Format format : kAllFormats) names.emplace_back(to_string(format));
  return names;
}

std::string format_json(const RunResult& run) {
  // Replace rather than throw on invalid UTF-8 (file names need not be UTF-8).
  return run_to_json(run).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string format_run(Format format, const RunResult& run, const FormatContext& context) {
  switch (format) {
    case Format::text: return format_text(run, context);
    case Format::json: return format_json(run);
    case Format::csv: return format_csv(run);
    case Format::md: return format_md(run, context);
    case Format::jsonl: break;
  }
  std::string out;
  for (const auto& offer : run.offers) append_offer_jsonl(out, offer);
  return out;
}

}  // namespace rubric::cli
