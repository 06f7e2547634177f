#include "rubric/output/text.hpp"

#include <fmt/format.h>

#include <rubric/render.hpp>
#include "rubric/base/utf8.hpp"

namespace rubric::text {

namespace {

// U+FFFD, the replacement for bytes that are not UTF-8.
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Returns the length of the valid UTF-8 sequence starting at s[i], or 0.
std::size_t sequence_length(std::string_view s, std::size_t i) {
  if (static_cast<unsigned char>(s[i]) < 0x80) return 1;
  std::size_t bad = 0;
  return utf8_sequence(s, i, bad);
}

}  // namespace

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i != 0) out += separator;
    out += items[i];
  }
  return out;
}

std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t n = sequence_length(text, i);
    if (n == 0) {
      out += kReplacement;
      ++i;
      continue;
    }
    const char c = text[i];
    if (n == 1 && (c == '\n' || c == '\r' || c == '\t')) {
      out += ' ';
    } else if (n == 1 && static_cast<unsigned char>(c) < 0x20) {
      out += kReplacement;  // other control characters have no business in a report
    } else {
      out.append(text.substr(i, n));
    }
    i += n;
  }
  return out;
}

std::string md(std::string_view text) {
  std::string out;
  for (char c : one_line(text)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '<':
      case '>':
      case '|':
      case '~':
      case '#':
      case '!':
        out += '\\';
        out += c;
        break;
      default: out += c;
    }
  }
  return out;
}

std::string html(std::string_view text) {
  std::string out;
  for (char c : one_line(text)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string flag_effect(const FlagResult& flag) {
  std::string out;
  auto add = [&out](const std::string& part) { out += (out.empty() ? "" : ", ") + part; };
  if (flag.penalty != 0) add("penalty " + render_number(flag.penalty));
  if (flag.cap) add("cap " + render_number(*flag.cap));
  if (flag.veto) add("veto");
  return out.empty() ? "reported only" : out;
}

std::string ask_range(const AskResult& ask) {
  if (!ask.range) return {};
  return render_value(ask.range->first, ask.range_type) + " to " + render_value(ask.range->second, ask.range_type);
}

std::string signed2(double value) {
  std::string s = render_fixed2(value);
  return s.starts_with('-') ? s : "+" + s;
}

std::string weight(double value) { return render_number(value); }

std::string offer_name(const OfferResult& offer) {
  return offer.company.empty() ? offer.id : offer.id + " (" + offer.company + ")";
}

std::string rank_label(const OfferResult& offer) {
  if (!offer.scored) return "not scored";
  if (offer.vetoed) return "vetoed";
  return std::to_string(offer.rank);
}

std::string confirm_summary(const OfferResult& offer) {
  std::size_t confirmed = 0;
  std::string missing;
  for (const auto& c : offer.confirms) {
    if (c.confirmed) {
      ++confirmed;
    } else {
      missing += (missing.empty() ? "" : ", ") + c.id;
    }
  }
  std::string out = fmt::format("{} of {}", confirmed, offer.confirms.size());
  return missing.empty() ? out : out + " (missing: " + missing + ")";
}

}  // namespace rubric::text
