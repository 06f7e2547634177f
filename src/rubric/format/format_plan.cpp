// Decides each line's indentation, the spaces between its tokens and its place in alignment groups,
// from the tokens alone: brackets nest, a line that continues an expression is indented past its
// statement, `when` chains and `if`/`then`/`else` line up under their first word. Constructs the
// formatter does not know keep their tokens and line breaks; only blanks change.
#include "rubric/format/format_plan.hpp"

#include <algorithm>
#include <optional>

namespace rubric::format {
namespace {

constexpr int kBlockIndent = 2;         // block contents: two spaces past the line that opens the block
constexpr int kContinuationIndent = 4;  // a line continuing an expression: four past its statement

bool any_of(std::string_view text, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), text) != words.end();
}

bool is_closer(const Token& t) { return t.kind == TokenKind::punct && any_of(t.text, {"}", ")", "]"}); }
bool is_opener(const Token& t) { return t.kind == TokenKind::punct && any_of(t.text, {"{", "(", "["}); }

/// Returns true when a line ending in `t` needs more on the next line (an operator, `when`, `score`, ...).
bool open_ended(const Token& t) {
  if (t.kind == TokenKind::punct) {
    return any_of(t.text,
                  {"+", "-", "*", "/", "==", "!=", "<", "<=", ">", ">=", "=>", "..", "|", ",", ":", "=", "(", "["});
  }
  return t.kind == TokenKind::word && any_of(t.text, {"and", "or", "not", "in", "if", "then", "else", "when", "score",
                                                      "because", "penalty", "cap", "range", "cite", "match", "weight"});
}

/// Returns true when a line starting with `t` (then `next`) can only continue the statement before it.
bool starts_continuation(const Token& t, const Token* next) {
  if (t.kind == TokenKind::punct) {
    return any_of(t.text, {"+", "-", "*", "/", "==", "!=", "<", "<=", ">", ">=", "=>", "..", "|", ",", ":", "="});
  }
  if (t.kind != TokenKind::word) return false;
  if (is(t, "else")) return !(next && is(*next, "=>"));
  return any_of(t.text, {"and", "or", "then", "in"});
}

/// Returns the number of spaces between `prev` and `t` (`before_prev` and `next` for unary minus and `..`).
int spacing(const Token* before_prev, const Token& prev, const Token& t, const Token* next) {
  if (prev.kind == TokenKind::other || t.kind == TokenKind::other) return t.spaced_before ? 1 : 0;
  if (any_of(t.text, {",", ")", "]"}) && t.kind == TokenKind::punct) return 0;
  if (any_of(prev.text, {"(", "["}) && prev.kind == TokenKind::punct) return 0;
  if (is(prev, "-") && !(before_prev && ends_operand(*before_prev))) return 0;  // unary minus
  const auto tight_dots = [](const Token* left, const Token* right) {
    return left && right && left->kind == TokenKind::number && (right->kind == TokenKind::number || is(*right, "-"));
  };
  if (is(t, "..")) return tight_dots(&prev, next) ? 0 : 1;  // scale 0..10, range a .. b
  if (is(prev, "..")) return tight_dots(before_prev, &t) ? 0 : 1;
  if (is(t, "(") && prev.kind == TokenKind::word && (!is_keyword(prev.text) || is(prev, "scale"))) return 0;  // a call
  return 1;
}

/// An open bracket, and for a block the statement being laid out inside it.
struct Open {
  const Token* bracket = nullptr;
  int line = -1;
  int token = -1;
  bool content_follows = false;  // tokens after the bracket on its line
  int base_token = -1;           // for `{`: the token its contents indent from (-1: the line's indentation)
  int statement = -1;            // for `{`: the line starting the current statement inside it
  int group = -1;                // for `{`: the alignment group being collected, -1 when none
};

/// A word later lines line up under: the first `when` of a chain, or an `if`.
struct Anchor {
  bool is_when = false;
  int line = -1;
  int token = -1;
  std::size_t depth = 0;
  int chain = -1;  // for `when`: its alignment group
};

class Planner {
 public:
  explicit Planner(const std::vector<Line>& lines) : lines_(lines) { plan_.lines.resize(lines.size()); }

  Plan run() {
    std::vector<int> comments;  // comment-only lines waiting for the indentation of the next code line
    for (int i = 0; i < static_cast<int>(lines_.size()); ++i) {
      if (lines_[i].blanks_before > 0) innermost().group = -1;
      if (lines_[i].comment_only()) {
        comments.push_back(i);
        continue;
      }
      plan_code_line(i);
      for (int c : comments) plan_.lines[c].indent = comment_indent(i);
      comments.clear();
    }
    for (int c : comments) plan_.lines[c].indent = Indent{};
    return std::move(plan_);
  }

