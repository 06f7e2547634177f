// The JSON shape of results (LANGUAGE.md section 7). Two writers produce it:
// offer_to_json/run_to_json build nlohmann values for the pretty document and
// for embedders; append_offer_jsonl writes the same per-offer object by hand,
// because --format jsonl must keep up with the evaluator (~650K offers/s).
// Both write integral numbers as integers and everything else as the shortest
// text that reads back to the same double, so a parsed jsonl line equals
// offer_to_json of the same offer (minus "rank").
#include "rubric/result_json.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string_view>

namespace rubric {
namespace {

// Doubles with a magnitude below 2^53 that have no fraction are exact integers; larger ones may
// not print as the same integer everywhere, so they keep the floating-point form.
constexpr double kMaxExactInteger = 9007199254740992.0;

/// Returns true when `value` is best written as an integer (30 rather than 30.0).
bool is_exact_integer(double value) {
  return std::isfinite(value) && std::trunc(value) == value && std::fabs(value) < kMaxExactInteger;
}

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
                        {"severity", std::string(ast::to_string(f.severity))},
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

/// Returns the length of the valid UTF-8 sequence at s[i], or 0 when it is invalid; `bad` gets
/// the length of the maximal invalid prefix to replace (always at least 1).
std::size_t utf8_sequence(std::string_view s, std::size_t i, std::size_t& bad) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // the allowed range of the second byte (Unicode table 3-7)
  if (lead >= 0xC2 && lead <= 0xDF) length = 2;
  else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  }
  bad = 1;
  if (length == 0) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    if (i + k >= s.size()) return 0;
    const unsigned char c = byte(i + k);
    const bool ok = k == 1 ? (c >= low && c <= high) : (c >= 0x80 && c <= 0xBF);
    if (!ok) return 0;
    bad = k + 1;
  }
  return length;
}

/// Returns the table of bytes a JSON string cannot hold as they are: controls, '"', '\\', and
/// every byte >= 0x80 (checked as UTF-8 on the slow path).
constexpr std::array<bool, 256> make_special_bytes() {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) table[c] = c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
  return table;
}
constexpr std::array<bool, 256> kSpecialByte = make_special_bytes();

/// Appends one special byte (or UTF-8 sequence) at s[i]; returns how many bytes it consumed.
std::size_t append_special(std::string& out, std::string_view s, std::size_t i) {
  static constexpr char kHex[] = "0123456789abcdef";
  const auto c = static_cast<unsigned char>(s[i]);
  if (c >= 0x80) {
    std::size_t bad = 1;
    const std::size_t length = utf8_sequence(s, i, bad);
    if (length == 0) {
      out.append("\xEF\xBF\xBD");
      return bad;
    }
    out.append(s.data() + i, length);
    return length;
  }
  switch (c) {
    case '"': out.append("\\\""); break;
    case '\\': out.append("\\\\"); break;
    case '\b': out.append("\\b"); break;
    case '\f': out.append("\\f"); break;
    case '\n': out.append("\\n"); break;
    case '\r': out.append("\\r"); break;
    case '\t': out.append("\\t"); break;
    default: {
      const char escaped[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      out.append(escaped, sizeof escaped);
    }
  }
  return 1;
}

/// Appends `s` as a JSON string: escapes as nlohmann does, replaces invalid UTF-8 with U+FFFD.
void append_string(std::string& out, std::string_view s) {
  out.push_back('"');
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t run = i;  // copy plain printable ASCII in one go
    while (run < s.size() && !kSpecialByte[static_cast<unsigned char>(s[run])]) ++run;
    out.append(s.data() + i, run - i);
    i = run;
    if (i < s.size()) i += append_special(out, s, i);
  }
  out.push_back('"');
}

/// Appends a number exactly as number_json would have it serialised (same value when parsed).
void append_number(std::string& out, double value) {
  char buffer[32];  // the longest shortest-round-trip double ("-2.2250738585072014e-308") has 24 characters
  if (!std::isfinite(value)) {
    out.append("null");
    return;
  }
  const auto result = is_exact_integer(value)
                          ? std::to_chars(buffer, buffer + sizeof buffer, static_cast<std::int64_t>(value))
                          : std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, static_cast<std::size_t>(result.ptr - buffer));
}

