// `rubric draft`: one negotiation email per offer, from the offer's result, the
// candidate profile and a Mustache template (docs/drafts.md documents the context).
// Everything here is deterministic: the same inputs and date give the same bytes.
#pragma once

#include <nlohmann/json.hpp>

#include <ctime>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <rubric/profile.hpp>
#include <rubric/result.hpp>

namespace rubric {

class CompiledRubric;

/// The file format of a draft.
enum class DraftFormat {
  eml,  // an RFC 5322 message with headers, CRLF line ends
  md,   // the body only, LF line ends
  txt,  // the body only, LF line ends
};

/// Spells a draft format as the command line and the file extension do ("eml", "md", "txt").
std::string_view to_string(DraftFormat format);

/// Parses a --format value; empty when it names no draft format.
std::optional<DraftFormat> parse_draft_format(std::string_view name);

/// A Mustache template that parsed, with the name its errors use.
struct DraftTemplate {
  std::string name;  // a path, or "<built-in negotiation.mustache>"
  std::string text;
};

/// A template, or the complete message saying why it cannot be used.
struct TemplateLoad {
  std::optional<DraftTemplate> draft_template;
  std::string error;  // "x.mustache:4:1: error: unclosed section 'asks'" with the line and a caret
};

/// Returns the built-in template (the text of rules/templates/negotiation.mustache, embedded at build time).
DraftTemplate default_draft_template();

/// Checks that `text` parses as a template; `name` is used in error messages.
TemplateLoad make_draft_template(std::string name, std::string text);

/// Reads and checks a template file.
TemplateLoad load_draft_template(const std::string& path);

/// Chooses the template: `override_path` when not empty, else the rubric's `draft "path"` (relative to the
/// rubric file), else the built-in one.
TemplateLoad select_draft_template(const CompiledRubric& rubric, const std::string& override_path);

/// Builds the JSON object the template receives for one scored offer (docs/drafts.md lists every field).
nlohmann::json draft_context(const OfferResult& offer, const Profile& profile, const RunResult& run, std::time_t date);

/// Renders the template with `context` into the draft's body (LF line ends); sets `error` on failure.
std::string render_draft_body(const DraftTemplate& draft_template, const nlohmann::json& context, std::string& error);

/// Assembles the file: for eml the headers (from the context) and the body with CRLF, else the body alone.
std::string build_draft_file(const nlohmann::json& context, const std::string& body, DraftFormat format);

/// One offer's finished draft.
struct Draft {
  std::string file_name;              // sanitized offer id plus extension: "northwind.eml"
  std::string content;                // the whole file
  std::vector<std::string> warnings;  // e.g. an unusable contact address; the draft is still made
  std::string error;                  // non-empty: no draft (the template failed to render)
};

/// Makes one offer's draft: context, body and file, all in memory.
Draft make_draft(const OfferResult& offer, const Profile& profile, const RunResult& run,
                 const DraftTemplate& draft_template, DraftFormat format, std::time_t date);

/// Returns the draft date: SOURCE_DATE_EPOCH when set to a valid number (reproducible builds), else now.
std::time_t draft_date();

/// Formats a time as an RFC 5322 date in UTC: "Thu, 01 Jan 2026 09:00:00 +0000".
std::string rfc5322_date(std::time_t time);

/// Replaces every run of control characters (C0, DEL, C1, U+2028, U+2029) with one space and trims the ends,
/// so a value can never start a new header line.
std::string single_line(std::string_view text);

/// Encodes header text per RFC 2047 when it is not plain printable ASCII ("=?utf-8?B?...?=" words),
/// folding with CRLF SP so no line exceeds 78 characters; `used` is the length already on the first line.
std::string encode_header_text(std::string_view text, std::size_t used);

/// Formats a mailbox for From/To: `Name <addr>`, the name quoted or RFC 2047-encoded as needed.
std::string format_mailbox(std::string_view name, std::string_view address, std::size_t used);

/// Turns an offer id into a safe file name stem: no path separators, no leading dot, never empty.
std::string draft_file_stem(std::string_view offer_id);

/// Writes `content` to `path` whole or not at all (temporary file, then rename); refuses to replace an
/// existing file unless `force`. Returns an empty string, or the complete error message.
std::string write_draft_file(const std::string& path, const std::string& content, bool force);

}  // namespace rubric