 private:
  Open& innermost() { return stack_.empty() ? top_ : stack_.back(); }

  /// Lines a comment up with the code line after it; before a closing `}`, with the block's contents.
  Indent comment_indent(int next) const {
    const Indent& code = plan_.lines[next].indent;
    if (is(lines_[next].tokens.front(), "}")) return Indent{code.line, code.token, code.offset + kBlockIndent};
    return code;
  }

  void plan_code_line(int i) {
    const Line& line = lines_[i];
    LinePlan& lp = plan_.lines[i];
    const Token& first = line.tokens.front();
    const Token* second = line.tokens.size() > 1 ? &line.tokens[1] : nullptr;
    bool clause_start = false;
    bool on_anchor = false;
    if (is_closer(first)) {
      lp.indent = stack_.empty() ? Indent{} : Indent{stack_.back().line, stack_.back().base_token, 0};
    } else if (const Anchor* a = find_anchor(first, second)) {
      lp.indent = Indent{a->line, a->token, 0};
      if (a->is_when) plan_.groups[static_cast<std::size_t>(a->chain)].members.emplace_back(i, 0);
      on_anchor = true;
    } else if (!stack_.empty() && !is(*stack_.back().bracket, "{")) {
      const Open& o = stack_.back();
      lp.indent = o.content_follows ? Indent{o.line, o.token + 1, 0} : Indent{o.line, -1, kContinuationIndent};
    } else if (open_ended_ || starts_continuation(first, second)) {
      const Open& o = innermost();
      lp.indent = o.statement >= 0 ? Indent{o.statement, -1, kContinuationIndent} : block_indent();
    } else {
      clause_start = true;
      start_statement(i);
    }
    walk_tokens(i, clause_start || on_anchor);
    open_ended_ = open_ended(line.tokens.back());
    lp.opens_block = is(line.tokens.back(), "{") && line.comment.empty();
  }

  Indent block_indent() const {
    return stack_.empty() ? Indent{} : Indent{stack_.back().line, stack_.back().base_token, kBlockIndent};
  }

  void start_statement(int i) {
    LinePlan& lp = plan_.lines[i];
    lp.indent = block_indent();
    lp.top_level_start = stack_.empty();
    Open& o = innermost();
    o.statement = i;
    std::erase_if(anchors_, [&](const Anchor& a) { return a.depth >= stack_.size(); });
    collect_group(i, o);
  }

  /// Adds a statement's first line to the alignment group of its block, or starts a new group.
  void collect_group(int i, Open& o) {
    const auto kind = group_kind(lines_[i].tokens);
    if (!kind) {
      o.group = -1;
      return;
    }
    if (o.group < 0 || plan_.groups[static_cast<std::size_t>(o.group)].kind != *kind) {
      o.group = static_cast<int>(plan_.groups.size());
      plan_.groups.push_back(AlignGroup{*kind, {}});
    }
    plan_.groups[static_cast<std::size_t>(o.group)].members.emplace_back(i, 0);
  }

  static std::optional<AlignGroup::Kind> group_kind(const std::vector<Token>& t) {
    if (t.size() < 3) return std::nullopt;
    if (is(t[0], "let") && t[1].kind == TokenKind::word) return AlignGroup::Kind::let;
    if ((t[0].kind == TokenKind::string || is(t[0], "else")) && is(t[1], "=>")) return AlignGroup::Kind::arm;
    if (t[0].kind == TokenKind::word && !is_keyword(t[0].text) && is(t[1], ":")) return AlignGroup::Kind::field;
    if (t[0].kind == TokenKind::word && !is_keyword(t[0].text) && is(t[1], "=")) return AlignGroup::Kind::assign;
    return std::nullopt;
  }

  /// Returns the anchor a line starting with `first` lines up under, if any.
  const Anchor* find_anchor(const Token& first, const Token* second) const {
    const bool when = is(first, "when");
    const bool then = is(first, "then");
    const bool other_else = is(first, "else") && !(second && is(*second, "=>"));
    if (!when && !then && !other_else) return nullptr;
    for (auto it = anchors_.rbegin(); it != anchors_.rend(); ++it) {
      if (it->depth != stack_.size()) continue;
      if ((when && it->is_when) || (then && !it->is_when) || other_else) return &*it;
    }
    return nullptr;
  }

