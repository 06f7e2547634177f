// The JSON shape of results (docs/cli.md, "json"). Two writers produce it:
// offer_to_json/run_to_json build nlohmann values for the pretty document and
// for embedders; append_offer_jsonl writes the same per-offer object by hand,
// because --format jsonl must keep up with the evaluator (~650K offers/s).
// Both write integral numbers as integers and everything else as the shortest
// text that reads back to the same double, so a parsed jsonl line equals
// offer_to_json of the same offer (minus "rank").
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>

#include <rubric/result_json.hpp>
#include "rubric/base/json_number.hpp"
#include "rubric/base/json_writer.hpp"

namespace rubric {
namespace {

/// Converts a double to JSON: integral values as integers, NaN and infinities as null.
nlohmann::json number_json(double value) {
  if (!std::isfinite(value)) return nullptr;
  if (is_exact_integer(value)) return static_cast<std::int64_t>(value);
  return value;
}

nlohmann::json strings_json(const std::vector<std::string>& items) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& item : items) out.push_back(item);
  return out;
}

nlohmann::json criterion_json(const CriterionResult& c) {
  nlohmann::json out = {{"id", c.id},
                        {"label", c.label},
                        {"weight", number_json(c.weight)},
                        {"score", number_json(c.score)},
                        {"contribution", number_json(c.contribution)},
                        {"because", strings_json(c.because)}};
  if (c.clamped) {
    out["raw_score"] = number_json(c.raw_score);
    out["clamped"] = true;
  }
  return out;
}

nlohmann::json flag_json(const FlagResult& f) {
  nlohmann::json out = {{"id", f.id},
                        {"label", f.label},
                        {"severity", std::string(to_string(f.severity))},
                        {"penalty", number_json(f.penalty)},
                        {"because", strings_json(f.because)}};
  if (f.cap) out["cap"] = number_json(*f.cap);
  if (f.veto) out["veto"] = true;
  return out;
}

nlohmann::json ask_json(const AskResult& a) {
  nlohmann::json out = {{"id", a.id}, {"label", a.label}, {"range", nullptr}, {"because", strings_json(a.because)}};
  if (a.range) out["range"] = nlohmann::json::array({number_json(a.range->first), number_json(a.range->second)});
  if (!a.cite.empty()) out["cite"] = strings_json(a.cite);
  return out;
}

nlohmann::json decision_json(const Decision& d) {
  nlohmann::json out;
  out["recommended"] = d.recommended ? nlohmann::json(*d.recommended) : nlohmann::json(nullptr);
  out["margin"] = d.margin ? number_json(*d.margin) : nlohmann::json(nullptr);
  out["close_call"] = d.close_call;
  out["runner_up"] = d.runner_up ? nlohmann::json(*d.runner_up) : nlohmann::json(nullptr);
  out["tie"] = d.tie;
  out["tied"] = strings_json(d.tied);
  out["all_vetoed"] = d.all_vetoed;
  out["summary"] = d.summary;
  return out;
}

// ---- the hand-written jsonl writer ----
// It reserves a worst-case size for the whole line first and then writes through a raw pointer:
// appending piece by piece to std::string costs a capacity check and a call per piece, which was
// most of the time spent.

constexpr std::size_t kMaxNumberBytes = kMaxJsonNumberBytes;
// Generous room for the keys and punctuation of one object (the longest, a criterion, needs ~100).
constexpr std::size_t kObjectOverhead = 256;

std::size_t string_bound(std::string_view s) { return json_string_bound(s); }

std::size_t strings_bound(const std::vector<std::string>& items) {
  std::size_t n = 2;
  for (const auto& item : items) n += string_bound(item) + 1;
  return n;
}

