// Internal to the checker: the state its passes share and the passes themselves.
// Nothing outside src/rubric/check*.cpp includes this header.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "rubric/check/check.hpp"

namespace rubric::checker {

/// Records a max_of / min_of / mean_of call and the graph node of the declaration that contains it.
struct AggregateCall {
  ast::Expr* call = nullptr;
  int node = -1;
};

/// Holds what the checker's passes share: the rubric, the result, the name tables and the dependency graph.
///
/// Graph nodes number the declarations in the order evaluation prefers them:
/// lets, criteria, flags, `total`, confirms, asks (each kind in source order).
class Context {
 public:
  /// Sizes the per-declaration tables for `rubric`.
  Context(ast::Rubric& rubric, CheckResult& result);

  ast::Rubric& rubric;
  CheckResult& result;
  std::unordered_map<std::string, ast::Symbol> names;  // the flat namespace: lets, criteria, flags, confirms, asks
  std::unordered_map<std::string, int> paths;          // declared offer path -> field index (first declaration)
  std::unordered_set<std::string> clashes;             // names that are both a declaration and an offer path
  std::vector<Type> field_types;                       // per field
  std::vector<std::vector<int>> deps;                  // per node: the nodes it reads
  std::vector<char> let_read;                          // per let: something reads it
  std::vector<char> calls_aggregate;                   // per node: its own expressions call an aggregate
  std::vector<char> reads_aggregate;                   // per node: it or anything it reads calls an aggregate
  std::vector<AggregateCall> aggregate_calls;
  std::vector<ast::Text*> interpolated;  // every label / because whose pieces need types
  std::vector<ast::Text*> chosen;        // every `because if C then ... else ...`, whose C must be bool

  /// Returns how many graph nodes there are (every declaration plus `total`).
  int node_count() const { return total_node() + 1 + confirm_count() + ask_count(); }
  /// Returns the node of `total`.
  int total_node() const;
  /// Returns the graph node of a let, criterion, flag, confirm, ask or total symbol; -1 for fields.
  int node_of(ast::Symbol symbol) const;
  /// Returns the symbol a graph node stands for.
  ast::Symbol symbol_at(int node) const;
  /// Returns the declared name of a node ("total" for total).
  std::string_view node_name(int node) const;
  /// Returns the range of the node's declared name (total has none: an empty range).
  SourceRange node_range(int node) const;
  /// Returns the type a reference to `symbol` has.
  Type symbol_type(ast::Symbol symbol) const;

  /// Adds an error diagnostic.
  void error(const SourceRange& range, std::string message, std::vector<std::string> notes = {});
  /// Adds a warning diagnostic.
  void warning(const SourceRange& range, std::string message, std::vector<std::string> notes = {});

  /// Returns a "did you mean 'x'?" note for an unknown name or path, or an empty string.
  std::string suggest_name(const std::string& name);

 private:
  int confirm_count() const { return static_cast<int>(rubric.confirms.size()); }
  int ask_count() const { return static_cast<int>(rubric.asks.size()); }
  const std::vector<std::string>& name_candidates();

  std::vector<std::string> candidates_;  // every referable name, in source order; built on first need
  std::unordered_map<std::string, std::string> suggestion_cache_;
  std::size_t suggest_comparisons_ = 0;  // work spent on suggestions so far
};

// ---- passes, in the order check() runs them ----

/// Checks the singletons: exactly one title, at most one scale (low < high), at most one draft.
void check_singletons(Context& cx);
/// Types the offer fields, assigns enum ids, checks duplicates, prefixes and defaults.
void check_fields(Context& cx);
/// Builds the flat namespace and checks duplicate names, `total`, and offer paths that clash with it.
void check_namespace(Context& cx);
/// Resolves every name in expressions and interpolated strings; records graph edges.
void resolve_all(Context& cx);
/// Finds cycles, computes CheckResult::order and which nodes read an aggregate.
void check_graph(Context& cx);
/// Types every declaration's expressions in evaluation order (lets first where they are read).
void type_declarations(Context& cx);
/// Rejects aggregates whose argument contains or reads another aggregate.
void check_aggregate_nesting(Context& cx);
/// Checks every weight is >= 0, that they sum to 100, and that there is a criterion.
void check_weights(Context& cx);
/// Warns about lets nothing reads.
void warn_unused_lets(Context& cx);
/// Warns where an operator after `else` applies to the else branch only (docs/language.md, "The else trap").
void warn_else_traps(Context& cx);
/// Warns about `ignore { }` paths the rubric declares.
void check_ignored_paths(Context& cx);
/// Checks `currency` and `rates`: one of each, positive rates, no repeated code, a YYYY-MM-DD date.
void check_currencies(Context& cx);

// ---- helpers shared between passes ----

/// Types one expression (and its subexpressions), storing and returning Expr::type.
Type type_expr(Context& cx, ast::Expr& expr);
/// Types a function call: checks the name, the arity and each argument.
Type type_call(Context& cx, ast::Expr& call);
/// Returns true for grant_value, vested and vested_through.
bool is_grant_function(std::string_view name);
/// Types a call of a grant function: its first argument a grant field, its year (if any) a whole number >= 1.
Type type_grant_call(Context& cx, ast::Expr& call);
/// Reports a grant read where a value is needed (it is not a number); returns the error type.
Type report_grant_use(Context& cx, const ast::Expr& ref);
/// Types a binary operator expression.
Type type_binary(Context& cx, ast::Expr& expr);
/// Types `x in [...]`.
Type type_in(Context& cx, ast::Expr& expr);
/// Types `if C then A else B`.
Type type_if(Context& cx, ast::Expr& expr);
/// Types `when C => V ... else V`.
Type type_when(Context& cx, ast::Expr& expr);
/// Types `match X { ... }`.
Type type_match(Context& cx, ast::Expr& expr);

/// Types a condition and reports it unless it is bool; `what` starts the message ("'if' condition").
void expect_bool(Context& cx, ast::Expr& expr, std::string_view what);
/// Types an expression and reports it unless it is numeric; `what` starts the message ("a penalty").
void expect_number(Context& cx, ast::Expr& expr, std::string_view what);

/// Returns true when `name` is max_of, min_of or mean_of.
bool is_aggregate(std::string_view name);
/// Names a symbol kind for messages ("let", "criterion", "offer field", ...).
std::string_view symbol_kind_name(SymbolKind kind);
/// Names a type for messages ("money", "bool", "enumeration", ...).
std::string type_name(Type type);
/// Wraps a name in single quotes.
std::string quoted(std::string_view name);
/// Joins names as 'a', 'b', 'c'.
std::string quoted_list(const std::vector<std::string>& names);
/// Formats a number as written in a rubric (30, 0.5, 150000).
std::string number_text(double value);
/// Returns true when both types are enumerations with the same members.
bool same_enumeration(const Context& cx, Type a, Type b);
/// Reports a string literal that is not a member of an enumeration; returns true when it is a member.
bool check_member(Context& cx, Type enumeration, const std::string& value, const SourceRange& where);
/// Returns the candidate closest to `name` (edit distance <= 2, else a unique prefix/suffix match), or "".
std::string suggest_among(std::string_view name, const std::vector<std::string>& candidates);
/// Returns the value of a number or percent literal, possibly negated; false when `expr` is not one.
bool literal_number(const ast::Expr& expr, double& value);

}  // namespace rubric::checker
