// RFC 5322 messages: single-line header values, RFC 2047 encoded words, folding,
// dates, and the body's transfer encoding. Header values come from offer files
// and profiles, which are untrusted: nothing here lets one start a new line.
#include <fmt/format.h>

#include <array>

#include <rubric/draft.hpp>

namespace rubric {

namespace {

using nlohmann::json;

// RFC 5322 section 2.1.1: lines SHOULD be at most 78 characters; we fold there.
constexpr std::size_t kFoldColumn = 78;
// RFC 5322 section 2.1.1: lines MUST be at most 998 characters; a longer body line needs quoted-printable.
constexpr std::size_t kMaxLineOctets = 998;
// RFC 2045 section 6.7: quoted-printable lines are at most 76 characters including the soft break '='.
constexpr std::size_t kQuotedPrintableColumn = 76;
// RFC 2047 section 2: an encoded word is at most 75 characters.
constexpr std::size_t kMaxEncodedWord = 75;
// The fixed parts of a B encoded word: "=?utf-8?B?" and "?=".
constexpr std::string_view kWordPrefix = "=?utf-8?B?";
constexpr std::string_view kWordSuffix = "?=";
constexpr std::string_view kCrlf = "\r\n";

// Returns the length of the control character starting at `at` (0 when there is none).
std::size_t control_length(std::string_view text, std::size_t at) {
  auto byte = static_cast<unsigned char>(text[at]);
  if (byte < 0x20 || byte == 0x7F) return 1;
  auto next = at + 1 < text.size() ? static_cast<unsigned char>(text[at + 1]) : 0;
  if (byte == 0xC2 && next >= 0x80 && next <= 0x9F) return 2;  // C1 controls, NEL among them
  if (byte == 0xE2 && next == 0x80 && at + 2 < text.size()) {
    auto last = static_cast<unsigned char>(text[at + 2]);
    if (last == 0xA8 || last == 0xA9) return 3;  // LINE SEPARATOR, PARAGRAPH SEPARATOR
  }
  return 0;
}

bool is_plain_ascii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7E) return false;
  }
  return text.find("=?") == std::string_view::npos;  // would read as an encoded word
}

std::string base64(std::string_view bytes) {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    std::uint32_t chunk = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) chunk |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    if (i + 2 < bytes.size()) chunk |= static_cast<unsigned char>(bytes[i + 2]);
    out += kAlphabet[(chunk >> 18) & 63];
    out += kAlphabet[(chunk >> 12) & 63];
    out += i + 1 < bytes.size() ? kAlphabet[(chunk >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? kAlphabet[chunk & 63] : '=';
  }
  return out;
}

// Returns how many bytes of `text` from `at` fit in `max_bytes` without splitting a UTF-8 character.
std::size_t utf8_prefix(std::string_view text, std::size_t at, std::size_t max_bytes) {
  std::size_t end = std::min(text.size(), at + max_bytes);
  while (end > at && end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  if (end == at) end = std::min(text.size(), at + 1);  // never stall on malformed input
  return end - at;
}

// Encodes all of `text` as B encoded words, each on its own line within the fold column.
std::string encoded_words(std::string_view text, std::size_t used) {
  const std::size_t overhead = kWordPrefix.size() + kWordSuffix.size();
  // Room for at least one 4-byte UTF-8 character (8 base64 characters) before a word starts a line.
  constexpr std::size_t kMinPayload = 8;
  std::string out;
  std::size_t at = 0;
  std::size_t column = used;
  while (at < text.size()) {
    if (column + overhead + kMinPayload > kFoldColumn) {
      out += kCrlf;
      out += ' ';
      column = 1;
    }
    std::size_t payload = std::min(kFoldColumn - column, kMaxEncodedWord) - overhead;
    std::size_t take = utf8_prefix(text, at, payload / 4 * 3);
    std::string word = std::string(kWordPrefix) + base64(text.substr(at, take)) + std::string(kWordSuffix);
    out += word;
    column += word.size();
    at += take;
    if (at < text.size()) column = kFoldColumn;  // the next word starts a new line
  }
  return out;
}

// Folds printable ASCII at spaces; returns false when some word cannot fit on a line.
bool fold_ascii(std::string_view text, std::size_t used, std::string& out) {
  std::size_t column = used;
  std::size_t at = 0;
  bool first = true;
  while (at <= text.size()) {
    std::size_t space = text.find(' ', at);
    std::string_view word = text.substr(at, space == std::string_view::npos ? std::string_view::npos : space - at);
    if (word.size() + 1 > kFoldColumn) return false;
    if (!first && column + 1 + word.size() > kFoldColumn) {
      out += kCrlf;
      column = 0;
    }
    if (!first) {
      out += ' ';
      ++column;
    }
    out += word;
    column += word.size();
    first = false;
    if (space == std::string_view::npos) break;
    at = space + 1;
  }
  return true;
}

// Returns true when an ASCII display name can be written as atoms without quoting (RFC 5322 section 3.2.3).
bool is_atom_phrase(std::string_view name) {
  static constexpr std::string_view kSpecials = "()<>[]:;@\\,.\"";
  return name.find_first_of(kSpecials) == std::string_view::npos;
}

std::string quoted_phrase(std::string_view name) {
  std::string out = "\"";
  for (char c : name) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// Returns the length of the last line of a folded header value that started at column `used`.
std::size_t last_line_length(const std::string& value, std::size_t used) {
  auto fold = value.rfind(kCrlf);
  return fold == std::string::npos ? used + value.size() : value.size() - fold - kCrlf.size();
}

}  // namespace

std::string single_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t control = control_length(text, i);
    if (control > 0) {
      pending_space = true;
      i += control;
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += text[i++];
  }
  auto first = out.find_first_not_of(' ');
  if (first == std::string::npos) return {};
  return out.substr(first, out.find_last_not_of(' ') - first + 1);
}

