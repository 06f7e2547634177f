// Field notes: comments found next to each `offer { }` field and the declarations that read each field
// (directly or through lets), taken from the checked syntax tree.
#include "rubric/authoring/field_notes.hpp"

#include <fmt/format.h>

#include <cmath>
#include <set>

#include "rubric/run/compiled.hpp"

namespace rubric::authoring {

namespace {

std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return std::string(s);
}

/// Returns the text after a `#` outside strings on `line`, or "" when the line has no comment.
std::string trailing_comment(std::string_view line) {
  bool in_string = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (in_string && line[i] == '\\') ++i;
    else if (line[i] == '"') in_string = !in_string;
    else if (!in_string && line[i] == '#') return trim(line.substr(i + 1));
  }
  return {};
}

/// The comment on the field's line, or else the run of whole-line comments right above it.
std::string comment_at(const SourceFile& source, std::uint32_t line) {
  std::string comment = trailing_comment(source.line_text(line));
  if (!comment.empty()) return comment;
  std::vector<std::string> above;
  for (std::uint32_t l = line; l-- > 1;) {
    const std::string text = trim(source.line_text(l));
    if (text.empty() || text.front() != '#') break;
    above.insert(above.begin(), trim(std::string_view(text).substr(1)));
  }
  for (const auto& part : above) comment += (comment.empty() ? "" : " ") + part;
  return comment;
}

/// Adds the fields and lets an expression reads.
void reads(const ast::Expr* e, std::set<int>& fields, std::set<int>& lets) {
  if (e == nullptr) return;
  if (e->kind == ast::ExprKind::ref) {
    if (e->symbol.kind == SymbolKind::field) fields.insert(e->symbol.index);
    if (e->symbol.kind == SymbolKind::let) lets.insert(e->symbol.index);
  }
  for (const auto& child : e->children) reads(child.get(), fields, lets);
  for (const auto& arm : e->arms) {
    reads(arm.condition.get(), fields, lets);
    reads(arm.value.get(), fields, lets);
  }
  reads(e->otherwise.get(), fields, lets);
}

/// Returns the fields read by `exprs`, following lets (which only read earlier lets: no cycles).
std::set<int> fields_read(const ast::Rubric& rubric, std::vector<const ast::Expr*> exprs) {
  std::set<int> fields, lets, done;
  for (const ast::Expr* e : exprs) reads(e, fields, lets);
  while (!lets.empty()) {
    const int let = *lets.begin();
    lets.erase(lets.begin());
    if (!done.insert(let).second || let < 0 || static_cast<std::size_t>(let) >= rubric.lets.size()) continue;
    reads(rubric.lets[static_cast<std::size_t>(let)].value.get(), fields, lets);
  }
  return fields;
}

void add_reader(std::vector<FieldNotes>& notes, const std::set<int>& fields, const std::string& reader) {
  for (int f : fields)
    if (f >= 0 && static_cast<std::size_t>(f) < notes.size())
      notes[static_cast<std::size_t>(f)].readers.push_back(reader);
}

}  // namespace

std::vector<FieldNotes> field_notes(const CompiledRubric& rubric) {
  const ast::Rubric& tree = rubric.syntax();
  std::vector<FieldNotes> notes(tree.fields.size());
  for (std::size_t i = 0; i < tree.fields.size(); ++i)
    notes[i].comment = comment_at(rubric.source(), tree.fields[i].range.begin.line);
  const auto name = [](const ast::Text& label, const char* kind, const ast::Ident& id) {
    return fmt::format("{} ({} {})", label.value, kind, id.name);
  };
  for (const auto& c : tree.criteria)
    add_reader(notes, fields_read(tree, {c.score.get()}), name(c.label, "criterion", c.id));
  for (const auto& f : tree.flags)
    add_reader(notes, fields_read(tree, {f.condition.get(), f.penalty.get(), f.cap.get()}),
               name(f.label, "flag", f.id));
  for (const auto& c : tree.confirms)
    add_reader(notes, fields_read(tree, {c.condition.get()}), name(c.label, "confirm", c.id));
  for (const auto& a : tree.asks)
    add_reader(notes, fields_read(tree, {a.condition.get(), a.range_low.get(), a.range_high.get()}),
               name(a.label, "ask", a.id));
  return notes;
}

std::string type_description(const FieldSpec& field) {
  switch (field.kind) {
    case TypeKind::money:
      return "money: a number, e.g. 182000 (not a string like \"182k\"), in the offer's currency unless "
             "{\"value\": V, \"currency\": \"EUR\"} names its own";
    case TypeKind::grant:
      return "grant: 0 (none), {\"rsu\": AMOUNT} or {\"options\": N, \"strike\": S, \"price\": P}, each with an "
             "optional \"vesting\": {\"years\", \"cliff_months\", \"schedule\"} and \"currency\"";
    case TypeKind::percent: return "percent: a number in percent points, e.g. 10 for 10%";
    case TypeKind::number: return "number";
    case TypeKind::boolean: return "bool: true or false";
    case TypeKind::text: return "text: a string";
    case TypeKind::enumeration: {
      std::string members;
      for (const auto& m : field.members) members += (members.empty() ? "\"" : " | \"") + m + "\"";
      return "one of " + members;
    }
    default: return std::string(to_string(field.kind));
  }
}

namespace {

/// Returns a number as JSON, whole numbers as integers (0, not 0.0).
nlohmann::ordered_json number_json(double value) {
  if (std::fabs(value) < 1e15 && value == std::trunc(value)) return static_cast<long long>(value);
  return value;
}

}  // namespace

nlohmann::ordered_json default_json(const FieldSpec& field) {
  switch (field.kind) {
    // Stored as a fraction; written in percent points, rounded so 0.07 reads back as 7, not 7.000000000000001.
    case TypeKind::percent: return number_json(std::round(field.default_number * 100 * 1e9) / 1e9);
    case TypeKind::boolean: return field.default_number != 0;
    case TypeKind::text: return field.default_text;
    case TypeKind::enumeration: {
      const auto index = static_cast<std::size_t>(field.default_number);
      return index < field.members.size() ? nlohmann::ordered_json(field.members[index]) : nlohmann::ordered_json();
    }
    default: return number_json(field.default_number);
  }
}

}  // namespace rubric::authoring
