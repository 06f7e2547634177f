// The formatter's lexer: token shapes as grammar/grammar.hpp defines them, comments and blank lines.
#include "rubric/format/format_tokens.hpp"

#include <array>

namespace rubric::format {
namespace {

bool is_word_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_word_char(char c) { return is_word_start(c) || is_digit(c); }

/// Returns the length of the word (with `.segment` tails) at the start of `s`.
std::size_t word_length(std::string_view s) {
  std::size_t n = 1;
  for (;;) {
    while (n < s.size() && is_word_char(s[n])) ++n;
    if (n + 1 < s.size() && s[n] == '.' && is_word_start(s[n + 1])) {
      n += 2;
      continue;
    }
    return n;
  }
}

/// Returns the length of the number at the start of `s`: digits, an optional fraction and suffix.
std::size_t number_length(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && is_digit(s[n])) ++n;
  if (n + 1 < s.size() && s[n] == '.' && is_digit(s[n + 1])) {
    n += 1;
    while (n < s.size() && is_digit(s[n])) ++n;
  }
  if (n < s.size() && (s[n] == 'k' || s[n] == 'M' || s[n] == '%')) ++n;
  return n;
}

/// Returns the length of the string literal at the start of `s` (up to the closing quote or the line end).
std::size_t string_length(std::string_view s) {
  std::size_t n = 1;
  while (n < s.size() && s[n] != '"' && s[n] != '\n')
    n += (s[n] == '\\' && n + 1 < s.size() && s[n + 1] != '\n') ? 2 : 1;
  return n < s.size() && s[n] == '"' ? n + 1 : n;
}

/// Returns the length of the operator or bracket at the start of `s`, 0 when it is none the lexer knows.
std::size_t punct_length(std::string_view s) {
  static constexpr std::array<std::string_view, 6> kPairs{"=>", "..", "==", "!=", "<=", ">="};
  for (std::string_view pair : kPairs) {
    if (s.substr(0, 2) == pair) return 2;
  }
  static constexpr std::string_view kSingles = "+-*/<>=:|,()[]{}";
  return kSingles.find(s[0]) != std::string_view::npos ? 1 : 0;
}

/// Returns the token at the start of `s` (not a blank, not a comment).
Token next_token(std::string_view s) {
  const char c = s[0];
  if (is_word_start(c)) return {TokenKind::word, s.substr(0, word_length(s))};
  if (is_digit(c)) return {TokenKind::number, s.substr(0, number_length(s))};
  if (c == '"') return {TokenKind::string, s.substr(0, string_length(s))};
  if (const std::size_t n = punct_length(s)) return {TokenKind::punct, s.substr(0, n)};
  return {TokenKind::other, s.substr(0, 1)};
}

std::string_view trim_right(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  Line current;
  int blanks = 0;
  bool spaced = false;
  std::size_t i = 0;
  const auto end_line = [&] {
    if (current.tokens.empty() && current.comment.empty()) {
      if (!lines.empty()) ++blanks;
    } else {
      current.blanks_before = blanks;
      lines.push_back(std::move(current));
      blanks = 0;
    }
    current = Line{};
    spaced = false;
  };
  while (i < text.size()) {
    const char c = text[i];
    if (c == '\n') {
      end_line();
      ++i;
    } else if (c == ' ' || c == '\t' || c == '\r') {
      spaced = true;
      ++i;
    } else if (c == '#') {
      const std::size_t stop = text.find('\n', i);
      current.comment = trim_right(text.substr(i, stop == std::string_view::npos ? std::string_view::npos : stop - i));
      i = stop == std::string_view::npos ? text.size() : stop;
    } else {
      Token token = next_token(text.substr(i));
      token.spaced_before = spaced || current.tokens.empty();
      current.tokens.push_back(token);
      i += token.text.size();
      spaced = false;
    }
  }
  end_line();
  return lines;
}

bool is_keyword(std::string_view text) {
  // grammar/grammar.hpp's keywords, then words of constructs other branches add (ignore, currency, rates,
  // grant, negotiable): knowing them only changes spacing (`kw -1` against `x - 1`), never tokens.
  static constexpr std::string_view kKeywords[] = {
      "rubric", "scale",    "offer",    "let",   "criterion", "weight", "score",      "because", "flag",
      "when",   "penalty",  "cap",      "veto",  "confirm",   "ask",    "range",      "cite",    "if",
      "then",   "else",     "match",    "and",   "or",        "not",    "in",         "true",    "false",
      "info",   "warning",  "critical", "draft", "number",    "money",  "percent",    "bool",    "text",
      "ignore", "currency", "rates",    "as",    "of",        "grant",  "negotiable", "unless"};
  for (std::string_view keyword : kKeywords) {
    if (keyword == text) return true;
  }
  return false;
}

std::string_view to_string(TokenKind kind) {
  switch (kind) {
    case TokenKind::word: return "word";
    case TokenKind::number: return "number";
    case TokenKind::string: return "string";
    case TokenKind::punct: return "punct";
    case TokenKind::other: return "other";
  }
  return "other";
}

bool ends_operand(const Token& token) {
  switch (token.kind) {
    case TokenKind::number:
    case TokenKind::string: return true;
    case TokenKind::word: return !is_keyword(token.text) || is(token, "true") || is(token, "false");
    case TokenKind::punct: return is(token, ")") || is(token, "]") || is(token, "}");
    case TokenKind::other: return false;
  }
  return false;
}

}  // namespace rubric::format
