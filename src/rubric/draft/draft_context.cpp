// The JSON object a draft template receives. Every value is a string, a bool, a
// list or an object (Mustache has no numbers), already rendered and already made
// single-line, so a template cannot print a raw double or smuggle a line break.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include <rubric/draft.hpp>
#include <rubric/render.hpp>
#include "rubric/draft/draft_targets.hpp"

namespace rubric {

namespace {

using nlohmann::json;

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

// Lower-cases a label's first letter so it reads mid-sentence, unless it starts an acronym ("AWS spend").
std::string mid_sentence(std::string label) {
  bool acronym = label.size() > 1 && std::isupper(static_cast<unsigned char>(label[1]));
  if (!label.empty() && !acronym) label[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[0])));
  return label;
}

// The anchor: the reasons of the highest-weight criterion that gave any (first declared wins a tie).
json anchor_of(const OfferResult& offer) {
  const CriterionResult* best = nullptr;
  for (const auto& criterion : offer.criteria) {
    if (reason_list(criterion.because).empty()) continue;
    if (!best || criterion.weight > best->weight) best = &criterion;
  }
  if (!best) return nullptr;
  std::string label = single_line(best->label);
  return json{{"criterion", best->id},
              {"label", label},
              {"phrase", mid_sentence(label)},
              {"reasons", reason_list(best->because)},
              {"text", join_reasons(best->because)}};
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

json ask_json(const AskResult& ask, const Profile& profile) {
  json evidence = json::array();
  for (const auto& achievement : profile.achievements) {
    if (cites(achievement, ask.cite)) evidence.push_back(achievement_json(achievement));
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
  return json{{"id", ask.id},
              {"label", single_line(ask.label)},
              {"has_range", ask.range.has_value()},
              {"range", range},
              {"low", low},
              {"high", high},
              {"because", reason_list(ask.because)},
              {"reason", reason},
              {"has_reason", !reason.empty()},
              {"cite", cite},
              {"evidence", evidence},
              {"has_evidence", !evidence.empty()}};
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

json confirms_of(const OfferResult& offer, bool confirmed) {
  json out = json::array();
  for (const auto& item : offer.confirms) {
    if (item.confirmed == confirmed) out.push_back(json{{"id", item.id}, {"label", single_line(item.label)}});
  }
  return out;
}

json flags_of(const OfferResult& offer) {
  json out = json::array();
  for (const auto& flag : offer.flags) {
    out.push_back(json{{"id", flag.id},
                       {"label", single_line(flag.label)},
                       {"severity", std::string(to_string(flag.severity))},
                       {"reason", join_reasons(flag.because)}});
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

// The subject line: what the offer is, then what the email is for.
std::string subject_of(const std::string& company, const std::string& role, bool has_points) {
  std::string what = "Your offer";
  if (!role.empty() && !company.empty()) {
    what = fmt::format("{} offer at {}", role, company);
  } else if (!company.empty()) {
    what = fmt::format("Offer from {}", company);
  } else if (!role.empty()) {
    what = fmt::format("{} offer", role);
  }
  return what + (has_points ? ": a few points before I accept" : ": confirming details and next steps");
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
  json asks = json::array();
  for (const auto& ask : offer.asks) asks.push_back(ask_json(ask, profile));
  json evidence = evidence_of(offer, profile);
  json unconfirmed = confirms_of(offer, false);
  bool has_points = !asks.empty() || !unconfirmed.empty();
  json recipient = recipient_of(offer);
  std::string contact = recipient["name"];
  return json{{"date", rfc5322_date(date)},
              {"subject", subject_of(company, role, has_points)},
              {"greeting", contact.empty() ? std::string("Hello,") : fmt::format("Hello {},", contact)},
              {"candidate", json{{"name", single_line(profile.name)}, {"email", single_line(profile.email)}}},
              {"recipient", recipient},
              {"offer", offer_json(offer, company, role)},
              {"rubric", json{{"title", single_line(run.title)}, {"file", single_line(run.rubric_file)}}},
              {"anchor", anchor_of(offer)},
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
