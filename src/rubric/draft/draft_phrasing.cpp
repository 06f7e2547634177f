#include "rubric/draft/draft_phrasing.hpp"

#include <fmt/format.h>

#include <array>
#include <cctype>

namespace rubric::draft_detail {

namespace {

// An ellipsis stands for cut text in a subject that is too long.
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

// Wordings of the stock sentences; offers take them in turn (docs/drafts.md lists them).
constexpr std::array<std::string_view, 3> kOpenings = {
    "I am excited about the opportunity and grateful for the time everyone has spent with me.",
    "I enjoyed meeting the team, and the role is one I would be glad to take on.",
    "I appreciate the care that went into it and the time the team gave me during the process.",
};
constexpr std::array<std::string_view, 3> kLeadIns = {
    "There are a few points I would like to settle before I accept.",
    "Before I decide, I would like to go over a few points with you.",
    "A few points are still open for me, and I would like to settle them with you.",
};
constexpr std::array<std::string_view, 3> kClosings = {
    "Thank you again. I look forward to hearing from you.",
    "Thanks again for your help with this; I look forward to your reply.",
    "I appreciate your time and your help throughout the process.",
};

// Counts the characters (code points) of UTF-8 text.
std::size_t characters(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

// Cuts UTF-8 text to at most `limit` characters, marking the cut with an ellipsis.
std::string cut_to(std::string_view text, std::size_t limit) {
  if (characters(text) <= limit) return std::string(text);
  std::size_t kept = 0, at = 0;
  while (at < text.size() && kept + 1 < limit) {
    ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
    ++kept;
  }
  std::string out(text.substr(0, at));
  while (!out.empty() && (out.back() == ' ' || out.back() == ',')) out.pop_back();
  return out + std::string(kEllipsis);
}

}  // namespace

std::string greeting_for(std::string_view contact_name, std::string_view contact_greeting) {
  if (!contact_greeting.empty()) {
    std::string greeting(contact_greeting);
    char last = greeting.back();
    return last == ',' || last == ':' || last == '!' ? greeting : greeting + ",";
  }
  std::vector<std::string> words;
  std::string word;
  for (char c : contact_name) {
    if (c == ' ') {
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(word);
  if (words.empty()) return "Hello,";
  // A title ("Dr.", "Ms.") goes with the family name, as one addresses a person who uses it.
  if (words.size() > 1 && words.front().back() == '.') return fmt::format("Hello {} {},", words.front(), words.back());
  return fmt::format("Hello {},", words.front());
}

std::string subject_for(const std::string& company, const std::string& role, bool has_points) {
  const std::string purpose = has_points ? ": a few points before I accept" : ": confirming details and next steps";
  std::string what = "Your offer";
  if (!role.empty() && !company.empty()) {
    what = fmt::format("{} offer at {}", role, company);
  } else if (!company.empty()) {
    what = fmt::format("Offer from {}", company);
  } else if (!role.empty()) {
    what = fmt::format("{} offer", role);
  }
  if (characters(what) + characters(purpose) <= kMaxSubjectChars) return what + purpose;
  // Too long: the company says more than the title to the person reading it, so the title goes first.
  if (!company.empty()) what = "Offer from " + company;
  const std::size_t room = kMaxSubjectChars - characters(purpose);
  return cut_to(what, room) + purpose;
}

StockSentences stock_sentences(std::size_t variant) {
  return StockSentences{std::string(kOpenings[variant % kOpenings.size()]),
                        std::string(kLeadIns[variant % kLeadIns.size()]),
                        std::string(kClosings[variant % kClosings.size()])};
}

std::string fact_name(std::string_view path) {
  std::size_t dot = path.rfind('.');
  std::string name(dot == std::string_view::npos ? path : path.substr(dot + 1));
  for (std::string_view suffix : {"_pct", "_percent"}) {
    if (name.size() > suffix.size() && name.ends_with(suffix)) name.resize(name.size() - suffix.size());
  }
  for (char& c : name) c = c == '_' ? ' ' : c;
  return name;
}

std::string join_prose(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
    out += items[i];
  }
  return out;
}

std::string drop_doubled_periods(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool doubled = text[i] == '.' && i > 0 && (text[i - 1] == '.' || text[i - 1] == '?' || text[i - 1] == '!');
    const bool ellipsis = (i >= 2 && text[i - 2] == '.') || (i + 1 < text.size() && text[i + 1] == '.');
    if (doubled && !ellipsis) continue;
    out += text[i];
  }
  return out;
}

std::string mid_sentence(std::string label) {
  bool acronym = label.size() > 1 && std::isupper(static_cast<unsigned char>(label[1]));
  if (!label.empty() && !acronym) label[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[0])));
  return label;
}

}  // namespace rubric::draft_detail