/// Appends `"key":` (keys are plain ASCII literals, no escaping needed).
void append_key(std::string& out, std::string_view key) {
  out.push_back('"');
  out.append(key);
  out.append("\":");
}

void append_strings(std::string& out, const std::vector<std::string>& items) {
  out.push_back('[');
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i != 0) out.push_back(',');
    append_string(out, items[i]);
  }
  out.push_back(']');
}

void append_criterion(std::string& out, const CriterionResult& c) {
  out.append("{\"id\":");
  append_string(out, c.id);
  out.append(",\"label\":");
  append_string(out, c.label);
  out.append(",\"weight\":");
  append_number(out, c.weight);
  out.append(",\"score\":");
  append_number(out, c.score);
  out.append(",\"contribution\":");
  append_number(out, c.contribution);
  if (c.clamped) {
    out.append(",\"raw_score\":");
    append_number(out, c.raw_score);
    out.append(",\"clamped\":true");
  }
  out.append(",\"because\":");
  append_strings(out, c.because);
  out.push_back('}');
}

void append_flag(std::string& out, const FlagResult& f) {
  out.append("{\"id\":");
  append_string(out, f.id);
  out.append(",\"label\":");
  append_string(out, f.label);
  out.append(",\"severity\":\"");
  out.append(ast::to_string(f.severity));
  out.append("\",\"penalty\":");
  append_number(out, f.penalty);
  if (f.cap) {
    out.append(",\"cap\":");
    append_number(out, *f.cap);
  }
  if (f.veto) out.append(",\"veto\":true");
  out.append(",\"because\":");
  append_strings(out, f.because);
  out.push_back('}');
}

void append_confirm(std::string& out, const ConfirmResult& c) {
  out.append("{\"id\":");
  append_string(out, c.id);
  out.append(",\"label\":");
  append_string(out, c.label);
  out.append(c.confirmed ? ",\"confirmed\":true}" : ",\"confirmed\":false}");
}

void append_ask(std::string& out, const AskResult& a) {
  out.append("{\"id\":");
  append_string(out, a.id);
  out.append(",\"label\":");
  append_string(out, a.label);
  out.append(",\"range\":");
  if (a.range) {
    out.push_back('[');
    append_number(out, a.range->first);
    out.push_back(',');
    append_number(out, a.range->second);
    out.push_back(']');
  } else {
    out.append("null");
  }
  if (!a.cite.empty()) {
    out.append(",\"cite\":");
    append_strings(out, a.cite);
  }
  out.append(",\"because\":");
  append_strings(out, a.because);
  out.push_back('}');
}

/// Appends `,"key":[...]` with one element per item.
template <typename Item, typename Append>
void append_list(std::string& out, std::string_view key, const std::vector<Item>& items, Append append) {
  out.push_back(',');
  append_key(out, key);
  out.push_back('[');
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i != 0) out.push_back(',');
    append(out, items[i]);
  }
  out.push_back(']');
}

/// Appends the id, source, labels and totals of an offer (the start of its object).
void append_offer_head(std::string& out, const OfferResult& offer) {
  out.append("{\"id\":");
  append_string(out, offer.id);
  out.append(",\"source\":");
  append_string(out, offer.source);
  if (!offer.company.empty()) {
    out.append(",\"company\":");
    append_string(out, offer.company);
  }
  if (!offer.role_title.empty()) {
    out.append(",\"role\":");
    append_string(out, offer.role_title);
  }
  out.append(",\"total\":");
  if (offer.scored) append_number(out, offer.total);
  else out.append("null");
  out.append(",\"weighted\":");
  if (offer.scored) append_number(out, offer.weighted);
  else out.append("null");
  out.append(offer.vetoed ? ",\"vetoed\":true" : ",\"vetoed\":false");
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
  return out;
}

void append_offer_jsonl(std::string& out, const OfferResult& offer) {
  append_offer_head(out, offer);
  append_list(out, "criteria", offer.criteria, append_criterion);
  append_list(out, "flags", offer.flags, append_flag);
  append_list(out, "confirm", offer.confirms, append_confirm);
  append_list(out, "asks", offer.asks, append_ask);
  append_list(out, "errors", offer.errors,
              [](std::string& o, const OfferError& e) { append_string(o, e.message); });
  out.append("}\n");
}

}  // namespace rubric
