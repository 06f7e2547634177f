// `rubric explain`: the evaluation trace of one offer. A small tree-walking
// interpreter over the checked AST re-evaluates every declaration with the
// same arithmetic as the evaluator (plan.hpp's apply_binary, scale_points,
// clamp_value) and records the expression text, the sub-values that decided
// it, and the branches taken. The engine's bytecode evaluator stays lean.
#pragma once

#include <string>
#include <vector>

#include <rubric/engine.hpp>
#include <rubric/report.hpp>

namespace rubric {

/// One evaluated sub-expression: its text as written and its value.
struct TraceLine {
  int depth = 0;                   // nesting below the clause's expression, from 1
  std::string text;                // "senior_ratio >= 0.3", or "took \"org\"" for a branch
  std::string value;               // rendered per its type: "true", "255,200", "org"
  std::string note;                // "source: offer letter", "default", "because ..."
  int number = 0;                  // > 0: a longer line above shows this sub-expression as [number] instead of its text
  std::size_t begin = 0, end = 0;  // the sub-expression's byte offsets in the rubric (both 0 for branch lines)
};

/// One clause of a declaration (a let's value, a criterion's score, a flag's condition or penalty ...).
struct ClauseTrace {
  std::string name;              // "value", "score", "when", "penalty", "cap", "range low", "range high"
  std::string expression;        // as written, on one line
  std::string value;             // rendered result, empty when evaluation stopped
  std::vector<TraceLine> lines;  // sub-values in evaluation order; branches not taken never appear
};

/// One declaration's trace.
struct DeclTrace {
  SymbolKind kind = SymbolKind::none;
  std::string id;
  std::string label;    // interpolated; empty for lets
  std::string summary;  // "score 9, weight 20, contributes 1.8", "raised, critical, penalty 1.5"
  std::vector<ClauseTrace> clauses;
  std::vector<TakenArm> arms;        // branches taken, in evaluation order
  std::vector<std::string> because;  // reasons, as the report shows them
  std::string error;                 // why evaluation stopped, or empty
};

/// The whole trace of one offer.
struct OfferTrace {
  std::string id;
  std::string source;
  std::size_t ordinal = 0;
  std::vector<std::string> errors;  // the offer's read errors: nothing was evaluated
  std::vector<DeclTrace> decls;     // in evaluation order
  std::string total;                // "weighted 7.84 - penalties 0 = 7.84", empty when not reached
};

/// Fills a report's branches and typed fact values by tracing every scored offer of a traced run.
void add_branches(Report& report, const CompiledRubric& rubric, const TracedRun& traced);

/// Traces one offer; `run` holds every offer of the run (for max_of, min_of, mean_of), `facts` among them or not.
OfferTrace trace_offer(const CompiledRubric& rubric, const Facts& facts, const std::vector<const Facts*>& run);

/// Returns the branches each criterion took, for Report::branches.
std::vector<CriterionBranch> criterion_branches(const OfferTrace& trace);

/// Renders a trace for the terminal; with `criterion` set, only that criterion and the lets it reads.
std::string format_trace(const OfferTrace& trace, const std::string& criterion = {});

}  // namespace rubric
