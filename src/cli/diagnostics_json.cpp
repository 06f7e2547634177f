// The gathered problems of one command run, written once as a JSON array.
#include "cli/diagnostics_json.hpp"

#include <cstdio>
#include <mutex>

#include <rubric/diagnostic_json.hpp>

namespace rubric::cli {

namespace {

struct Gathered {
  std::mutex mutex;  // offers' errors may arrive from run callbacks
  bool json = false;
  bool flushed = false;
  nlohmann::ordered_json items = nlohmann::ordered_json::array();
};

Gathered& gathered() {
  static Gathered g;
  return g;
}

void push(nlohmann::ordered_json item) {
  Gathered& g = gathered();
  const std::lock_guard lock(g.mutex);
  g.items.push_back(std::move(item));
}

}  // namespace

void add_diagnostics_option(CLI::App& app) {
  app.add_option_function<std::string>(
         "--diagnostics", [](const std::string& format) { set_diagnostics_json(format == "json"); },
         "How problems are reported on standard error: text (default) or json (one array, docs/diagnostics.md)")
      ->check(CLI::IsMember({"text", "json"}))
      ->type_name("text|json");
  app.fallthrough();  // `rubric eval ... --diagnostics json` works after the subcommand too
}

bool diagnostics_json() { return gathered().json; }

void set_diagnostics_json(bool on) { gathered().json = on; }

void add_problem(const std::string& file, std::size_t line, std::string_view severity, std::string_view code,
                 const std::string& message) {
  push(problem_to_json(file, line, severity, code, message));
}

void add_compile_output(const CompileOutput& output) {
  for (const auto& d : output.diagnostics)
    if (output.source) push(diagnostic_to_json(*output.source, d));
  for (const auto& e : output.file_errors) add_problem(e.path, e.line, "error", "rubric-file", e.message);
  for (const auto& e : output.option_errors) add_problem("", 0, "error", "option", e);
}

void add_offer_messages(const OfferResult& offer, bool errors) {
  const std::string& file = offer.source.empty() ? offer.id : offer.source;
  if (errors)
    for (const auto& e : offer.errors) add_problem(file, 0, "error", "offer-error", e.message);
  for (const auto& w : offer.warnings) add_problem(file, 0, "warning", "offer-warning", w.message);
}

std::string gathered_diagnostics() {
  Gathered& g = gathered();
  const std::lock_guard lock(g.mutex);
  g.flushed = true;
  return g.items.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

void flush_diagnostics() {
  if (!diagnostics_json() || gathered().flushed) return;
  const std::string text = gathered_diagnostics();
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

}  // namespace rubric::cli
