// Offer fields: types and enumeration ids, duplicate and overlapping paths, defaults.
#include <fmt/format.h>

#include <unordered_set>

#include "rubric/check/check_context.hpp"

namespace rubric::checker {

namespace {

Type field_type(Context& cx, const ast::OfferField& f) {
  if (!f.type.members.empty()) {
    std::vector<std::string> members;
    std::unordered_set<std::string> seen;
    for (const auto& m : f.type.members) {
      if (seen.insert(m.value).second) {
        members.push_back(m.value);
      } else {
        cx.error(m.range,
                 fmt::format("duplicate member {} in the enumeration of {}", quoted(m.value), quoted(f.path.name)));
      }
    }
    cx.result.enums.push_back(std::move(members));
    return Type{TypeKind::enumeration, static_cast<int>(cx.result.enums.size() - 1)};
  }
  TypeKind k = f.type.kind;
  if (is_numeric(k) || k == TypeKind::boolean || k == TypeKind::text || k == TypeKind::grant) return Type{k};
  cx.error(f.type.range, fmt::format("offer field {} needs a type: number, money, percent, bool, text or "
                                     "\"a\" | \"b\" | ...",
                                     quoted(f.path.name)));
  return Type{};
}

std::string describe_literal(const ast::Expr& e) {
  double v = 0;
  switch (e.kind) {
    case ast::ExprKind::string: return fmt::format("\"{}\"", e.text);
    case ast::ExprKind::boolean: return e.boolean ? "true" : "false";
    case ast::ExprKind::percent: return number_text(e.number * 100) + "%";
    default: break;
  }
  if (literal_number(e, v)) return number_text(v);
  return "an expression";
}

bool is_literal_of(const ast::Expr& e, ast::ExprKind kind) {
  if (e.kind == ast::ExprKind::negate && e.children.size() == 1) return e.children[0]->kind == kind;
  return e.kind == kind;
}

// Returns what a default of this type must look like, or "" when `e` is one.
std::string default_mismatch(Context& cx, const ast::Expr& e, Type type) {
  double v = 0;
  switch (type.kind) {
    case TypeKind::number:
    case TypeKind::money: return is_literal_of(e, ast::ExprKind::number) ? "" : "a number";
    case TypeKind::percent:
      if (is_literal_of(e, ast::ExprKind::percent)) return "";
      if (is_literal_of(e, ast::ExprKind::number) && literal_number(e, v) && v == 0) return "";
      return "a percent written with % (like 10%), or 0";
    case TypeKind::boolean: return e.kind == ast::ExprKind::boolean ? "" : "true or false";
    case TypeKind::grant: return literal_number(e, v) && v == 0 ? "" : "0 (no grant)";
    case TypeKind::text: return e.kind == ast::ExprKind::string ? "" : "a string";
    case TypeKind::enumeration:
      return e.kind == ast::ExprKind::string
                 ? ""
                 : "one of " + quoted_list(cx.result.enums[static_cast<std::size_t>(type.enum_id)]);
    default: return "";  // the field's type is already an error
  }
}

void check_default(Context& cx, ast::OfferField& f, Type type) {
  if (!f.default_value) return;
  ast::Expr& e = *f.default_value;
  std::string want = default_mismatch(cx, e, type);
  bool ok = want.empty();
  if (!ok) {
    cx.error(e.range, fmt::format("the default of {} field {} must be {}, found {}", type_name(type),
                                  quoted(f.path.name), want, describe_literal(e)));
  } else if (type.kind == TypeKind::enumeration) {
    ok = check_member(cx, type, e.text, e.range);
  }
  // The literal takes the field's type, so a default renders like the field it stands for.
  Type literal_type = ok ? type : Type{};
  e.type = literal_type;
  for (auto& child : e.children) child->type = literal_type;
}

// `comp` and `comp.base` cannot both be fields: one JSON value cannot be a number and an object.
void check_prefixes(Context& cx) {
  const auto& fields = cx.rubric.fields;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const std::string& path = fields[i].path.name;
    if (cx.paths.at(path) != static_cast<int>(i)) continue;  // a duplicate, already reported
    for (auto dot = path.find('.'); dot != std::string::npos; dot = path.find('.', dot + 1)) {
      std::string prefix = path.substr(0, dot);
      auto it = cx.paths.find(prefix);
      if (it == cx.paths.end()) continue;
      auto j = static_cast<std::size_t>(it->second);
      std::size_t later = std::max(i, j);
      std::size_t earlier = std::min(i, j);
      cx.error(
          fields[later].path.range,
          fmt::format("offer path {} is a prefix of {}; a field cannot also hold fields", quoted(prefix), quoted(path)),
          {fmt::format("{} is declared at line {}", quoted(fields[earlier].path.name),
                       fields[earlier].path.range.begin.line)});
    }
  }
}

}  // namespace

void check_fields(Context& cx) {
  auto& fields = cx.rubric.fields;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    auto& f = fields[i];
    Type type = field_type(cx, f);
    cx.field_types[i] = type;
    auto [it, inserted] = cx.paths.emplace(f.path.name, static_cast<int>(i));
    if (!inserted) {
      cx.error(f.path.range, fmt::format("duplicate offer path {}", quoted(f.path.name)),
               {fmt::format("{} is first declared at line {}", quoted(f.path.name),
                            fields[static_cast<std::size_t>(it->second)].path.range.begin.line)});
    }
    check_default(cx, f, type);
    if (f.negotiable && !is_numeric(type.kind) && type.kind != TypeKind::error)
      cx.error(*f.negotiable,
               fmt::format("only a number, money or percent field can be negotiable; {} is {}", quoted(f.path.name),
                           type.kind == TypeKind::enumeration ? "an enumeration" : std::string(to_string(type.kind))));
  }
  check_prefixes(cx);
}

}  // namespace rubric::checker
