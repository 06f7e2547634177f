// The formatter's view of a rubric: lines of tokens with their comments and the blank lines between
// them. The lexer knows the language's token shapes but not its declarations, so constructs it has
// never seen keep their tokens and only get their blanks normalised.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace rubric::format {

/// What a token is, as far as layout cares.
enum class TokenKind {
  word,    // a name, keyword or dotted path: comp.base, when, scale
  number,  // 12, 3.5, 150k, 1.2M, 10%
  string,  // "..." with its quotes and escapes, as written
  punct,   // an operator or bracket the lexer knows: => .. == != <= >= + - * / < > = : | , ( ) [ ] { }
  other,   // any other byte: kept, spaced as in the input
};

/// Names a token kind ("word", "number", ...), for messages and tests.
std::string_view to_string(TokenKind kind);

/// One token of a line, pointing into the source text.
struct Token {
  TokenKind kind = TokenKind::other;
  std::string_view text;
  bool spaced_before = false;  // blanks separated it from the token before it in the input
};

/// One input line: its tokens, the comment that ends it, and how many blank lines came before it.
struct Line {
  std::vector<Token> tokens;
  std::string_view comment;  // "# ..." without trailing blanks, or empty
  int blanks_before = 0;     // blank lines between this line and the previous non-blank one
  /// Returns true for a line that holds only a comment.
  bool comment_only() const { return tokens.empty(); }
};

/// Splits rubric text into non-blank lines of tokens; never fails (unknown bytes become `other` tokens).
std::vector<Line> split_lines(std::string_view text);

/// Returns true when `text` is a keyword of the language (including those of constructs still to come).
bool is_keyword(std::string_view text);

/// Returns true when `token` is the text `text`.
inline bool is(const Token& token, std::string_view text) { return token.text == text; }

/// Returns true when the token can end an operand (so a `-` after it is binary, a `when` continues a chain).
bool ends_operand(const Token& token);

}  // namespace rubric::format
