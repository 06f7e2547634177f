// The JSON object a draft template receives. Every value is a string, a bool, a
// list or an object (Mustache has no numbers), already rendered and already made
// single-line, so a template cannot print a raw double or smuggle a line break.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include <rubric/draft.hpp>
#include <rubric/render.hpp>
#include "rubric/draft/draft_phrasing.hpp"
#include "rubric/draft/draft_targets.hpp"

namespace rubric {

namespace {

using nlohmann::json;
using namespace draft_detail;

// Separates an ask's or flag's reasons when they are joined into one sentence.
constexpr std::string_view kReasonSeparator = "; ";

// Separates the two ends of a range: an en dash between spaces, as typeset ranges read.
constexpr std::string_view kRangeDash = " \xE2\x80\x93 ";

// Joins sanitized reasons.
std::string join_reasons(const std::vector<std::string>& reasons) {
  std::string out;
  for (const auto& reason : reasons) {
    std::string clean = single_line(reason);
    if (clean.empty()) continue;
    if (!out.empty()) out += kReasonSeparator;
    out += clean;
  }
  return out;
}

// Returns sanitized reasons as a JSON list.
json reason_list(const std::vector<std::string>& reasons) {
  json out = json::array();
  for (const auto& reason : reasons) {
    std::string clean = single_line(reason);
    if (!clean.empty()) out.push_back(clean);
  }
  return out;
}

// Returns true when the achievement carries any of `tags`.
bool cites(const Achievement& achievement, const std::vector<std::string>& tags) {
  return std::any_of(achievement.tags.begin(), achievement.tags.end(),
                     [&](const std::string& tag) { return std::find(tags.begin(), tags.end(), tag) != tags.end(); });
}

json achievement_json(const Achievement& achievement) {
  json tags = json::array();
  for (const auto& tag : achievement.tags) tags.push_back(single_line(tag));
  return json{{"text", single_line(achievement.text)}, {"tags", tags}};
}

// The offer's facts an ask's range rests on, as the offer file states them: defaults are not the offer's, and
// "a sign-on of 0" is not something to quote back to the recruiter.
json facts_of(const AskResult& ask) {
  json out = json::array();
  for (const auto& fact : ask.facts) {
    // A zero reads "zero" in a prose run (rubric draft) and "0" elsewhere; either way nothing was offered.
    if (fact.defaulted || fact.value.empty() || fact.value == "0" || fact.value == "0%" || fact.value == "zero")
      continue;
    out.push_back(json{{"path", fact.path}, {"name", fact_name(fact.path)}, {"value", single_line(fact.value)}});
  }
  return out;
}

// "base of 182,000, bonus of 10% and sign on of 20,000".
std::string facts_text(const json& facts) {
  std::vector<std::string> parts;
  for (const auto& fact : facts)
    parts.push_back(fact["name"].get<std::string>() + " of " + fact["value"].get<std::string>());
  return join_prose(parts);
}

json ask_json(const AskResult& ask, const Profile& profile) {
  json evidence = json::array();
  std::vector<std::string> evidence_items;
  for (const auto& achievement : profile.achievements) {
    if (!cites(achievement, ask.cite)) continue;
    evidence.push_back(achievement_json(achievement));
    evidence_items.push_back(evidence.back()["text"]);
  }
  json cite = json::array();
  for (const auto& tag : ask.cite) cite.push_back(single_line(tag));
  std::string low, high, range;
  if (ask.range) {
    low = render_value(ask.range->first, ask.range_type);
    high = render_value(ask.range->second, ask.range_type);
    range = low + std::string(kRangeDash) + high;
  }
  std::string reason = join_reasons(ask.because);
  json facts = facts_of(ask);
  std::string label = single_line(ask.label);
  return json{{"id", ask.id},
              {"label", label},
              {"phrase", mid_sentence(label)},
              {"has_range", ask.range.has_value()},
              {"range", range},
              {"low", low},
              {"high", high},
              {"because", reason_list(ask.because)},
              {"reason", reason},
              {"has_reason", !reason.empty()},
              {"cite", cite},
              {"evidence", evidence},
              {"has_evidence", !evidence.empty()},
              {"evidence_text", join_prose(evidence_items)},
              {"facts", facts},
              {"has_facts", !facts.empty()},
              {"facts_text", facts_text(facts)}};
}

// Compares labels as a reader would: case and surrounding space do not matter.
bool same_label(const std::string& a, const std::string& b) {
  std::string x = single_line(a), y = single_line(b);
  if (x.size() != y.size()) return false;
  for (std::size_t i = 0; i < x.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(x[i])) != std::tolower(static_cast<unsigned char>(y[i]))) return false;
  return true;
}

// Returns the raised ask that is also an unconfirmed confirm item (same label), or null.
const AskResult* ask_confirming(const OfferResult& offer, const ConfirmResult& item) {
  for (const auto& ask : offer.asks)
    if (!ask.range && same_label(ask.label, item.label)) return &ask;
  return nullptr;
}

// The evidence paragraph: every achievement some raised ask cites, once, in profile order.
json evidence_of(const OfferResult& offer, const Profile& profile) {
  json out = json::array();
  for (const auto& achievement : profile.achievements) {
    bool cited = std::any_of(offer.asks.begin(), offer.asks.end(),
                             [&](const AskResult& ask) { return cites(achievement, ask.cite); });
    if (cited) out.push_back(achievement_json(achievement));
  }
  return out;
}

// The confirm items, confirmed or not; an unconfirmed item that an ask also raises carries that ask's reasons.
json confirms_of(const OfferResult& offer, bool confirmed) {
  json out = json::array();
  for (const auto& item : offer.confirms) {
    if (item.confirmed != confirmed) continue;
    const AskResult* ask = confirmed ? nullptr : ask_confirming(offer, item);
    std::string reason = ask ? join_reasons(ask->because) : std::string();
    out.push_back(
        json{{"id", item.id}, {"label", single_line(item.label)}, {"reason", reason}, {"has_reason", !reason.empty()}});
  }
  return out;
}

// The raised asks; one that only repeats an unconfirmed item is marked `repeats_confirm`, so a template can
// say it once, as the item (which carries the ask's reasons).
json asks_of(const OfferResult& offer, const Profile& profile) {
  json out = json::array();
  for (const auto& ask : offer.asks) {
    bool repeats = std::any_of(offer.confirms.begin(), offer.confirms.end(), [&](const ConfirmResult& item) {
      return !item.confirmed && ask_confirming(offer, item) == &ask;
    });
    out.push_back(ask_json(ask, profile));
    out.back()["repeats_confirm"] = repeats;
  }
  return out;
}

// The raised flags, without their reasons: a `because` is the rubric author's note, never the recipient's.
json flags_of(const OfferResult& offer) {
  json out = json::array();
  for (const auto& flag : offer.flags) {
    out.push_back(
        json{{"id", flag.id}, {"label", single_line(flag.label)}, {"severity", std::string(to_string(flag.severity))}});
  }
  return out;
}

// Names the offer mid-sentence: "the offer for the Staff Engineer role at Northwind Systems".
std::string describe_offer(const std::string& company, const std::string& role) {
  if (!role.empty() && !company.empty()) return fmt::format("the offer for the {} role at {}", role, company);
  if (!company.empty()) return fmt::format("the offer from {}", company);
  if (!role.empty()) return fmt::format("the offer for the {} role", role);
  return "the offer";
}

json offer_json(const OfferResult& offer, const std::string& company, const std::string& role) {
  return json{{"id", single_line(offer.id)},
              {"company", company},
              {"role_title", role},
              {"description", describe_offer(company, role)},
              {"source", single_line(offer.source)},
              {"rank", offer.rank > 0 ? std::to_string(offer.rank) : std::string()},
              {"total", offer.scored ? render_fixed2(offer.total) : std::string()},
              {"vetoed", offer.vetoed}};
}

json recipient_of(const OfferResult& offer) {
  std::string name = single_line(offer.contact_name);
  std::string email = single_line(offer.contact_email);
  if (!is_email_address(email)) email.clear();
  return json{{"name", name}, {"email", email}, {"has_email", !email.empty()}};
}

}  // namespace

