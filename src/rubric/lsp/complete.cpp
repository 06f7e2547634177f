// Completion: what may be written at the cursor, read from the text before it and the last good analysis.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "rubric/lsp/features.hpp"

namespace rubric::lsp {

namespace {

// LSP CompletionItemKind numbers.
constexpr int kFunction = 3;
constexpr int kField = 5;
constexpr int kVariable = 6;
constexpr int kModule = 9;
constexpr int kKeyword = 14;
constexpr int kEnumMember = 20;

constexpr const char* kDeclarationKeywords[] = {"rubric",  "scale", "offer", "let",    "criterion", "flag",
                                                "confirm", "ask",   "draft", "ignore", "currency",  "rates"};
constexpr const char* kExpressionKeywords[] = {"if", "then", "else", "when", "match", "and",
                                               "or", "not",  "in",   "true", "false"};
constexpr const char* kClauseKeywords[] = {"score", "because", "when", "penalty", "cap", "veto", "range", "cite"};
constexpr const char* kTypes[] = {"number", "money", "percent", "bool", "text", "grant"};

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// Where the cursor stands: the blocks around it (outermost first, each named by the keyword that opened
// it, `match` blocks with their subject), and whether it is inside a comment or a string.
struct Scope {
  struct Block {
    std::string keyword;
    std::string subject;  // match: the text between `match` and `{`
  };
  std::vector<Block> blocks;
  bool in_comment = false;
  bool in_string = false;
};

Scope scan(std::string_view text) {
  Scope s;
  std::string declaration;  // the last declaration keyword seen at the top level
  std::size_t match_at = std::string_view::npos;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (s.in_comment) {
      s.in_comment = c != '\n';
    } else if (s.in_string) {
      if (c == '\\') ++i;
      else if (c == '"' || c == '\n') s.in_string = false;
    } else if (c == '#') {
      s.in_comment = true;
    } else if (c == '"') {
      s.in_string = true;
    } else if (c == '{') {
      if (s.blocks.empty()) {
        s.blocks.push_back({declaration, {}});
      } else if (match_at != std::string_view::npos) {
        std::string subject(text.substr(match_at, i - match_at));
        subject.erase(0, subject.find_first_not_of(" \t\r\n"));
        subject.erase(subject.find_last_not_of(" \t\r\n") + 1);
        s.blocks.push_back({"match", subject});
      } else {
        s.blocks.push_back({"{", {}});
      }
      match_at = std::string_view::npos;
    } else if (c == '}') {
      if (!s.blocks.empty()) s.blocks.pop_back();
    } else if (word_char(c) && (i == 0 || !word_char(text[i - 1]))) {
      std::size_t end = i;
      while (end < text.size() && word_char(text[end])) ++end;
      std::string_view word = text.substr(i, end - i);
      if (s.blocks.empty() && std::find(std::begin(kDeclarationKeywords), std::end(kDeclarationKeywords), word) !=
                                  std::end(kDeclarationKeywords)) {
        declaration = word;
      }
      if (word == "match") match_at = end;
      i = end - 1;
    }
  }
  return s;
}

class Completer {
 public:
  explicit Completer(const Analysis* a) : a_(a) {}

  json items = json::array();

  void add(std::string label, int kind, std::string detail = {}, std::string insert = {}) {
    if (!seen_.insert(label).second) return;
    json item = {{"label", label}, {"kind", kind}};
    if (!detail.empty()) item["detail"] = std::move(detail);
    if (!insert.empty()) item["insertText"] = std::move(insert);
    items.push_back(std::move(item));
  }

  template<std::size_t N>
  void keywords(const char* const (&list)[N]) {
    for (const char* k : list) add(k, kKeyword);
  }

  // Lists the segment after `prefix` (which ends with a dot, or is empty) of every declared offer path.
  void paths(const std::string& prefix) {
    if (!a_) return;
    for (const auto& f : a_->rubric.fields) {
      const std::string& path = f.path.name;
      if (!path.starts_with(prefix)) continue;
      std::size_t dot = path.find('.', prefix.size());
      std::string segment = path.substr(prefix.size(),
                                        dot == std::string::npos ? std::string::npos : dot - prefix.size());
      if (dot == std::string::npos) {
        add(segment, kField, std::string(text_of(*a_->source, f.type.range)));
      } else {
        add(segment, kModule, prefix + segment + ".");
      }
    }
  }

  void names() {
    if (!a_) return;
    const auto& r = a_->rubric;
    for (std::size_t i = 0; i < r.lets.size(); ++i) {
      if (r.lets[i].hidden) continue;  // `{EXPR}` in a reason: named by its text, not something to type
      Type t = i < a_->checked.let_types.size() ? a_->checked.let_types[i] : Type{};
      add(r.lets[i].name.name, kVariable, "let : " + type_text(*a_, t));
    }
    for (const auto& d : r.criteria) add(d.id.name, kVariable, fmt::format("criterion, weight {}", d.weight));
    for (const auto& d : r.flags) add(d.id.name, kVariable, fmt::format("flag ({})", to_string(d.severity)));
    for (const auto& d : r.confirms) add(d.id.name, kVariable, "confirm");
    for (const auto& d : r.asks) add(d.id.name, kVariable, "ask");
    add("total", kVariable, "the offer's total");
  }

