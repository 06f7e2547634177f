#include "cli/offer_messages.hpp"

#include <unistd.h>

#include <cstdio>
#include <string>

#include "cli/commands.hpp"
#include "cli/diagnostics_json.hpp"
#include "cli/terminal.hpp"

namespace rubric::cli {

namespace {

void append_lines(std::string& text, const OfferResult& offer, const std::vector<OfferError>& messages,
                  std::string_view label) {
  for (const auto& m : messages) {
    text += offer.source.empty() ? offer.id : offer.source;
    text += ": ";
    text += label;
    text += " " + m.message + "\n";
  }
}

}  // namespace

void print_offer_messages(const OfferResult& offer, bool errors) {
  if (offer.warnings.empty() && (!errors || offer.errors.empty())) return;
  if (diagnostics_json()) return add_offer_messages(offer, errors);
  const bool color = color_allowed(STDERR_FILENO);
  std::string text;
  if (errors) append_lines(text, offer, offer.errors, paint("error:", Style::red, color));
  append_lines(text, offer, offer.warnings, paint("warning:", Style::yellow, color));
  std::fwrite(text.data(), 1, text.size(), stderr);
}

void print_input_notes(const std::vector<InputError>& notes) {
  for (const auto& note : notes) print_note(to_string(note));
}

void print_run_warnings(const std::vector<InputError>& warnings) {
  for (const auto& warning : warnings) print_warning(to_string(warning), "set-offer-unknown");
}

bool stdout_shares_terminal(bool writes_text_to_stdout) {
  return writes_text_to_stdout && is_terminal(STDOUT_FILENO) && is_terminal(STDERR_FILENO);
}

}  // namespace rubric::cli
