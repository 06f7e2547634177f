// Writing an offer's jsonl line straight from a finished evaluation, without
// building an OfferResult: ids, constant labels and weights are JSON text made
// once per plan, so a line costs its numbers, reasons and the offer's own strings.
// The bytes equal append_offer_jsonl of the OfferResult evaluate() builds.
#pragma once

#include <memory>
#include <string>

#include "rubric/base/json_writer.hpp"
#include "rubric/vm/machine.hpp"

namespace rubric {

/// The constant JSON text of a plan's declarations (opaque outside evaluate_jsonl.cpp).
struct JsonlLayout;

/// Precomputes the constant JSON text of every declaration of `plan`.
std::shared_ptr<const JsonlLayout> make_jsonl_layout(const Plan& plan);

/// Appends the line of a scored offer (every step ran, results in `buffers`) to `out`; `text` is scratch.
void write_scored_line(const JsonlLayout& layout, const Plan& plan, const Facts& facts, const EvalBuffers& buffers,
                       std::string& text, JsonBuffer& out);

/// Appends the line of an offer that could not be scored (as mark_unscored leaves it) to `out`.
void write_unscored_line(const OfferResult& offer, JsonBuffer& out);

}  // namespace rubric