/// Returns an upper bound of the bytes append_offer_jsonl writes for `offer`.
std::size_t offer_bound(const OfferResult& offer) {
  std::size_t n = kObjectOverhead + string_bound(offer.id) + string_bound(offer.source) + string_bound(offer.company) +
                  string_bound(offer.role_title) + 2 * kMaxNumberBytes;
  for (const auto& c : offer.criteria) {
    n += kObjectOverhead + string_bound(c.id) + string_bound(c.label) + 4 * kMaxNumberBytes + strings_bound(c.because);
  }
  for (const auto& f : offer.flags) {
    n += kObjectOverhead + string_bound(f.id) + string_bound(f.label) + 2 * kMaxNumberBytes + strings_bound(f.because);
  }
  for (const auto& c : offer.confirms) n += kObjectOverhead + string_bound(c.id) + string_bound(c.label);
  for (const auto& a : offer.asks) {
    n += kObjectOverhead + string_bound(a.id) + string_bound(a.label) + 2 * kMaxNumberBytes + strings_bound(a.cite) +
         strings_bound(a.because);
  }
  for (const auto& e : offer.errors) n += string_bound(e.message) + 1;
  for (const auto& e : offer.warnings) n += string_bound(e.message) + 1;
  n += kObjectOverhead;  // the "warnings" key
  return n;
}

void write_criterion(JsonWriter& w, const CriterionResult& c) {
  w.raw("{\"id\":");
  w.string(c.id);
  w.raw(",\"label\":");
  w.string(c.label);
  w.raw(",\"weight\":");
  w.number(c.weight);
  w.raw(",\"score\":");
  w.number(c.score);
  w.raw(",\"contribution\":");
  w.number(c.contribution);
  if (c.clamped) {
    w.raw(",\"raw_score\":");
    w.number(c.raw_score);
    w.raw(",\"clamped\":true");
  }
  w.raw(",\"because\":");
  w.strings(c.because);
  w.ch('}');
}

void write_flag(JsonWriter& w, const FlagResult& f) {
  w.raw("{\"id\":");
  w.string(f.id);
  w.raw(",\"label\":");
  w.string(f.label);
  w.raw(",\"severity\":");
  w.string(to_string(f.severity));
  w.raw(",\"penalty\":");
  w.number(f.penalty);
  if (f.cap) {
    w.raw(",\"cap\":");
    w.number(*f.cap);
  }
  if (f.veto) w.raw(",\"veto\":true");
  w.raw(",\"because\":");
  w.strings(f.because);
  w.ch('}');
}

void write_confirm(JsonWriter& w, const ConfirmResult& c) {
  w.raw("{\"id\":");
  w.string(c.id);
  w.raw(",\"label\":");
  w.string(c.label);
  w.raw(",\"confirmed\":");
  w.boolean(c.confirmed);
  w.ch('}');
}

void write_ask(JsonWriter& w, const AskResult& a) {
  w.raw("{\"id\":");
  w.string(a.id);
  w.raw(",\"label\":");
  w.string(a.label);
  w.raw(",\"range\":");
  if (a.range) {
    w.ch('[');
    w.number(a.range->first);
    w.ch(',');
    w.number(a.range->second);
    w.ch(']');
  } else {
    w.raw("null");
  }
  if (!a.cite.empty()) {
    w.raw(",\"cite\":");
    w.strings(a.cite);
  }
  w.raw(",\"because\":");
  w.strings(a.because);
  w.ch('}');
}

void write_error(JsonWriter& w, const OfferError& e) { w.string(e.message); }

/// Writes `,"key":[...]` with one element per item.
template<typename Item>
void write_list(JsonWriter& w, std::string_view key, const std::vector<Item>& items,
                void (*write_item)(JsonWriter&, const Item&)) {
  w.raw(key);
  w.ch('[');
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i != 0) w.ch(',');
    write_item(w, items[i]);
  }
  w.ch(']');
}

