// `rubric explain RUBRIC INPUT...`: the evaluation trace of each offer in the terminal:
// every let with its value, every criterion's expression with the sub-values that
// decided it, every flag's condition with the values that made it true or false.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <rubric/explain.hpp>
#include "cli/commands.hpp"
#include "cli/offer_messages.hpp"
#include "cli/report_commands.hpp"
#include "cli/set_arg.hpp"
#include "cli/weight_arg.hpp"

namespace rubric::cli {

namespace {

/// The command line of `rubric explain`.
struct ExplainOptions {
  std::string rubric;
  std::vector<std::string> inputs;
  std::string criterion;
  std::vector<std::string> weights;
  FactOptions facts;
};

/// Returns true when the rubric declares criterion `id`; otherwise prints the ones it does.
bool known_criterion(const CompiledRubric& rubric, const std::string& id) {
  std::string ids;
  for (const auto& criterion : rubric.outline().criteria) {
    if (criterion == id) return true;
    ids += (ids.empty() ? "" : ", ") + criterion;
  }
  print_error("--criterion " + id + ": no criterion '" + id + "' (criteria: " + ids + ")");
  return false;
}

int run_explain(const ExplainOptions& options) {
  CompileOptions compile_options;
  std::string error;
  if (!parse_weight_arguments(options.weights, compile_options.weights, error)) {
    print_error(error);
    return kExitUsage;
  }
  if (!apply_fact_options(options.facts, compile_options)) return kExitUsage;
  const CompileOutput compiled = compile_rubric_file(options.rubric, compile_options);
  print_compile_output(compiled);
  if (!compiled.rubric) return kExitUsage;
  if (!options.criterion.empty() && !known_criterion(*compiled.rubric, options.criterion)) return kExitUsage;
  if (!compiled.rubric->weight_note().empty()) print_note(compiled.rubric->weight_note());
  TracedRun traced = run_traced(*compiled.rubric, options.inputs);
  for (const auto& input_error : traced.output.input_errors) print_input_error(input_error);
  print_input_notes(traced.output.input_notes);
  print_run_warnings(traced.output.warnings);
  for (const auto& offer : traced.output.run.offers) print_offer_messages(offer, false);  // the trace shows errors
  std::vector<const Facts*> all;
  for (const Facts& facts : traced.facts) all.push_back(&facts);
  std::string out;
  for (const Facts& facts : traced.facts) {
    if (!out.empty()) out += "\n";
    out += format_trace(trace_offer(*compiled.rubric, facts, all), options.criterion);
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return traced.output.exit_status();
}

}  // namespace

void add_explain_command(Commands& commands) {
  auto options = std::make_shared<ExplainOptions>();
  CLI::App* command = commands.app().add_subcommand(
      "explain", "Trace how an offer was scored: every let, criterion, flag, confirm and ask, with the values used.");
  command->add_option("RUBRIC", options->rubric, "The rubric file")->required();
  command
      ->add_option("INPUT", options->inputs,
                   "Offers to trace, as eval takes them: files, .jsonl files, folders or - (each offer in turn)")
      ->required();
  command->add_option("-c,--criterion", options->criterion, "Show only this criterion's trace");
  command->add_option("--weight", options->weights, "ID=W: weigh criterion ID at W (0..100), as eval does")
      ->allow_extra_args(false)
      ->type_name("ID=W");
  add_fact_options(command, options->facts);
  commands.add(command, [options] { return run_explain(*options); });
}

}  // namespace rubric::cli
