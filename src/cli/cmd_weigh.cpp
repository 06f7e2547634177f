// `rubric weigh RUBRIC [--answers FILE] [--yes]`: asks which of each pair of criteria matters more,
// derives weights by the analytic hierarchy process, reports how consistent the answers were, and on
// confirmation rewrites the weights in the rubric, every other byte kept.
#include <fmt/format.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <rubric/author.hpp>
#include "cli/atomic_write.hpp"
#include "cli/commands.hpp"
#include "cli/weigh_answers.hpp"

namespace rubric::cli {
namespace {

// Saaty's threshold: above a consistency ratio of 0.1 the answers contradict each other too much to trust.
constexpr double kMaxConsistencyRatio = 0.1;

struct WeighOptions {
  std::string rubric;
  std::string answers;  // empty: ask on the terminal
  bool yes = false;
  bool dry_run = false;
};

void out(std::string_view text) { std::fwrite(text.data(), 1, text.size(), stdout); }
void prompt(std::string_view text) {
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

bool read_text(const std::string& path, std::string& text) {
  if (path == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  text = std::move(buffer).str();
  return true;
}

/// Asks every pair on standard error and reads the answers from standard input; nothing at end of input.
std::optional<Judgments> ask_pairs(const std::vector<WrittenWeight>& criteria) {
  const std::size_t n = criteria.size();
  Judgments matrix(n, std::vector<double>(n, 1.0));
  prompt(fmt::format("{} questions. Answer with the id that matters more and how much, 1 (equally) to 9 "
                     "(extremely more), e.g. '{} 3'; '=' when they matter equally.\n",
                     n * (n - 1) / 2, criteria[0].id));
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) {
      for (;;) {
        prompt(fmt::format("{} ({}) or {} ({}): which matters more, and how much? 1-9: ", criteria[i].id,
                           criteria[i].label, criteria[j].id, criteria[j].label));
        std::string line, error;
        if (!std::getline(std::cin, line)) return std::nullopt;
        if (const auto value = parse_prompt_answer(line, criteria[i].id, criteria[j].id, error)) {
          matrix[i][j] = *value, matrix[j][i] = 1 / *value;
          break;
        }
        prompt("  " + error + "\n");
      }
    }
  }
  return matrix;
}

/// Says what a[i][j] = `value` means: "pay matters 3 times as much as team", "pay and team matter equally".
std::string judgment(double value, const std::string& i, const std::string& j) {
  if (std::abs(value - 1) < 1e-9) return fmt::format("{} and {} matter equally", i, j);
  if (value > 1) return fmt::format("{} matters {:.3g} times as much as {}", i, value, j);
  return fmt::format("{} matters {:.3g} times as much as {}", j, 1 / value, i);
}

void print_result(const std::vector<WrittenWeight>& criteria, const Judgments& matrix, const AhpResult& ahp,
                  const std::vector<int>& weights) {
  std::size_t width = 9;
  for (const auto& c : criteria) width = std::max(width, c.id.size());
  std::string text = fmt::format("{:<{}}  {:>6}  {:>8}  {:>6}\n", "criterion", width, "weight", "priority", "new");
  for (std::size_t i = 0; i < criteria.size(); ++i) {
    text += fmt::format("{:<{}}  {:>6}  {:>7.2f}%  {:>6}\n", criteria[i].id, width, criteria[i].weight,
                        ahp.priorities[i] * 100, weights[i]);
  }
  text += fmt::format("\nconsistency ratio {:.3f} (lambda max {:.3f}); ", ahp.consistency_ratio, ahp.lambda_max);
  if (ahp.consistency_ratio <= kMaxConsistencyRatio) {
    text += "acceptable: at most 0.10\n";
  } else {
    const std::size_t i = ahp.worst_i, j = ahp.worst_j;
    const double implied = ahp.priorities[i] / ahp.priorities[j];
    text += fmt::format(
        "above 0.10: the answers contradict each other.\nThe most inconsistent pair is {} against {}: you said {}; "
        "your other answers imply {}. Consider answering that pair again.\n",
        criteria[i].id, criteria[j].id, judgment(matrix[i][j], criteria[i].id, criteria[j].id),
        judgment(implied, criteria[i].id, criteria[j].id));
  }
  out(text);
}

/// Asks whether to rewrite the rubric; true for an answer starting with y.
bool confirmed(const std::string& path) {
  prompt(fmt::format("Rewrite the weights in {}? [y/N] ", path));
  std::string line;
  if (!std::getline(std::cin, line)) {
    prompt("\n");
    return false;
  }
  return !line.empty() && (line[0] == 'y' || line[0] == 'Y');
}

int write_weights(const std::string& path, const std::string& text, const std::vector<int>& weights) {
  std::vector<std::string> written;
  for (int w : weights) written.push_back(std::to_string(w));
  const std::string updated = rewrite_weights(text, written);
  const CompileOutput check = compile_rubric_text(path, updated);
  if (check.failed()) {
    print_compile_output(check);
    print_error(fmt::format("{}: the rewritten rubric does not compile; the file is left as it was", path));
    return kExitUsage;
  }
  std::string error;
  if (!write_file_atomically(path, updated, error)) {
    print_error(fmt::format("{}: {}", path, error));
    return kExitUsage;
  }
  out(fmt::format("rewrote the weights in {}\n", path));
  return kExitOk;
}

int run_weigh(const WeighOptions& options) {
  const CompileOutput compiled = compile_rubric_file(options.rubric);
  print_compile_output(compiled);
  if (compiled.failed()) return kExitUsage;
  const std::string& text = compiled.source->text();
  const std::vector<WrittenWeight> criteria = find_weights(text);
  if (criteria.size() != compiled.rubric->outline().criteria.size()) {
    print_error(fmt::format("{}: cannot find every criterion's `weight N` in the text", options.rubric));
    return kExitUsage;
  }
  if (criteria.size() < 2) {
    print_error(fmt::format("{}: weigh compares criteria in pairs; the rubric has fewer than two", options.rubric));
    return kExitUsage;
  }
  std::vector<std::string> ids;
  for (const auto& c : criteria) ids.push_back(c.id);
  std::optional<Judgments> matrix;
  if (options.answers.empty()) {
    matrix = ask_pairs(criteria);
    if (!matrix) print_error("the answers ended before every pair was compared; nothing was changed");
  } else {
    std::string answers;
    std::vector<std::string> errors;
    if (!read_text(options.answers, answers)) errors.push_back(options.answers + ": cannot read the answers file");
    if (errors.empty()) matrix = parse_answers_file(answers, ids, errors);
    for (const std::string& e : errors) print_error(e);
  }
  if (!matrix) return kExitUsage;
  const AhpResult ahp = analyze_pairwise(*matrix);
  const std::vector<int> weights = whole_weights(ahp.priorities);
  print_result(criteria, *matrix, ahp, weights);
  std::fflush(stdout);
  if (options.dry_run || (!options.yes && !confirmed(options.rubric))) {
    out("the rubric is unchanged\n");
    return kExitOk;
  }
  return write_weights(options.rubric, text, weights);
}

}  // namespace

void add_weigh_command(Commands& commands) {
  auto options = std::make_shared<WeighOptions>();
  CLI::App* command = commands.app().add_subcommand(
      "weigh", "Derive criterion weights from pairwise questions (analytic hierarchy process) and rewrite them.");
  command->add_option("RUBRIC", options->rubric, "The rubric whose weights to derive")->required();
  command->add_option("--answers", options->answers,
                      "Read the answers from FILE ('A > B N', 'A < B N', 'A = B' per line; - for standard input)");
  command->add_flag("--yes,-y", options->yes, "Rewrite the weights without asking for confirmation");
  command->add_flag("--dry-run,-n", options->dry_run, "Only print the derived weights; never rewrite the rubric")
      ->excludes("--yes");
  commands.add(command, [options] { return run_weigh(*options); });
}

}  // namespace rubric::cli
