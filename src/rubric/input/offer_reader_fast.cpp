// The offer reader's fast path: one pass over the bytes of a plain document, validating every value and
// reading the declared ones, without simdjson's two stages. On an offer of a few hundred bytes, simdjson's
// index of structural characters and On-Demand's validating walk cost about 10,000 instructions; this pass
// costs about 6,000 (bench/README.md). It handles the documents a batch is made of: valid JSON, every
// declared value of its declared type, no escapes, no warnings. Anything else (an error, a warning, an
// escape, a wrapper, a grant, a number that needs more than one exact operation) makes it give up, and the
// full reader reads the document again from the start: every message comes from one place, and a document
// the fast path accepts gives exactly the facts the full reader would (tests/unit/test_reader_fast.cpp).
#include <rubric/limits.hpp>
#include <rubric/money.hpp>
#include "rubric/input/offer_reader_impl.hpp"
#include "rubric/input/offer_reader_scan.hpp"

namespace rubric {

namespace scan = offer_reader::scan;
using offer_reader::Label;
using offer_reader::PathNode;

namespace {

// Key positions remembered per object: offers hold a few keys per object; a hostile one with thousands
// keeps the memory of its guesses small.
constexpr std::size_t kMaxKeyGuesses = 64;

}  // namespace

bool OfferReader::Impl::fast_read(std::string_view text) {
  if (text.size() > kMaxDocumentBytes) return false;
  json = text;
  const char* end = text.data() + text.size();
  const char* p = scan::skip_space(text.data(), end);
  if (p == end || *p != '{') return false;
  p = fast_object(0, p + 1, end, 1);
  if (p == nullptr || scan::skip_space(p, end) != end) return false;
  ++fast_reads;
  finish();
  return true;
}

// Inlined into fast_object, the one caller: a call per member cost a tenth of the walk.
[[gnu::always_inline]] inline const char* OfferReader::Impl::fast_member(int child, const char* p, const char* end,
                                                                         int level) {
  if (p >= end) return nullptr;
  auto& mark = seen[static_cast<std::size_t>(child)];
  if (mark == generation) return nullptr;  // a duplicate key: an error
  mark = generation;
  const PathNode& node = trie.node(child);
  if (node.field >= 0) return fast_fact(node, p, end, level);
  if (node.label == Label::currency) {  // the document's currency
    if (*p != '"') return *p == 'n' ? fast_skip(p, end, level) : nullptr;
    return fast_label(node.label, p + 1, end);
  }
  if (*p == '{' && !node.children.empty()) return fast_object(child, p + 1, end, level);
  if (*p == '"' && node.label != Label::none) return fast_label(node.label, p + 1, end);
  if (*p == 'n' || node.fields_below.empty()) return fast_skip(p, end, level);
  return nullptr;  // declared fields inside something that is not an object: an error
}

const char* OfferReader::Impl::fast_object(int at, const char* p, const char* end, int level) {
  if (level > kMaxJsonDepth) return nullptr;
  p = scan::skip_space(p, end);
  if (p < end && *p == '}') return p + 1;
  std::vector<scan::KeyGuess>& guesses = key_guesses[static_cast<std::size_t>(at)];
  const scan::KeyGuess* guess = guesses.data();  // kept in registers; refreshed when a miss adds a guess
  std::size_t guessed = guesses.size();
  for (std::size_t i = 0;; ++i) {
    if (p >= end || *p != '"') return nullptr;
    int child;
    bool colon = false;  // the guess covered the colon too
    if (i < guessed && guess[i].matches(p, end)) {
      child = guess[i].child;
      colon = guess[i].colon;
      p += guess[i].length;
    } else {
      const char* key_end = scan::find_string_end(p + 1, end);
      if (key_end == nullptr) return nullptr;
      const std::string_view key(p + 1, static_cast<std::size_t>(key_end - p - 1));
      const PathNode& node = trie.node(at);
      child = node.child_keys.find(key.data(), key.size());
      // A key the rubric does not know is fine when no warning is due (metadata, ignored paths).
      if (child < 0 && !key_warnings.unknown_key(node, key).empty()) return nullptr;
      if (i == guesses.size() && i < kMaxKeyGuesses) guesses.emplace_back();
      if (i < guesses.size() && !guesses[i].set(p, key.size() + 2, key_end[1] == ':', child))
        guesses[i] = scan::KeyGuess{};
      guess = guesses.data();
      guessed = guesses.size();
      p = key_end + 1;
    }
    if (!colon) {
      p = scan::skip_space(p, end);
      if (p >= end || *p != ':') return nullptr;
      ++p;
    }
    p = scan::skip_space(p, end);
    p = child >= 0 ? fast_member(child, p, end, level + 1) : fast_skip(p, end, level + 1);
    if (p == nullptr) return nullptr;
    bool closed = false;
    p = scan::next_member(p, end, '}', closed);
    if (p == nullptr || closed) return p;
  }
}

const char* OfferReader::Impl::fast_fact(const PathNode& node, const char* p, const char* end, int level) {
  const auto f = static_cast<std::size_t>(node.field);
  const TypeKind kind = schema.fields[f].kind;
  switch (*p) {
    case 'n': return fast_skip(p, end, level);  // null: absent, so the default applies
    case '"': return fast_string(node, p + 1, end);
    case 't':
    case 'f': {
      if (kind != TypeKind::boolean) return nullptr;
      const bool flag = *p == 't';
      p = flag ? scan::skip_literal(p, end, "true", 4) : scan::skip_literal(p, end, "false", 5);
      if (p == nullptr) return nullptr;
      out->numbers[f] = flag ? 1.0 : 0.0;
      state[f] = FieldState::read;
      return p;
    }
    case '{':  // a {"value": ...} wrapper, or a grant: the full reader's
    case '[': return nullptr;
    default: {
      double number = 0;
      if (!is_numeric(kind) && kind != TypeKind::grant) return nullptr;
      p = scan::parse_number(p, end, number);
      if (p == nullptr) return nullptr;
      if (kind == TypeKind::grant && number != 0) return nullptr;  // 0: no grant, as begin() left it
      if (kind == TypeKind::percent) {
        if (number > 0 && number < 1) return nullptr;  // 0.25 in a percent field: a warning
        number /= 100;
      }
      out->numbers[f] = number;
      state[f] = FieldState::read;
      return p;
    }
  }
}

const char* OfferReader::Impl::fast_string(const PathNode& node, const char* p, const char* end) {
  const char* close = scan::find_string_end(p, end);
  if (close == nullptr) return nullptr;
  const std::string_view text(p, static_cast<std::size_t>(close - p));
  const auto f = static_cast<std::size_t>(node.field);
  const TypeKind kind = schema.fields[f].kind;
  if (kind == TypeKind::enumeration) {
    const int member = member_keys[f].find(text.data(), text.size());
    if (member < 0) return nullptr;
    out->numbers[f] = member;
  } else if (kind == TypeKind::text) {
    out->texts[f].assign(text);
  } else {
    return nullptr;
  }
  state[f] = FieldState::read;
  if (node.label != Label::none && fast_label(node.label, p, end) == nullptr) return nullptr;
  return close + 1;
}

const char* OfferReader::Impl::fast_label(Label label, const char* p, const char* end) {
  const char* close = scan::find_string_end(p, end);
  if (close == nullptr) return nullptr;
  const std::string_view text(p, static_cast<std::size_t>(close - p));
  if (label == Label::currency) {
    if (!is_currency_code(text)) return nullptr;
    offer_currency = make_currency(text);
  } else {
    set_label(label, text);
  }
  return close + 1;
}

const char* OfferReader::Impl::fast_skip(const char* p, const char* end, int level) {
  if (p >= end) return nullptr;
  switch (*p) {
    case '"': {
      const char* close = scan::find_string_end(p + 1, end);
      return close == nullptr ? nullptr : close + 1;
    }
    case '{': return fast_skip_object(p + 1, end, level);
    case '[': return fast_skip_array(p + 1, end, level);
    case 't': return scan::skip_literal(p, end, "true", 4);
    case 'f': return scan::skip_literal(p, end, "false", 5);
    case 'n': return scan::skip_literal(p, end, "null", 4);
    default: return scan::skip_number(p, end);
  }
}

const char* OfferReader::Impl::fast_skip_object(const char* p, const char* end, int level) {
  if (level > kMaxJsonDepth) return nullptr;
  p = scan::skip_space(p, end);
  if (p < end && *p == '}') return p + 1;
  while (true) {
    if (p >= end || *p != '"') return nullptr;
    p = scan::find_string_end(p + 1, end);
    if (p == nullptr) return nullptr;
    p = scan::skip_space(p + 1, end);
    if (p >= end || *p != ':') return nullptr;
    p = fast_skip(scan::skip_space(p + 1, end), end, level + 1);
    if (p == nullptr) return nullptr;
    bool closed = false;
    p = scan::next_member(p, end, '}', closed);
    if (p == nullptr || closed) return p;
  }
}

const char* OfferReader::Impl::fast_skip_array(const char* p, const char* end, int level) {
  if (level > kMaxJsonDepth) return nullptr;
  p = scan::skip_space(p, end);
  if (p < end && *p == ']') return p + 1;
  while (true) {
    p = fast_skip(p, end, level + 1);
    if (p == nullptr) return nullptr;
    bool closed = false;
    p = scan::next_member(p, end, ']', closed);
    if (p == nullptr || closed) return p;
  }
}

}  // namespace rubric
