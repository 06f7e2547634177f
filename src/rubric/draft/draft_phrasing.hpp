// How a draft words what it says: the greeting, the subject, the sentences that vary between offers,
// and the offer's facts in prose (docs/drafts.md, "What a draft says").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <rubric/result.hpp>

namespace rubric::draft_detail {

/// Subjects longer than this are shortened: RFC 5322 recommends 78 characters a line, and mail
/// clients cut longer subjects in their message lists.
inline constexpr std::size_t kMaxSubjectChars = 78;

/// Returns the salutation: the offer's `contact.greeting`, else "Hello" and the contact's first name, else "Hello,".
std::string greeting_for(std::string_view contact_name, std::string_view contact_greeting);

/// Returns the subject, at most kMaxSubjectChars characters: what the offer is, then what the email is for.
std::string subject_for(const std::string& company, const std::string& role, bool has_points);

/// The sentences every draft needs in some form; `variant` (the offer's place in the run) picks a wording,
/// so drafts sent to several companies do not repeat one stock sentence.
struct StockSentences {
  std::string opening;  // after "Thank you for the offer ..."
  std::string lead_in;  // before the asks
  std::string closing;  // before the signature
};

/// Returns the wording for the offer at `variant` in the run's input order.
StockSentences stock_sentences(std::size_t variant);

/// Names a fact in prose from its path: "comp.bonus_pct" -> "bonus", "oncall.rotation_size" -> "rotation size".
std::string fact_name(std::string_view path);

/// Joins items as prose: "a", "a and b", "a, b and c".
std::string join_prose(const std::vector<std::string>& items);

/// Drops a period that follows another sentence end: "Driftwood Health, Inc.." -> "Driftwood Health, Inc.".
/// An ellipsis ("...") is left alone.
std::string drop_doubled_periods(std::string_view text);

/// Returns a label's first letter in lower case so it reads mid-sentence, unless it starts an acronym.
std::string mid_sentence(std::string label);

}  // namespace rubric::draft_detail
