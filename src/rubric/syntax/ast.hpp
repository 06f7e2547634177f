// The abstract syntax tree of a rubric file. The parser builds it; the checker
// fills the fields marked "checker" (types, resolved symbols, interpolation
// pieces); the compiler reads it. Every node carries its source range.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <rubric/kinds.hpp>
#include <rubric/source.hpp>
#include <rubric/types.hpp>

namespace rubric::ast {

using rubric::Severity;
using rubric::SymbolKind;

/// A resolved reference: the kind plus the index into Rubric::fields / lets / criteria / ...
struct Symbol {
  SymbolKind kind = SymbolKind::none;
  int index = -1;
};

/// One piece of an interpolated string: literal text, or a `{name}` reference.
struct TextPiece {
  std::string literal;  // used when symbol.kind == none
  std::string name;     // the name or dotted path between the braces
  SourceRange range;    // of the `{name}` inside the string
  Symbol symbol;        // checker
  Type type;            // checker: decides how the value renders
};

/// A string literal in a declaration (label, because, cite tag, title), unescaped.
struct Text {
  std::string value;              // unescaped
  std::string raw;                // as written between the quotes, escapes kept (the checker maps `{` to columns)
  SourceRange range;              // from the opening quote to after the closing one
  std::vector<TextPiece> pieces;  // checker: `value` split at `{name}` references
  // `because if C then "A" else "B"`: the parser puts C in a hidden let named `choice` and the two
  // reasons in `branches` (A, then B); `value` and `raw` stay empty.
  std::string choice;
  SourceRange choice_range;  // of C
  std::vector<Text> branches;
  Symbol choice_symbol;  // checker: the hidden let
};

/// A name as written, with where it was written.
struct Ident {
  std::string name;
  SourceRange range;
};

/// Expression kinds; the comment says which Expr fields each one uses.
enum class ExprKind {
  number,       // `number`: 12, 3.5, 150k (150000), 1.2M
  percent,      // `number`: 10% is stored as 0.10
  string,       // `text`: "org"
  boolean,      // `boolean`: true, false
  list,         // `children`: ["a", "b"] (string literals only; right side of `in`)
  ref,          // `text`: a name or dotted path, e.g. "total_comp", "comp.base"
  negate,       // `children[0]`: unary minus
  logical_not,  // `children[0]`: not C
  binary,       // `op`, `children[0]` op `children[1]`
  in,           // `children[0]` in `children[1]` (a list)
  if_then,      // `children` = {cond, then, else}
  when,         // `arms` (cond, value, because); `otherwise` = the else value
  match,        // `children[0]` = subject; `arms` (label, value, because); `otherwise` may be null
  call,         // `text` = function name; `children` = arguments
  point,        // `children` = {x, y}: an `x => y` argument of scale()
};

/// Names an expression kind, for messages and debugging.
std::string_view to_string(ExprKind kind);

/// Binary operators, loosest first.
enum class BinaryOp { logical_or, logical_and, eq, ne, lt, le, gt, ge, add, sub, mul, div };

/// Spells a binary operator as written in the language ("or", "==", "+", ...).
std::string_view to_string(BinaryOp op);

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

/// One `=>` arm of a `when` or `match`.
struct Arm {
  ExprPtr condition;          // when: the condition; match: null
  std::optional<Text> label;  // match: the string label; when: empty
  ExprPtr value;
  std::optional<Text> because;  // the reason shown when this arm is taken
  SourceRange range;
};

/// An expression node.
struct Expr {
  ExprKind kind = ExprKind::number;
  SourceRange range;
  double number = 0;            // number, percent
  bool boolean = false;         // boolean
  std::string text;             // string value, ref name, call name
  BinaryOp op = BinaryOp::add;  // binary
  std::vector<ExprPtr> children;
  std::vector<Arm> arms;                  // when, match
  ExprPtr otherwise;                      // when: required; match: optional `else => V`
  std::optional<Text> otherwise_because;  // match `else => V because "..."`

