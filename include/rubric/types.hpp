// The static types of the rubric language.
#pragma once

#include <string>
#include <string_view>

namespace rubric {

/// The kind of a value. number, money and percent are all IEEE doubles that differ in how they render.
enum class TypeKind {
  number,       // plain quantity, rendered with at most two decimals
  money,        // rendered with thousands separators: 255,200
  percent,      // stored as a fraction (0.10), rendered as 10%
  boolean,      // true / false
  text,         // free text from the offer
  enumeration,  // one of a fixed set of strings; `enum_id` says which set
  list,         // a literal list of strings, only as the right side of `in`
  grant,        // an equity grant (an offer field only); read through grant_value, vested, vested_through
  error,        // the type of an expression that already produced a diagnostic
};

/// Names a type kind as the language spells it ("number", "money", ..., "bool", "text").
std::string_view to_string(TypeKind kind);

/// Returns true for number, money and percent.
constexpr bool is_numeric(TypeKind kind) {
  return kind == TypeKind::number || kind == TypeKind::money || kind == TypeKind::percent;
}

/// A static type: a kind plus, for enumerations, the index of its member set in CheckResult::enums.
struct Type {
  TypeKind kind = TypeKind::error;
  int enum_id = -1;

  friend bool operator==(const Type&, const Type&) = default;
};

}  // namespace rubric
