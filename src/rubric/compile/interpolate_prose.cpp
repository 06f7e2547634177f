// Which interpolated values email prose may spell out (docs/drafts.md, "Punctuation and numbers").
// Decided once per text from what the rubric author wrote around each `{value}`, never by reading
// digits back out of a finished string: a value qualifies when it is a plain number (not money, a
// percentage or a score), comes from a fact or a let, and stands alone as a word.
#include <algorithm>
#include <array>
#include <string_view>

#include "rubric/compile/interpolate.hpp"

namespace rubric {

namespace {

// Words after which a number names something rather than counts it ("level 4", "week 3",
// "version 2"): identifiers keep their figures.
constexpr std::array<std::string_view, 24> kNamingWords = {
    "band",  "chapter", "day",  "floor",   "grade", "item",  "level",   "month", "no.",  "number", "page",    "part",
    "phase", "quarter", "rank", "release", "room",  "round", "section", "stage", "step", "tier",   "version", "week"};

// Unit symbols and abbreviations written after a space ("4 h", "4 km"): quantities with a unit keep
// their figures. A word of two or more capitals ("4 GB", "4 USD", "4 PM") counts as a symbol too.
constexpr std::array<std::string_view, 32> kUnitSymbols = {
    "%",  "h", "hr", "hrs", "min", "mins", "s",   "sec", "ms", "d",  "wk", "wks", "mo", "mos", "yr",  "yrs",
    "km", "m", "mi", "kg",  "g",   "lb",   "lbs", "x",   "k",  "pp", "bp", "am",  "pm", "a.m", "p.m", "kB"};

// UTF-8 curly quotes, which open or close a word as their ASCII forms do.
constexpr std::string_view kOpenDoubleQuote = "\xE2\x80\x9C";
constexpr std::string_view kOpenSingleQuote = "\xE2\x80\x98";
constexpr std::string_view kCloseDoubleQuote = "\xE2\x80\x9D";
constexpr std::string_view kCloseSingleQuote = "\xE2\x80\x99";

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool same_words(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == y; });
}

// The word that ends `text` ("level" in "at level ", with the space), lower-cased compare happens later.
std::string_view last_word(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0 && is_space(text[end - 1])) --end;
  std::size_t begin = end;
  while (begin > 0 && (is_letter(text[begin - 1]) || text[begin - 1] == '.')) --begin;
  return text.substr(begin, end - begin);
}

// The word that starts `text` after its leading spaces ("km" in " km away"), with an inner period kept ("a.m").
std::string_view first_word(std::string_view text) {
  std::size_t begin = 0;
  while (begin < text.size() && is_space(text[begin])) ++begin;
  if (begin < text.size() && text[begin] == '%') return text.substr(begin, 1);
  std::size_t end = begin;
  while (end < text.size() && (is_letter(text[end]) ||
                               (end > begin && text[end] == '.' && end + 1 < text.size() && is_letter(text[end + 1]))))
    ++end;
  return text.substr(begin, end - begin);
}

bool is_unit(std::string_view word) {
  if (word.empty()) return false;
  if (std::any_of(kUnitSymbols.begin(), kUnitSymbols.end(), [&](std::string_view u) { return u == word; })) return true;
  return word.size() >= 2 && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool names_something(std::string_view word) {
  return std::any_of(kNamingWords.begin(), kNamingWords.end(), [&](std::string_view w) { return same_words(word, w); });
}

// True when the literal before a value leaves it at the start of a word: nothing, a space or an opening bracket
// or quote, and no word that makes the number a name.
bool opens_word(std::string_view before) {
  if (before.empty()) return true;
  const char c = before.back();
  if (c == '(' || c == '[' || c == '"' || c == '\'' || before.ends_with(kOpenDoubleQuote) ||
      before.ends_with(kOpenSingleQuote))
    return true;
  return is_space(c) && !names_something(last_word(before));
}

// True when the literal after a value ends its word: nothing, a space before a word that is not a unit, or
// punctuation that closes a word; a period only when a space or the end of the text follows (not "{n}.5" or
// "{major}.{minor}": `more` says another value follows the literal).
bool closes_word(std::string_view after, bool more) {
  if (after.empty()) return true;
  const char c = after.front();
  if (is_space(c)) return !is_unit(first_word(after));
  if (c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' || c == '"' || c == '\'')
    return true;
  if (c == '.') return after.size() == 1 ? !more : is_space(after[1]);
  return after.starts_with(kCloseDoubleQuote) || after.starts_with(kCloseSingleQuote);
}

}  // namespace

void mark_counts(std::vector<TemplatePiece>& pieces, const std::vector<SymbolKind>& symbols) {
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    TemplatePiece& piece = pieces[i];
    const SymbolKind kind = i < symbols.size() ? symbols[i] : SymbolKind::none;
    // Scores (criteria, the total) are ratings and read as figures ("scores 5 of 10"), like money and percent.
    if (piece.source == PieceSource::literal || piece.type.kind != TypeKind::number ||
        (kind != SymbolKind::field && kind != SymbolKind::let))
      continue;
    const bool first = i == 0, last = i + 1 == pieces.size();
    // A value right next to another value is part of something larger ("{major}{minor}").
    if ((!first && pieces[i - 1].source != PieceSource::literal) ||
        (!last && pieces[i + 1].source != PieceSource::literal))
      continue;
    piece.count = opens_word(first ? std::string_view() : pieces[i - 1].literal) &&
                  closes_word(last ? std::string_view() : pieces[i + 1].literal, i + 2 < pieces.size());
  }
}

}  // namespace rubric