  Type type;      // checker: the static type
  Symbol symbol;  // checker: for ref
};

/// A type as written in a declaration: a keyword type or an enumeration.
struct TypeSpec {
  TypeKind kind = TypeKind::number;  // enumeration when `members` is non-empty
  std::vector<Text> members;         // "a" | "b" | ...
  SourceRange range;
};

/// `path : type [= default]` inside `offer { ... }`.
struct OfferField {
  Ident path;  // dotted, e.g. "comp.base"
  TypeSpec type;
  ExprPtr default_value;                  // a literal; null when the field is required
  std::optional<SourceRange> negotiable;  // where `negotiable` is written, when it is
  SourceRange range;
};

/// `let name [: type] = expr`.
struct LetDecl {
  Ident name;
  bool hidden = false;  // made by the parser for `{expr}` or a conditional reason; named by its text
  std::optional<TypeSpec> declared;
  ExprPtr value;
  SourceRange range;
};

/// `criterion id "Label" weight W { score EXPR [because "..."] }`.
struct CriterionDecl {
  Ident id;
  Text label;
  double weight = 0;
  SourceRange weight_range;
  ExprPtr score;
  std::optional<Text> because;
  SourceRange range;
};

/// `flag id "Label" SEVERITY { when COND [penalty N] [cap N] [veto] [because "..."] }`.
struct FlagDecl {
  Ident id;
  Text label;
  Severity severity = Severity::warning;
  ExprPtr condition;
  ExprPtr penalty;  // null when absent
  ExprPtr cap;      // null when absent
  bool veto = false;
  SourceRange veto_range;
  std::optional<Text> because;
  SourceRange range;
};

/// `confirm id "Label" { when COND }`.
struct ConfirmDecl {
  Ident id;
  Text label;
  ExprPtr condition;
  SourceRange range;
};

/// `ask id "Label" { when COND [range LO .. HI] [cite "tag", ...] [because "..."] }`.
struct AskDecl {
  Ident id;
  Text label;
  ExprPtr condition;
  ExprPtr range_low;  // both null or both set
  ExprPtr range_high;
  std::vector<Text> cite;
  std::optional<Text> because;
  SourceRange range;
};

/// `scale LO..HI`.
struct ScaleDecl {
  double low = 0;
  double high = 10;
  SourceRange range;
};

/// `draft "path/to/template.mustache"`: the negotiation email template.
struct DraftDecl {
  Text path;
  SourceRange range;
};

/// `currency CODE`: the currency every money value is compared in.
struct CurrencyDecl {
  Ident code;
  SourceRange range;
};

/// One `CODE = RATE` inside `rates { }`.
struct RateEntry {
  Ident code;
  double rate = 0;
  SourceRange rate_range;
  SourceRange range;
};

/// `rates [as of "DATE"] { CODE = RATE ... }`.
struct RatesDecl {
  std::optional<Text> as_of;
  std::vector<RateEntry> entries;
  SourceRange range;
};

/// A whole rubric file. Declarations keep source order within each kind.
/// Repeated singletons (titles, scales, drafts) are all kept so the checker can report them.
struct Rubric {
  SourceFilePtr source;
  std::vector<Text> titles;        // `rubric "Title"`; exactly one is valid
  std::vector<ScaleDecl> scales;   // at most one is valid; none means 0..10
  std::vector<DraftDecl> drafts;   // at most one is valid
  std::vector<OfferField> fields;  // from every `offer { }` block, in order
  std::vector<LetDecl> lets;
  std::vector<CriterionDecl> criteria;
  std::vector<FlagDecl> flags;
  std::vector<ConfirmDecl> confirms;
  std::vector<AskDecl> asks;
  std::vector<Ident> ignored;            // `ignore { ... }` paths, in order
  std::vector<CurrencyDecl> currencies;  // at most one is valid; none means USD
  std::vector<RatesDecl> rates;          // every block's entries count; codes may not repeat
};

}  // namespace rubric::ast