  void functions() {
    for (const auto& f : function_docs()) add(std::string(f.name), kFunction, std::string(f.signature));
  }

  // Adds the members of the enumeration `subject` (an offer path or a let) has; false when it has none.
  bool members(const std::string& subject, bool quoted) {
    const std::vector<std::string>* list = enum_members(subject);
    if (!list) return false;
    for (const auto& m : *list) add(quoted ? m : "\"" + m + "\"", kEnumMember, subject, quoted ? m : "\"" + m + "\"");
    return true;
  }

 private:
  const std::vector<std::string>* enum_members(const std::string& subject) {
    if (!a_) return nullptr;
    Type type;
    for (std::size_t i = 0; i < a_->rubric.fields.size(); ++i) {
      if (a_->rubric.fields[i].path.name == subject) {
        const auto& spec = a_->rubric.fields[i].type;
        if (spec.members.empty()) return nullptr;
        own_.clear();
        for (const auto& m : spec.members) own_.push_back(m.value);
        return &own_;
      }
    }
    for (std::size_t i = 0; i < a_->rubric.lets.size(); ++i) {
      if (a_->rubric.lets[i].name.name == subject && i < a_->checked.let_types.size()) type = a_->checked.let_types[i];
    }
    if (type.kind != TypeKind::enumeration || type.enum_id < 0 ||
        static_cast<std::size_t>(type.enum_id) >= a_->checked.enums.size()) {
      return nullptr;
    }
    return &a_->checked.enums[static_cast<std::size_t>(type.enum_id)];
  }

  const Analysis* a_;
  std::set<std::string> seen_;
  std::vector<std::string> own_;
};

std::string trim(std::string_view s) {
  std::size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return "";
  std::size_t e = s.find_last_not_of(" \t");
  return std::string(s.substr(b, e - b + 1));
}

// Returns the name or path written just before `==`, `!=` or `in [` at the end of `line`, or "".
std::string compared_subject(std::string_view line) {
  std::string rest = trim(line);
  if (!rest.empty() && rest.back() == '"') rest.pop_back();
  rest = trim(rest);
  if (!rest.empty() && rest.back() == '[') {
    rest.pop_back();
    rest = trim(rest);
    if (rest.size() < 3 || !rest.ends_with(" in")) return "";
    rest.resize(rest.size() - 3);
  } else if (rest.ends_with("==") || rest.ends_with("!=")) {
    rest.resize(rest.size() - 2);
  } else {
    return "";
  }
  rest = trim(rest);
  std::size_t b = rest.size();
  while (b > 0 && (word_char(rest[b - 1]) || rest[b - 1] == '.')) --b;
  return rest.substr(b);
}

}  // namespace

json completion(const Document& doc, const PositionMap& map, const json& params) {
  const Analysis* a = doc.current ? doc.current.get() : doc.last_good.get();
  std::size_t offset = map.offset(params.at("position"));
  std::string_view before = std::string_view(doc.source->text()).substr(0, offset);
  std::size_t line_start = before.rfind('\n');
  std::string_view line = before.substr(line_start == std::string_view::npos ? 0 : line_start + 1);
  Completer c(a);
  Scope scope = scan(before);
  if (scope.in_comment) return c.items;

  // The word being typed, and before it either a path and a dot or something else.
  std::size_t word = line.size();
  while (word > 0 && word_char(line[word - 1])) --word;
  std::string_view head = line.substr(0, word);
  if (scope.in_string) {
    // Only an enumeration member may be completed inside a string: `x == "` or a match arm label.
    std::string_view outside = head.substr(0, head.rfind('"') + 1);
    std::string subject = compared_subject(outside);
    if (subject.empty() && !scope.blocks.empty() && scope.blocks.back().keyword == "match") {
      subject = scope.blocks.back().subject;
    }
    if (!subject.empty()) c.members(subject, true);
    return c.items;
  }
  if (!head.empty() && head.back() == '.') {
    std::size_t start = head.size() - 1;
    while (start > 0 && (word_char(head[start - 1]) || head[start - 1] == '.')) --start;
    c.paths(std::string(head.substr(start)));
    return c.items;
  }
  std::string before_word = trim(head);
  std::string subject = compared_subject(head);
  if (!subject.empty() && c.members(subject, false)) return c.items;
  if (before_word.ends_with(":")) {
    c.keywords(kTypes);
    return c.items;
  }
  std::string block = scope.blocks.empty() ? "" : scope.blocks.front().keyword;
  if (scope.blocks.empty() && before_word.empty()) {
    c.keywords(kDeclarationKeywords);
    return c.items;
  }
  if (block == "offer") return c.items;  // a new path: nothing to suggest
  if (!scope.blocks.empty() && scope.blocks.back().keyword == "match" && before_word.empty()) {
    c.members(scope.blocks.back().subject, false);
    c.keywords(kExpressionKeywords);
    return c.items;
  }
  if (!block.empty()) c.keywords(kClauseKeywords);  // a clause may follow any complete expression
  c.names();
  c.functions();
  c.paths("");
  c.keywords(kExpressionKeywords);
  return c.items;
}

}  // namespace rubric::lsp
