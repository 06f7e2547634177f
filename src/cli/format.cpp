// Format names and dispatch; the renderers live in format_*.cpp.
#include "cli/format.hpp"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "rubric/result_json.hpp"

namespace rubric::cli {
namespace {

constexpr Format kAllFormats[] = {Format::text, Format::json, Format::jsonl, Format::csv, Format::md};

// The order keys print in: as LANGUAGE.md section 7 shows them (nlohmann::json itself sorts keys).
// Keys not listed follow in alphabetical order.
constexpr std::string_view kKeyOrder[] = {
    "rubric", "scale", "weight_note", "offers", "decision", "id", "source", "company", "role", "rank", "total",
    "weighted", "vetoed", "criteria", "flags", "confirm", "asks", "errors", "label", "weight", "severity", "score",
    "contribution", "raw_score", "clamped", "penalty", "cap", "veto", "confirmed", "range", "cite", "because",
    "recommended", "margin", "close_call", "runner_up", "tie", "tied", "all_vetoed", "summary"};

/// Returns where `key` goes among an object's keys.
std::size_t key_rank(std::string_view key) {
  for (std::size_t i = 0; i < std::size(kKeyOrder); ++i) {
    if (kKeyOrder[i] == key) return i;
  }
  return std::size(kKeyOrder);
}

/// Copies `value` with every object's keys in kKeyOrder (the result shape is a few levels deep).
nlohmann::ordered_json in_documented_order(const nlohmann::json& value) {
  if (value.is_object()) {
    std::vector<std::pair<std::size_t, std::string>> keys;
    for (const auto& item : value.items()) keys.emplace_back(key_rank(item.key()), item.key());
    std::sort(keys.begin(), keys.end());
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const auto& key : keys) out[key.second] = in_documented_order(value.at(key.second));
    return out;
  }
  if (value.is_array()) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& element : value) out.push_back(in_documented_order(element));
    return out;
  }
  if (value.is_number_integer()) return value.get<std::int64_t>();
  if (value.is_number_unsigned()) return value.get<std::uint64_t>();
  if (value.is_number_float()) return value.get<double>();
  if (value.is_string()) return value.get<std::string>();
  if (value.is_boolean()) return value.get<bool>();
  return nullptr;
}

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
  const nlohmann::ordered_json doc = in_documented_order(run_to_json(run));
  return doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
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