json draft_context(const OfferResult& offer, const Profile& profile, const RunResult& run, std::time_t date) {
  std::string company = single_line(offer.company);
  std::string role = single_line(offer.role_title);
  json asks = asks_of(offer, profile);
  json evidence = evidence_of(offer, profile);
  json unconfirmed = confirms_of(offer, false);
  bool has_points = !asks.empty() || !unconfirmed.empty();
  json recipient = recipient_of(offer);
  const StockSentences stock = stock_sentences(offer.ordinal);
  return json{{"date", rfc5322_date(date)},
              {"subject", subject_for(company, role, has_points)},
              {"greeting", greeting_for(recipient["name"].get<std::string>(), single_line(offer.contact_greeting))},
              {"opening", stock.opening},
              {"lead_in", stock.lead_in},
              {"closing", stock.closing},
              {"candidate", json{{"name", single_line(profile.name)}, {"email", single_line(profile.email)}}},
              {"recipient", recipient},
              {"offer", offer_json(offer, company, role)},
              {"rubric", json{{"title", single_line(run.title)}, {"file", single_line(run.rubric_file)}}},
              {"evidence", evidence},
              {"has_evidence", !evidence.empty()},
              {"asks", asks},
              {"has_asks", !asks.empty()},
              {"unconfirmed", unconfirmed},
              {"has_unconfirmed", !unconfirmed.empty()},
              {"confirmed", confirms_of(offer, true)},
              {"flags", flags_of(offer)},
              {"to_first", draft_targets(offer)},
              {"has_to_first", !offer.to_first.empty()},
              {"short", !has_points}};
}

}  // namespace rubric
