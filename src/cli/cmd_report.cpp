// `rubric report RUBRIC INPUT...`: the decision document (memo, scorecard, evidence,
// sensitivity, appendix) as Markdown, self-contained HTML, or JSON.
// Order of work as in eval: check the command line, compile, open the output, run, write.
#include <unistd.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <rubric/explain.hpp>
#include <rubric/limits.hpp>
#include <rubric/report.hpp>
#include <rubric/robustness.hpp>
#include "cli/commands.hpp"
#include "cli/diagnostics_json.hpp"
#include "cli/offer_messages.hpp"
#include "cli/output.hpp"
#include "cli/output_guard.hpp"
#include "cli/rate_arg.hpp"
#include "cli/report_commands.hpp"
#include "cli/robustness_args.hpp"
#include "cli/set_arg.hpp"
#include "cli/terminal.hpp"
#include "cli/weight_arg.hpp"

namespace rubric::cli {

namespace {

/// The command line of `rubric report`.
struct ReportOptions {
  std::string rubric;
  std::vector<std::string> inputs;
  std::string format = "md";
  std::string output;
  std::vector<std::string> weights;
  FactOptions facts;
  RobustnessOptions robustness;
  std::vector<std::string> rates;
};

void print_offer_errors(const RunResult& run, bool errors) {
  for (const auto& offer : run.offers) print_offer_messages(offer, errors);
}

std::string render(const Report& report, const std::string& format) {
  if (format == "html") return render_report_html(report);
  if (format == "json")
    return report_to_json(report).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  return render_report_md(report);
}

int run_report(const ReportOptions& options) {
  CompileOptions compile_options;
  std::string error;
  if ((!parse_rate_arguments(options.rates, compile_options.rates, error) ||
       !parse_weight_arguments(options.weights, compile_options.weights, error)) ||
      !(error = output_conflict(options.output, options.rubric, options.inputs)).empty()) {
    print_error(error);
    return kExitUsage;
  }
  if (!apply_fact_options(options.facts, compile_options)) return kExitUsage;
  const CompileOutput compiled = compile_rubric_file(options.rubric, compile_options);
  print_compile_output(compiled);
  if (!compiled.rubric) return kExitUsage;
  // A Markdown memo on the same terminal shows the note and every offer's errors itself: say each once.
  const bool shown_below = stdout_shares_terminal(options.format == "md" &&
                                                  (options.output.empty() || options.output == "-"));
  if (!compiled.rubric->weight_note().empty() && !shown_below) print_note(compiled.rubric->weight_note());
  OutputSink sink;
  if (!sink.open(options.output, error)) {
    print_error(error);
    return kExitUsage;
  }
  // Offers beyond the report's detail are not in the memo: their messages go to stderr as they are dropped.
  const auto on_dropped = [](const OfferResult& offer) { print_offer_messages(offer, true); };
  TracedRun traced = run_traced_top(*compiled.rubric, options.inputs, kReportDetailOffers, TextStyle::plain,
                                    on_dropped);
  if (!shown_below) {
    for (const auto& input_error : traced.output.input_errors) print_input_error(input_error);
  }
  print_offer_errors(traced.output.run, !shown_below);
  add_negotiation_targets(*compiled.rubric, traced);
  traced.output.run.robustness = compute_robustness(*compiled.rubric, traced, options.robustness);
  print_input_notes(traced.output.input_notes);
  print_run_warnings(traced.output.warnings);
  Report report = build_report(traced.output.run);
  report.input_errors = traced.output.input_errors;
  if (options.format == "json") add_branches(report, *compiled.rubric, traced);
  add_compensation(report, compiled.rubric->schema(), traced.facts);
  sink.buffer() += render(report, options.format);
  sink.wrote();
  if (!sink.finish(error)) {
    print_error(error);
    return kExitUsage;
  }
  return traced.output.exit_status();
}

}  // namespace

void add_report_command(Commands& commands) {
  auto options = std::make_shared<ReportOptions>();
  CLI::App* command = commands.app().add_subcommand(
      "report", "Write the decision report: memo, scorecard, evidence per offer, weight sensitivity.");
  command->add_option("RUBRIC", options->rubric, "The rubric file")->required();
  command
      ->add_option("INPUT", options->inputs,
                   "Offer files (.json, or .jsonl with one offer per line), folders (every *.json), "
                   "or - for JSON Lines on standard input")
      ->required();
  command->add_option("-f,--format", options->format, "md (GitHub Markdown), html (one self-contained page) or json")
      ->check(CLI::IsMember({"md", "html", "json"}))
      ->capture_default_str();
  command->add_option("-o,--output", options->output,
                      "Write to FILE (replaced whole at the end, never an input); default standard output");
  command
      ->add_option("--weight", options->weights,
                   "ID=W: weigh criterion ID at W (0..100) for this report; the others are rescaled to sum to 100")
      ->allow_extra_args(false)
      ->type_name("ID=W");
  add_fact_options(command, options->facts);
  add_robustness_options(command, options->robustness);
  add_rate_option(command, options->rates);
  commands.add(command, [options] { return run_report(*options); });
}

}  // namespace rubric::cli
