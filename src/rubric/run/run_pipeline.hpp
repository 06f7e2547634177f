// The batches of a run: with one job the calling thread reads, scores and hands out batch after batch;
// with N jobs, N threads (the calling one among them) each do that for the next batch of the input,
// and hand their batches out in input order, one at a time.
#pragma once

#include <functional>

#include <rubric/engine.hpp>
#include "rubric/input/inputs.hpp"
#include "rubric/run/run_batch.hpp"

namespace rubric {

/// Receives each scored (and rendered) batch, in input order, one at a time (never two calls at once), on
/// the calling thread or one of the run's threads.
using BatchSink = std::function<void(Batch& batch)>;

/// Scores every document of `in` on `options.jobs` threads; `sink` gets the batches in input order.
/// With one job everything runs on the calling thread.
void run_batches(const CompiledRubric& rubric, InputStream& in, const RunOptions& options, const BatchSink& sink);

}  // namespace rubric
