// The tracing interpreter behind `rubric explain`. Internal to explain*.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include <rubric/explain.hpp>
#include "rubric/compile/interpolate.hpp"

namespace rubric::explain_detail {

/// Why evaluating a declaration stopped (division by zero, a non-finite value, no aggregate, no match arm).
struct Fault : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// A value as the evaluator holds it: a double (bool 0/1, enum member index, text handle) and its static type.
struct Value {
  double v = 0;
  Type type;
};

/// Evaluates one offer's declarations over the checked AST, recording what it computes.
class Tracer {
 public:
  /// Prepares slots for every declaration; `run` may be null (then aggregates see this offer alone).
  Tracer(const CompiledRubric& rubric, const Facts& facts, const std::vector<const Facts*>* run);

  /// Evaluates every declaration in the checker's order, recording each into `out`.
  void trace_all(OfferTrace& out);
  /// Evaluates an expression without recording; throws Fault.
  double quiet(const ast::Expr& e);
  /// Computes every declaration in the checker's order without recording, so reading one afterwards
  /// never recurses through what it depends on; a declaration that faults faults again where it is read.
  void prime();

 private:
  // explain_tracer.cpp: expressions
  Value eval(const ast::Expr& e, int depth);
  Value eval_node(const ast::Expr& e, int depth);
  Value eval_ref(const ast::Expr& e);
  Value eval_binary(const ast::Expr& e, int depth);
  Value eval_in(const ast::Expr& e, int depth);
  Value eval_if(const ast::Expr& e, int depth);
  Value eval_when(const ast::Expr& e, int depth);
  Value eval_match(const ast::Expr& e, int depth);
  // explain_calls.cpp: function calls and aggregates
  Value eval_call(const ast::Expr& e, int depth);
  Value eval_scale(const ast::Expr& e, int depth);
  Value eval_aggregate(const ast::Expr& e, int depth);
  Value eval_grant(const ast::Expr& e, int depth);
  /// Returns the grant a grant field's reference reads, or null when the facts do not hold it.
  const Grant* grant_of(const ast::Expr& ref) const;
  /// Describes a field's read: its default, source, original currency and, for a grant, its vesting.
  void describe_field(const ast::Expr& ref, TraceLine& line) const;
  // explain_decls.cpp: declarations
  void ensure(const ast::Symbol& symbol);
  void compute(SymbolKind kind, int index, DeclTrace* record);
  void compute_criterion(std::size_t i, DeclTrace* record);
  void compute_flag(std::size_t i, DeclTrace* record);
  void compute_ask(std::size_t i, DeclTrace* record);
  void compute_total(OfferTrace* record);
  Value clause(const char* name, const ast::Expr& e, DeclTrace* record);

  // helpers (explain_tracer.cpp)
  std::string text_of_value(const Value& value) const;
  std::string render(const Value& value) const;
  std::string interpolate(const ast::Text& text);
  void take_arm(const char* construct, const std::string& arm, const std::optional<ast::Text>& because, int depth);
  std::string where(const ast::Expr& e) const;
  std::string with_references(std::size_t at);
  int intern(const std::string& text);
  bool recording() const { return clause_ != nullptr; }

  const CompiledRubric& rubric_;
  const ast::Rubric& syntax_;
  const CheckResult& checked_;
  const Facts& facts_;
  const std::vector<const Facts*>* run_;
  SlotLayout layout_;
  std::vector<double> slots_;
  std::vector<std::uint8_t> state_;  // per slot: 0 not computed, 1 computing, 2 done
  std::vector<double> penalties_;    // per flag, when raised
  std::vector<std::optional<double>> caps_;
  std::vector<std::string> strings_;  // text constants; handles are text_constant_handle(i)
  std::unordered_map<const ast::Expr*, double> aggregates_;
  bool in_aggregate_ = false;
  double weighted_ = 0;
  std::string what_;                                 // "criterion pay", for fault messages
  ClauseTrace* clause_ = nullptr;                    // where lines go; null: quiet
  DeclTrace* decl_ = nullptr;                        // where arms and reasons go
  std::vector<std::string>* arm_reasons_ = nullptr;  // reasons of arms taken in the current declaration
};

/// Returns an expression's source text on one line, whitespace runs collapsed.
std::string expression_text(const SourceFile& source, const SourceRange& range);

/// Returns expression text on one line: comments dropped, whitespace runs collapsed, ends trimmed.
std::string one_line(std::string_view text);

}  // namespace rubric::explain_detail
