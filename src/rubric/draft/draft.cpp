// One offer's draft from its result: the context, the rendered body, the file.
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <string>

#include <rubric/draft.hpp>

namespace rubric {

namespace {

// SOURCE_DATE_EPOCH beyond 9999-12-31 cannot be written as an RFC 5322 year of four digits.
constexpr std::time_t kMaxEpoch = 253402300799;

// Warns about asks whose cite tags match no achievement: the draft then argues without evidence.
void warn_uncited(const OfferResult& offer, const Profile& profile, std::vector<std::string>& warnings) {
  for (const auto& ask : offer.asks) {
    if (ask.cite.empty()) continue;
    bool any = std::any_of(profile.achievements.begin(), profile.achievements.end(), [&](const Achievement& a) {
      return std::any_of(a.tags.begin(), a.tags.end(), [&](const std::string& tag) {
        return std::find(ask.cite.begin(), ask.cite.end(), tag) != ask.cite.end();
      });
    });
    if (!any) {
      std::string tags;
      for (const auto& tag : ask.cite) tags += (tags.empty() ? "'" : ", '") + tag + "'";
      warnings.push_back(
          fmt::format("ask '{}' cites {} but no achievement in the profile has those tags", ask.id, tags));
    }
  }
}

}  // namespace

std::string_view to_string(DraftFormat format) {
  switch (format) {
    case DraftFormat::eml: return "eml";
    case DraftFormat::md: return "md";
    case DraftFormat::txt: return "txt";
  }
  return "eml";
}

std::optional<DraftFormat> parse_draft_format(std::string_view name) {
  for (auto format : {DraftFormat::eml, DraftFormat::md, DraftFormat::txt}) {
    if (name == to_string(format)) return format;
  }
  return std::nullopt;
}

std::time_t draft_date() {
  const char* fixed = std::getenv("SOURCE_DATE_EPOCH");
  if (fixed && *fixed && std::string_view(fixed).find_first_not_of("0123456789") == std::string_view::npos &&
      std::string_view(fixed).size() <= 12) {
    auto value = static_cast<std::time_t>(std::strtoll(fixed, nullptr, 10));
    if (value <= kMaxEpoch) return value;
  }
  return std::time(nullptr);
}

Draft make_draft(const OfferResult& offer, const Profile& profile, const RunResult& run,
                 const DraftTemplate& draft_template, DraftFormat format, std::time_t date) {
  Draft draft;
  draft.file_name = draft_file_stem(offer.id) + "." + std::string(to_string(format));
  nlohmann::json context = draft_context(offer, profile, run, date);
  std::string contact = single_line(offer.contact_email);
  if (!contact.empty() && !is_email_address(contact)) {
    draft.warnings.push_back(
        fmt::format("contact.email '{}' is not a plain email address; the draft has no 'To'", contact));
  }
  warn_uncited(offer, profile, draft.warnings);
  std::string body = render_draft_body(draft_template, context, draft.error);
  if (!draft.error.empty()) return draft;
  draft.content = build_draft_file(context, body, format);
  return draft;
}

}  // namespace rubric