std::string encode_header_text(std::string_view raw, std::size_t used) {
  std::string text = single_line(raw);
  std::string out;
  if (is_plain_ascii(text) && fold_ascii(text, used, out)) return out;
  return encoded_words(text, used);
}

std::string format_mailbox(std::string_view raw_name, std::string_view raw_address, std::size_t used) {
  std::string name = single_line(raw_name);
  std::string address = single_line(raw_address);
  if (name.empty()) return address;
  std::string phrase;
  if (is_plain_ascii(name) && used + name.size() + 2 <= kFoldColumn) {
    phrase = is_atom_phrase(name) ? name : quoted_phrase(name);
  } else {
    phrase = encoded_words(name, used);
  }
  std::string angle = "<" + address + ">";
  bool fits = last_line_length(phrase, used) + 1 + angle.size() <= kFoldColumn;
  return phrase + (fits ? " " : "\r\n ") + angle;
}

std::string rfc5322_date(std::time_t time) {
  static constexpr std::array<const char*, 7> kDays = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  std::tm utc{};
  gmtime_r(&time, &utc);
  return fmt::format("{}, {:02} {} {} {:02}:{:02}:{:02} +0000", kDays[utc.tm_wday % 7], utc.tm_mday,
                     kMonths[utc.tm_mon % 12], utc.tm_year + 1900, utc.tm_hour, utc.tm_min, utc.tm_sec);
}

namespace {

// Splits text at CRLF, CR or LF.
std::vector<std::string_view> body_lines(std::string_view body) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (body[i] != '\r' && body[i] != '\n') continue;
    lines.push_back(body.substr(start, i - start));
    if (body[i] == '\r' && i + 1 < body.size() && body[i + 1] == '\n') ++i;
    start = i + 1;
  }
  if (start < body.size()) lines.push_back(body.substr(start));
  return lines;
}

// Encodes one line as quoted-printable with soft breaks (RFC 2045 section 6.7).
void append_quoted_printable(std::string& out, std::string_view line) {
  std::size_t column = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    auto byte = static_cast<unsigned char>(line[i]);
    bool last = i + 1 == line.size();
    bool plain = (byte >= 33 && byte <= 126 && byte != '=') || ((byte == ' ' || byte == '\t') && !last);
    std::string piece = plain ? std::string(1, line[i]) : fmt::format("={:02X}", byte);
    if (column + piece.size() + (last ? 0 : 1) > kQuotedPrintableColumn) {
      out += "=\r\n";
      column = 0;
    }
    out += piece;
    column += piece.size();
  }
  out += kCrlf;
}

// The body with CRLF line ends, and the transfer encoding it needs.
std::pair<std::string, std::string_view> encode_body(std::string_view body) {
  auto lines = body_lines(body);
  bool ascii = true;
  bool needs_quoting = false;
  for (auto line : lines) {
    if (line.size() > kMaxLineOctets || line.find('\0') != std::string_view::npos) needs_quoting = true;
    for (char c : line) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  }
  std::string out;
  for (auto line : lines) {
    if (needs_quoting) {
      append_quoted_printable(out, line);
    } else {
      out.append(line);
      out += kCrlf;
    }
  }
  return {out, needs_quoting ? "quoted-printable" : (ascii ? "7bit" : "8bit")};
}

}  // namespace

std::string build_draft_file(const json& context, const std::string& body, DraftFormat format) {
  if (format != DraftFormat::eml) {
    std::string out;
    for (auto line : body_lines(body)) {
      out.append(line);
      out += '\n';
    }
    return out;
  }
  const json& candidate = context.at("candidate");
  const json& recipient = context.at("recipient");
  auto [text, encoding] = encode_body(body);
  std::string out = "From: " + format_mailbox(candidate.value("name", ""), candidate.value("email", ""), 6);
  out += kCrlf;
  std::string to_email = single_line(recipient.value("email", ""));
  if (is_email_address(to_email)) {
    out += "To: " + format_mailbox(recipient.value("name", ""), to_email, 4);
    out += kCrlf;
  }
  out += "Subject: " + encode_header_text(context.value("subject", ""), 9);
  out += kCrlf;
  out += "Date: " + single_line(context.value("date", ""));
  out += kCrlf;
  out += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n";
  out += fmt::format("Content-Transfer-Encoding: {}\r\n", encoding);
  out += "X-Unsent: 1\r\n";  // mail clients that honour it open the file as a draft to edit and send
  out += kCrlf;
  out += text;
  return out;
}

}  // namespace rubric