/// Writes the id, source, labels and totals of an offer (the start of its object).
void write_offer_head(JsonWriter& w, const OfferResult& offer) {
  w.raw("{\"id\":");
  w.string(offer.id);
  w.raw(",\"source\":");
  w.string(offer.source);
  if (!offer.company.empty()) {
    w.raw(",\"company\":");
    w.string(offer.company);
  }
  if (!offer.role_title.empty()) {
    w.raw(",\"role\":");
    w.string(offer.role_title);
  }
  w.raw(",\"total\":");
  if (offer.scored) w.number(offer.total);
  else w.raw("null");
  w.raw(",\"weighted\":");
  if (offer.scored) w.number(offer.weighted);
  else w.raw("null");
  w.raw(",\"vetoed\":");
  w.boolean(offer.vetoed);
}

}  // namespace

nlohmann::json offer_to_json(const OfferResult& offer) {
  nlohmann::json out;
  out["id"] = offer.id;
  out["source"] = offer.source;
  if (!offer.company.empty()) out["company"] = offer.company;
  if (!offer.role_title.empty()) out["role"] = offer.role_title;
  out["rank"] = offer.scored && offer.rank > 0 ? nlohmann::json(offer.rank) : nlohmann::json(nullptr);
  out["total"] = offer.scored ? number_json(offer.total) : nlohmann::json(nullptr);
  out["weighted"] = offer.scored ? number_json(offer.weighted) : nlohmann::json(nullptr);
  out["vetoed"] = offer.vetoed;
  out["criteria"] = nlohmann::json::array();
  for (const auto& c : offer.criteria) out["criteria"].push_back(criterion_json(c));
  out["flags"] = nlohmann::json::array();
  for (const auto& f : offer.flags) out["flags"].push_back(flag_json(f));
  out["confirm"] = nlohmann::json::array();
  for (const auto& c : offer.confirms) {
    out["confirm"].push_back({{"id", c.id}, {"label", c.label}, {"confirmed", c.confirmed}});
  }
  out["asks"] = nlohmann::json::array();
  for (const auto& a : offer.asks) out["asks"].push_back(ask_json(a));
  out["errors"] = nlohmann::json::array();
  for (const auto& e : offer.errors) out["errors"].push_back(e.message);
  if (!offer.to_first.empty()) out["to_first"] = targets_to_json(offer.to_first);
  // Only when there are some: a clean offer's JSON stays as it was.
  for (const auto& w : offer.warnings) out["warnings"].push_back(w.message);
  return out;
}

nlohmann::json run_to_json(const RunResult& run) {
  nlohmann::json out;
  out["rubric"] = run.title;
  out["scale"] = nlohmann::json::array({number_json(run.scale_low), number_json(run.scale_high)});
  if (!run.weight_note.empty()) out["weight_note"] = run.weight_note;
  out["offers"] = nlohmann::json::array();
  for (const auto& offer : run.offers) out["offers"].push_back(offer_to_json(offer));
  out["decision"] = decision_json(run.decision);
  if (run.robustness) out["robustness"] = robustness_to_json(*run.robustness);
  return out;
}

void append_offer_jsonl(std::string& out, const OfferResult& offer) {
  // Lines are written into this thread's scratch buffer (sized for the worst case, never zero-filled),
  // then copied once: std::string::resize would clear the whole worst-case size on every offer.
  thread_local std::unique_ptr<char[]> scratch;
  thread_local std::size_t scratch_size = 0;
  const std::size_t bound = offer_bound(offer);
  if (bound > scratch_size) {
    scratch_size = std::max(bound, 2 * scratch_size);
    scratch.reset(new char[scratch_size]);
  }
  JsonWriter w(scratch.get());
  write_offer_head(w, offer);
  write_list(w, ",\"criteria\":", offer.criteria, write_criterion);
  write_list(w, ",\"flags\":", offer.flags, write_flag);
  write_list(w, ",\"confirm\":", offer.confirms, write_confirm);
  write_list(w, ",\"asks\":", offer.asks, write_ask);
  write_list(w, ",\"errors\":", offer.errors, write_error);
  if (!offer.warnings.empty()) write_list(w, ",\"warnings\":", offer.warnings, write_error);
  w.raw("}\n");
  out.append(scratch.get(), static_cast<std::size_t>(w.position() - scratch.get()));
}

}  // namespace rubric
