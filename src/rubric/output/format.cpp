// Format names and dispatch; the renderers live in format_*.cpp.
#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <utility>

#include <rubric/output.hpp>
#include <rubric/result_json.hpp>

namespace rubric {
namespace {

constexpr Format kAllFormats[] = {Format::text, Format::json, Format::jsonl, Format::csv, Format::md};

// The order keys print in: as docs/cli.md ("json") shows them (nlohmann::json itself sorts keys).
// Keys not listed follow in alphabetical order.
constexpr std::string_view kKeyOrder[] = {
    "rubric",      "scale",   "weight_note", "offers",    "decision",  "id",       "source",       "company",
    "role",        "rank",    "total",       "weighted",  "vetoed",    "criteria", "flags",        "confirm",
    "asks",        "errors",  "label",       "weight",    "severity",  "score",    "contribution", "raw_score",
    "clamped",     "penalty", "cap",         "veto",      "confirmed", "range",    "cite",         "because",
    "recommended", "margin",  "close_call",  "runner_up", "tie",       "tied",     "all_vetoed",   "summary"};

/// Returns where `key` goes among an object's keys.
std::size_t key_rank(std::string_view key) {
  // Every key of every object of every offer is ranked: a table, not a search through kKeyOrder.
  static const auto ranks = [] {
    std::unordered_map<std::string_view, std::size_t> table;
    for (std::size_t i = 0; i < std::size(kKeyOrder); ++i) table.emplace(kKeyOrder[i], i);
    return table;
  }();
  const auto found = ranks.find(key);
  return found == ranks.end() ? std::size(kKeyOrder) : found->second;
}

/// Moves `value` into an ordered_json with every object's keys in kKeyOrder (the result shape is a few levels
/// deep); strings and subtrees are moved, not copied.
nlohmann::ordered_json in_documented_order(nlohmann::json&& value) {
  if (value.is_object()) {
    auto& members = value.get_ref<nlohmann::json::object_t&>();
    std::vector<std::pair<std::size_t, nlohmann::json::object_t::value_type*>> keys;
    keys.reserve(members.size());
    for (auto& member : members) keys.emplace_back(key_rank(member.first), &member);
    // The map's keys are unique, so ordering by rank and then key is a total order.
    std::sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first < b.first : a.second->first < b.second->first;
    });
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    // The keys are unique already: appended to the ordered map's vector, without its search for a duplicate.
    auto& ordered = static_cast<nlohmann::ordered_json::object_t::Container&>(
        out.get_ref<nlohmann::ordered_json::object_t&>());
    ordered.reserve(keys.size());
    for (const auto& key : keys)
      ordered.emplace_back(key.second->first, in_documented_order(std::move(key.second->second)));
    return out;
  }
  if (value.is_array()) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    auto& elements = out.get_ref<nlohmann::ordered_json::array_t&>();
    elements.reserve(value.size());
    for (auto& element : value) elements.push_back(in_documented_order(std::move(element)));
    return out;
  }
  if (value.is_number_integer()) return value.get<std::int64_t>();
  if (value.is_number_unsigned()) return value.get<std::uint64_t>();
  if (value.is_number_float()) return value.get<double>();
  if (value.is_string()) return std::move(value.get_ref<std::string&>());
  if (value.is_boolean()) return value.get<bool>();
  return nullptr;
}

// Where the offers go in the document dumped without them (keys of the top object are indented by 2).
constexpr std::string_view kEmptyOffers = "\n  \"offers\": []";
// The indent of an offer object's lines inside the document: two levels of 2 spaces.
constexpr std::string_view kOfferIndent = "    ";

/// Dumps JSON with a 2-space indent, replacing invalid UTF-8 rather than throwing (file names need not be UTF-8).
std::string dump_pretty(const nlohmann::ordered_json& value) {
  return value.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

/// Copies everything of `run` but its offers.
RunResult without_offers(const RunResult& run) {
  RunResult head;
  head.title = run.title;
  head.rubric_file = run.rubric_file;
  head.scale_low = run.scale_low;
  head.scale_high = run.scale_high;
  head.criteria = run.criteria;
  head.weight_note = run.weight_note;
  head.decision = run.decision;
  head.robustness = run.robustness;
  return head;
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

const OfferResult& RankedOffers::at(std::size_t i) const {
  if (ranked_ == nullptr) return run_->offers[i];
  ranked_->load(i, scratch_);
  return scratch_;
}

std::string format_json(const RunResult& run) {
  std::string out;
  format_json(run, RankedOffers(run), out);
  return out;
}

void format_json(const RunResult& run, const RankedOffers& offers, std::string& out,
                 const std::function<void()>& wrote) {
  // The document is dumped without offers, then each offer object is dumped alone and spliced in,
  // indented as nlohmann indents an array element two levels deep: the same bytes as dumping the
  // whole document, without ever holding every offer as JSON values.
  const std::string head = dump_pretty(in_documented_order(run_to_json(without_offers(run))));
  const std::size_t at = head.find(kEmptyOffers);
  out.append(head, 0, at + kEmptyOffers.size() - 1);  // up to and including the '['
  for (std::size_t i = 0; i < offers.size(); ++i) {
    out += i == 0 ? "\n" : ",\n";
    out += kOfferIndent;
    const std::string offer = dump_pretty(in_documented_order(offer_to_json(offers.at(i))));
    std::size_t from = 0;
    for (std::size_t newline; (newline = offer.find('\n', from)) != std::string::npos; from = newline + 1) {
      out.append(offer, from, newline + 1 - from);
      out += kOfferIndent;
    }
    out.append(offer, from, std::string::npos);
    if (wrote) wrote();
  }
  if (offers.size() != 0) out += "\n  ";
  out.append(head, at + kEmptyOffers.size() - 1, std::string::npos);
  out += "\n";
}

std::string format_run(Format format, const RunResult& run, const FormatContext& context) {
  std::string out;
  format_run(format, run, RankedOffers(run), context, out);
  return out;
}

void format_run(Format format, const RunResult& run, const RankedOffers& offers, const FormatContext& context,
                std::string& out) {
  switch (format) {
    case Format::text: format_text(run, offers, context, out); return;
    case Format::json: format_json(run, offers, out, context.wrote); return;
    case Format::csv: format_csv(run, offers, out, context.wrote); return;
    case Format::md: format_md(run, offers, context, out); return;
    case Format::jsonl: break;
  }
  for (std::size_t i = 0; i < offers.size(); ++i) {
    append_offer_jsonl(out, offers.at(i));
    if (context.wrote) context.wrote();
  }
}

}  // namespace rubric
