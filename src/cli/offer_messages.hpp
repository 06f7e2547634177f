// What the scoring commands say about single offers on standard error: their errors and warnings,
// and the files a folder skipped.
#pragma once

#include <vector>

#include <rubric/engine.hpp>

namespace rubric::cli {

/// Prints "SOURCE: warning: MESSAGE" for each warning and, when `errors`, "SOURCE: error: MESSAGE" for each error.
void print_offer_messages(const OfferResult& offer, bool errors);

/// Prints "rubric: note: PATH: MESSAGE" for each file skipped on purpose.
void print_input_notes(const std::vector<InputError>& notes);

/// Prints "rubric: warning: --set OFFER:PATH: MESSAGE" for each warning about the run as a whole.
void print_run_warnings(const std::vector<InputError>& warnings);

/// Returns true when text on standard output lands on the same terminal as standard error, so what the
/// text output shows (offer errors, notes) is not repeated there.
bool stdout_shares_terminal(bool writes_text_to_stdout);

}  // namespace rubric::cli