  void walk_tokens(int i, bool line_start_is_clause) {
    const std::vector<Token>& tokens = lines_[i].tokens;
    LinePlan& lp = plan_.lines[i];
    lp.gap.assign(tokens.size(), 0);
    for (std::size_t j = 0; j < tokens.size(); ++j) {
      const Token& t = tokens[j];
      const Token* next = j + 1 < tokens.size() ? &tokens[j + 1] : nullptr;
      if (j > 0) lp.gap[j] = spacing(before_prev_, *prev_, t, next);
      track_brackets(i, static_cast<int>(j), t);
      track_anchors(i, static_cast<int>(j), t, next, j == 0 && line_start_is_clause);
      before_prev_ = prev_;
      prev_ = &t;
    }
  }

  void track_brackets(int i, int j, const Token& t) {
    if (is_opener(t)) {
      const bool follows = static_cast<std::size_t>(j) + 1 < lines_[i].tokens.size();
      stack_.push_back(Open{&t, i, j, follows, block_base(i), -1, -1});
    } else if (is_closer(t) && !stack_.empty()) {
      stack_.pop_back();
      std::erase_if(anchors_, [&](const Anchor& a) { return a.depth > stack_.size(); });
    }
  }

  /// Returns the token a block opened on line `i` indents from: the first token inside the innermost
  /// parenthesis opened earlier on the same line (`min(match x {`), else -1 (the line's indentation).
  int block_base(int i) const {
    if (stack_.empty() || stack_.back().line != i || is(*stack_.back().bracket, "{")) return -1;
    return stack_.back().content_follows ? stack_.back().token + 1 : -1;
  }

  void track_anchors(int i, int j, const Token& t, const Token* next, bool clause_word) {
    if (t.kind != TokenKind::word) return;
    if (is(t, "if")) anchors_.push_back(Anchor{false, i, j, stack_.size(), -1});
    if (is(t, "when") && !clause_word && !(prev_ && ends_operand(*prev_))) {
      const int chain = static_cast<int>(plan_.groups.size());
      plan_.groups.push_back(AlignGroup{AlignGroup::Kind::chain, {{i, j}}});
      anchors_.push_back(Anchor{true, i, j, stack_.size(), chain});
    }
    if (is(t, "else") && !(next && is(*next, "=>"))) {
      for (auto it = anchors_.rbegin(); it != anchors_.rend(); ++it) {
        if (it->depth == stack_.size()) {
          anchors_.erase(std::next(it).base());
          break;
        }
      }
    }
  }

  const std::vector<Line>& lines_;
  Plan plan_;
  std::vector<Open> stack_;
  Open top_;
  std::vector<Anchor> anchors_;
  const Token* prev_ = nullptr;
  const Token* before_prev_ = nullptr;
  bool open_ended_ = false;
};

/// Returns true when a code line lies strictly between lines `from` and `to`.
bool code_between(const std::vector<Line>& lines, int from, int to) {
  for (int i = from + 1; i < to; ++i) {
    if (!lines[static_cast<std::size_t>(i)].comment_only()) return true;
  }
  return false;
}

/// Keeps at most one blank line, none after `{` or before `}`, and one around every multi-line declaration.
void plan_blank_lines(const std::vector<Line>& lines, Plan& plan) {
  const int n = static_cast<int>(lines.size());
  std::vector<int> starts;
  for (int i = 0; i < n; ++i) {
    const Line& line = lines[static_cast<std::size_t>(i)];
    const bool after_open = i > 0 && plan.lines[static_cast<std::size_t>(i - 1)].opens_block;
    const bool closes = !line.comment_only() && is(line.tokens.front(), "}");
    plan.lines[static_cast<std::size_t>(i)].blank_before = i > 0 && line.blanks_before > 0 && !after_open && !closes;
    if (plan.lines[static_cast<std::size_t>(i)].top_level_start) starts.push_back(i);
  }
  starts.push_back(n);
  for (std::size_t k = 1; k + 1 < starts.size(); ++k) {
    if (!code_between(lines, starts[k - 1], starts[k]) && !code_between(lines, starts[k], starts[k + 1])) continue;
    int c = starts[k];  // the blank goes above the comments written directly over the declaration
    while (c > 0 && lines[static_cast<std::size_t>(c - 1)].comment_only() &&
           lines[static_cast<std::size_t>(c)].blanks_before == 0) {
      --c;
    }
    plan.lines[static_cast<std::size_t>(c)].blank_before = true;
  }
}

}  // namespace

Plan plan_layout(const std::vector<Line>& lines) {
  Plan first = Planner(lines).run();
  plan_blank_lines(lines, first);
  // Blank lines end alignment groups, so plan again with the blank lines the output will have: formatting
  // the output then changes nothing.
  std::vector<Line> spaced = lines;
  for (std::size_t i = 0; i < spaced.size(); ++i) spaced[i].blanks_before = first.lines[i].blank_before ? 1 : 0;
  Plan plan = Planner(spaced).run();
  plan_blank_lines(spaced, plan);
  return plan;
}

}  // namespace rubric::format
