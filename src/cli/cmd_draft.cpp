// `rubric draft RUBRIC INPUT... --profile FILE`: one negotiation email per scored offer.
// Order of work: profile, rubric, template (any problem exits 2 before scoring), then
// score, render every draft in memory, refuse if any target exists (without --force),
// and only then write, each file whole. docs/drafts.md is the user reference.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <rubric/draft.hpp>
#include <rubric/robustness.hpp>
#include "cli/commands.hpp"
#include "cli/diagnostics_json.hpp"
#include "cli/offer_messages.hpp"
#include "cli/terminal.hpp"

namespace rubric::cli {
namespace {

/// The command line of `rubric draft`.
struct DraftOptions {
  std::string rubric;
  std::vector<std::string> inputs;
  std::string profile;
  std::string out = "drafts";
  std::string format = "eml";
  std::string template_path;
  bool context = false;
  bool force = false;
};

/// A draft ready to be written.
struct PendingDraft {
  std::string path;
  std::string content;
};

void write_stderr(std::string text) {
  if (!text.empty() && text.back() != '\n') text += '\n';
  std::fwrite(text.data(), 1, text.size(), stderr);
}

/// Reports a problem of the command, written "FILE: error: MESSAGE" (or "FILE:LINE: error: ..."); under
/// `--diagnostics json` it is gathered with its file and line instead.
void report_problem(const std::string& text) {
  if (!diagnostics_json()) return write_stderr(text);
  const auto at = text.find(": error: ");
  if (at == std::string::npos) return add_problem("", 0, "error", "draft-error", text);
  std::string file = text.substr(0, at);
  std::vector<std::size_t> numbers;  // "FILE:LINE:COLUMN" or "FILE:LINE": peel the numbers off the end
  for (auto colon = file.rfind(':'); numbers.size() < 2 && colon != std::string::npos && colon + 1 < file.size() &&
                                     file.find_first_not_of("0123456789", colon + 1) == std::string::npos;
       colon = file.rfind(':')) {
    numbers.insert(numbers.begin(), std::stoul(file.substr(colon + 1)));
    file.erase(colon);
  }
  const std::size_t line = numbers.empty() ? 0 : numbers.front();
  std::string message = text.substr(at + 9);
  message.erase(std::min(message.find('\n'), message.size()));  // the quoted source line and caret stay out
  add_problem(file, line, "error", "draft-error", message);
}

void write_stdout(const std::string& text) {
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fflush(stdout);
}

/// Prints "SOURCE: LEVEL: MESSAGE" on standard error.
void print_offer_message(const OfferResult& offer, const char* level, Style style, const std::string& message) {
  if (diagnostics_json()) {
    const std::string severity(level, std::string_view(level).find(':'));
    return add_problem(offer.source.empty() ? offer.id : offer.source, 0, severity,
                       severity == "error" ? "offer-error" : "draft-warning", message);
  }
  const bool color = color_allowed(STDERR_FILENO);
  write_stderr((offer.source.empty() ? offer.id : offer.source) + ": " + paint(level, style, color) + " " + message);
}

void print_offer_errors(const OfferResult& offer) {
  if (diagnostics_json()) return print_offer_messages(offer, true);  // offer-error and offer-warning codes
  for (const auto& error : offer.errors) print_offer_message(offer, "error:", Style::red, error.message);
  for (const auto& warning : offer.warnings) print_offer_message(offer, "warning:", Style::yellow, warning.message);
}

/// Returns the scored offers in input order (the run ranks them; drafts read better in the order given).
std::vector<const OfferResult*> scored_in_input_order(const RunResult& run) {
  std::vector<const OfferResult*> offers;
  for (const auto& offer : run.offers) {
    if (offer.scored) offers.push_back(&offer);
  }
  std::sort(offers.begin(), offers.end(),
            [](const OfferResult* a, const OfferResult* b) { return a->ordinal < b->ordinal; });
  return offers;
}

/// Returns `name`, or name-2.ext, name-3.ext... when an earlier offer of the run already took it.
std::string unique_name(const std::string& name, std::set<std::string>& used) {
  std::string candidate = name;
  auto dot = name.rfind('.');
  for (int n = 2; used.count(candidate) > 0; ++n) {
    candidate = name.substr(0, dot) + "-" + std::to_string(n) + name.substr(dot);
  }
  used.insert(candidate);
  return candidate;
}

/// Renders every draft in memory; returns false after printing why when a template fails to render.
bool make_drafts(const DraftOptions& options, const RunResult& run, const Profile& profile,
                 const DraftTemplate& draft_template, std::vector<PendingDraft>& pending) {
  const DraftFormat format = parse_draft_format(options.format).value_or(DraftFormat::eml);
  const std::time_t date = draft_date();
  std::set<std::string> used;
  for (const OfferResult* offer : scored_in_input_order(run)) {
    Draft draft = make_draft(*offer, profile, run, draft_template, format, date);
    for (const auto& warning : draft.warnings) print_offer_message(*offer, "warning:", Style::bold, warning);
    if (!draft.error.empty()) {
      report_problem(draft.error);
      return false;
    }
    std::string name = unique_name(draft.file_name, used);
    if (name != draft.file_name) {
      print_offer_message(*offer, "warning:", Style::bold,
                          "another offer's draft is " + draft.file_name + "; this one is " + name);
    }
    pending.push_back({(std::filesystem::path(options.out) / name).string(), std::move(draft.content)});
  }
  return true;
}

/// Writes the drafts, each whole; refuses before writing anything when one exists and --force is not given.
bool write_drafts(const DraftOptions& options, const std::vector<PendingDraft>& pending) {
  std::error_code ec;
  if (!options.force) {
    bool exists = false;
    for (const auto& draft : pending) {
      if (std::filesystem::exists(std::filesystem::symlink_status(draft.path, ec))) {
        report_problem(draft.path + ": error: a draft already exists; use --force to replace it");
        exists = true;
      }
    }
    if (exists) return false;
  }
  if (!pending.empty()) std::filesystem::create_directories(options.out, ec);
  if (ec) {
    report_problem(options.out + ": error: cannot create the drafts folder: " + ec.message());
    return false;
  }
  for (const auto& draft : pending) {
    std::string error = write_draft_file(draft.path, draft.content, options.force);
    if (!error.empty()) {
      report_problem(error);
      return false;
    }
    write_stdout(draft.path + "\n");
  }
  return true;
}

/// Prints the template contexts of the scored offers as one JSON array, in input order.
void print_contexts(const RunResult& run, const Profile& profile) {
  nlohmann::json contexts = nlohmann::json::array();
  const std::time_t date = draft_date();
  for (const OfferResult* offer : scored_in_input_order(run)) {
    contexts.push_back(draft_context(*offer, profile, run, date));
  }
  write_stdout(contexts.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
}

int run_draft(const DraftOptions& options) {
  ProfileLoad profile = load_profile(options.profile);
  if (!profile.profile) {
    report_problem(profile.error);
    return kExitUsage;
  }
  const CompileOutput compiled = compile_rubric_file(options.rubric);
  print_compile_output(compiled);
  if (!compiled.rubric) return kExitUsage;
  TemplateLoad draft_template = select_draft_template(*compiled.rubric, options.template_path);
  if (!draft_template.draft_template) {
    report_problem(draft_template.error);
    return kExitUsage;
  }
  // Traced, so the negotiation targets (docs/drafts.md, "to_first") can re-evaluate the offers' facts.
  // Prose: an email spells out small counts ("one week in four"), docs/drafts.md.
  TracedRun traced = run_traced(*compiled.rubric, options.inputs, TextStyle::prose);
  for (const auto& offer : traced.output.run.offers) print_offer_errors(offer);  // unscored ones, in input order
  add_negotiation_targets(*compiled.rubric, traced);
  RunOutput& result = traced.output;
  for (const auto& input_error : result.input_errors) print_input_error(input_error);
  print_input_notes(result.input_notes);
  print_run_warnings(result.warnings);
  if (options.context) {
    print_contexts(result.run, *profile.profile);
    return result.exit_status();
  }
  std::vector<PendingDraft> pending;
  if (!make_drafts(options, result.run, *profile.profile, *draft_template.draft_template, pending)) return kExitUsage;
  if (!write_drafts(options, pending)) return kExitUsage;
  return result.exit_status();
}

}  // namespace

void add_draft_command(Commands& commands) {
  auto options = std::make_shared<DraftOptions>();
  CLI::App* command = commands.app().add_subcommand(
      "draft", "Draft a negotiation email per offer from the rubric's asks and confirms and your profile.");
  command->add_option("RUBRIC", options->rubric, "The rubric file")->required();
  command->add_option("INPUT", options->inputs, "Offer files, folders, or - for JSON Lines on standard input")
      ->required();
  command->add_option("--profile", options->profile, "The candidate profile (JSON: name, email, achievements)")
      ->required();
  command->add_option("--out", options->out, "Folder for the drafts, created when missing")->capture_default_str();
  command->add_option("-f,--format", options->format, "eml (an RFC 5322 message), md or txt (the body only)")
      ->check(CLI::IsMember({"eml", "md", "txt"}))
      ->capture_default_str();
  command->add_option("--template", options->template_path,
                      "A Mustache template (default: the rubric's `draft` declaration, else the built-in one)");
  command->add_flag("--context", options->context, "Print the JSON each template receives instead of drafting");
  command->add_flag("--force", options->force, "Replace drafts that already exist");
  commands.add(command, [options] { return run_draft(*options); });
}

}  // namespace rubric::cli
