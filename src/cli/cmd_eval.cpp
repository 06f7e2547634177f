// `rubric eval RUBRIC INPUT...`: score offers and print them in one of five formats.
// Order of work: check the command line (weights, -o target), compile, open the output, run, write.
// Anything wrong before the run exits 2 without touching the output file.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <rubric/output.hpp>
#include <rubric/result_json.hpp>
#include <rubric/robustness.hpp>
#include "cli/commands.hpp"
#include "cli/diagnostics_json.hpp"
#include "cli/offer_messages.hpp"
#include "cli/output.hpp"
#include "cli/output_guard.hpp"
#include "cli/progress.hpp"
#include "cli/rate_arg.hpp"
#include "cli/robustness_args.hpp"
#include "cli/set_arg.hpp"
#include "cli/terminal.hpp"
#include "cli/weight_arg.hpp"

namespace rubric::cli {
namespace {

// More worker threads than this only cost memory; the machine cannot run them at once anyway.
constexpr unsigned kMaxJobs = 1024;

/// The command line of `rubric eval`.
struct EvalOptions {
  std::string rubric;
  std::vector<std::string> inputs;
  std::string format = "text";
  std::string output;
  unsigned jobs = 1;
  std::vector<std::string> weights;
  bool robustness = false;
  RobustnessOptions sampling;
  std::vector<std::string> rates;
  FactOptions facts;
};

/// Returns the default --jobs: the number of cores, at least 1.
unsigned default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

/// Checks the options that need no rubric; fills `compile_options`. Returns false after printing why.
bool check_options(const EvalOptions& options, CompileOptions& compile_options) {
  std::string error;
  if ((!parse_rate_arguments(options.rates, compile_options.rates, error) ||
       !parse_weight_arguments(options.weights, compile_options.weights, error))) {
    print_error(error);
    return false;
  }
  if (options.robustness && options.format != "json") {
    print_error("--robustness adds the \"robustness\" object to JSON output; use it with --format json");
    return false;
  }
  if (!apply_fact_options(options.facts, compile_options)) return false;
  error = output_conflict(options.output, options.rubric, options.inputs);
  if (!error.empty()) {
    print_error(error);
    return false;
  }
  return true;
}

/// Runs the batch; jsonl lines are rendered on the workers and streamed into `sink` in input order.
RunOutput score(const CompiledRubric& rubric, const EvalOptions& options, Format format, OutputSink& sink,
                bool errors_to_stderr) {
  RunOptions run_options;
  run_options.jobs = options.jobs;
  // Ranked formats read the offers one at a time, in rank order, from packed results; jsonl lines are
  // written by the workers straight from the plan. Eval prints no facts or lets, so neither keeps them.
  run_options.mode = format == Format::jsonl ? ResultMode::jsonl : ResultMode::compact;
  if (format == Format::jsonl) {
    run_options.on_rendered = [&sink](std::string_view text) { sink.append(text); };
  }
  ProgressLine progress(stderr, is_terminal(STDERR_FILENO));
  run_options.on_progress = [&progress](std::size_t done, double per_second) { progress.update(done, per_second); };
  const auto on_offer = [errors_to_stderr](const OfferResult& offer) { print_offer_messages(offer, errors_to_stderr); };
  RunOutput output = run(rubric, options.inputs, run_options, on_offer);
  progress.finish();
  return output;
}

/// Scores the offers serially with their facts kept, then adds rank acceptability and negotiation targets
/// (docs/reports.md, "How sure is this?"); the numbers do not depend on --jobs.
RunOutput score_robust(const CompiledRubric& rubric, const EvalOptions& options) {
  TracedRun traced = run_traced(rubric, options.inputs);
  for (const auto& offer : traced.output.run.offers) print_offer_messages(offer, true);
  add_negotiation_targets(rubric, traced);
  traced.output.run.robustness = compute_robustness(rubric, traced, options.sampling);
  return std::move(traced.output);
}

/// Renders the finished run (all formats but jsonl) into the sink.
void render(RunOutput& result, const CompiledRubric& rubric, const EvalOptions& options, Format format,
            OutputSink& sink) {
  if (format == Format::jsonl) return;
  if (result.run.weight_note.empty()) result.run.weight_note = rubric.weight_note();
  FormatContext context;
  const bool to_stdout = options.output.empty() || options.output == "-";
  context.color = format == Format::text && to_stdout && color_allowed(STDOUT_FILENO);
  context.input_errors = result.input_errors;
  context.wrote = [&sink] { sink.wrote(); };  // long outputs go out as they are made, not held whole
  if (options.robustness) {
    format_run(format, result.run, RankedOffers(result.run), context, sink.buffer());
  } else {
    format_run(format, result.run, RankedOffers(result.ranked), context, sink.buffer());
  }
}

int run_eval(const EvalOptions& options) {
  const Format format = parse_format(options.format).value_or(Format::text);
  CompileOptions compile_options;
  if (!check_options(options, compile_options)) return kExitUsage;
  const CompileOutput compiled = compile_rubric_file(options.rubric, compile_options);
  print_compile_output(compiled);
  if (!compiled.rubric) return kExitUsage;
  // Text or Markdown on the same terminal shows the note and every offer's errors itself: say each once.
  const bool to_stdout = options.output.empty() || options.output == "-";
  const bool shown_below = stdout_shares_terminal((format == Format::text || format == Format::md) && to_stdout);
  if (!compiled.rubric->weight_note().empty() && format != Format::json && !shown_below) {
    print_note(compiled.rubric->weight_note());
  }
  OutputSink sink;
  std::string error;
  if (!sink.open(options.output, error)) {
    print_error(error);
    return kExitUsage;
  }
  RunOutput result = options.robustness ? score_robust(*compiled.rubric, options)
                                        : score(*compiled.rubric, options, format, sink, !shown_below);
  if (!shown_below) {
    for (const auto& input_error : result.input_errors) print_input_error(input_error);
  }
  print_input_notes(result.input_notes);
  print_run_warnings(result.warnings);
  render(result, *compiled.rubric, options, format, sink);
  if (!sink.finish(error)) {
    print_error(error);
    return kExitUsage;
  }
  return result.exit_status();
}

}  // namespace

void add_eval_command(Commands& commands) {
  auto options = std::make_shared<EvalOptions>();
  options->jobs = default_jobs();
  CLI::App* command = commands.app().add_subcommand("eval", "Score offers against a rubric, rank them and decide.");
  command->add_option("RUBRIC", options->rubric, "The rubric file")->required();
  command
      ->add_option("INPUT", options->inputs,
                   "Offer files (.json, or .jsonl with one offer per line), folders (every *.json but candidate "
                   "profiles), or - for standard input (one JSON document, or JSON Lines)")
      ->required();
  command->add_option("-f,--format", options->format, "Output format: text, json, jsonl, csv or md")
      ->check(CLI::IsMember(format_names()))
      ->capture_default_str();
  command->add_option("-o,--output", options->output,
                      "Write to FILE (replaced whole at the end, never an input); default standard output");
  command->add_option("-j,--jobs", options->jobs, "Worker threads (default: the number of cores)")
      ->check(CLI::Range(1u, kMaxJobs))
      ->capture_default_str();
  command
      ->add_option("--weight", options->weights,
                   "ID=W: weigh criterion ID at W (0..100) for this run; the others are rescaled to sum to 100")
      ->allow_extra_args(false)
      ->type_name("ID=W");
  command->add_flag("--robustness", options->robustness,
                    "Add rank acceptability under weight doubt and negotiation targets (docs/reports.md) to "
                    "--format json; offers are then scored serially and kept whole");
  add_robustness_options(command, options->sampling);
  add_rate_option(command, options->rates);
  add_fact_options(command, options->facts);
  commands.add(command, [options] { return run_eval(*options); });
}

}  // namespace rubric::cli
