// The JSON shape of results (docs/cli.md, "json"), shared by the CLI, reports and tests.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include <rubric/result.hpp>

namespace rubric {

/// Converts one offer's result to the `eval --format json` offer object.
nlohmann::json offer_to_json(const OfferResult& offer);

/// Converts a whole run to the `eval --format json` document.
nlohmann::json run_to_json(const RunResult& run);

/// Converts rank acceptability to the `robustness` object (docs/reports.md, "How sure is this?").
nlohmann::json robustness_to_json(const Robustness& robustness);

/// Converts negotiation targets to the `to_first` list; percent values in percent points, as offer files write them.
nlohmann::json targets_to_json(const std::vector<NegotiationTarget>& targets);

/// Appends one offer's result as a single compact JSON line (fast path for --format jsonl), with '\n'.
void append_offer_jsonl(std::string& out, const OfferResult& offer);

}  // namespace rubric
