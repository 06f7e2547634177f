// The scoring pipeline of a run: the calling thread reads batches of documents
// and hands finished ones out in input order, while a pool of workers, started
// once per run, reads and scores whole batches (a batch is one worker's).
#pragma once

#include <functional>

#include <rubric/engine.hpp>
#include "rubric/input/inputs.hpp"
#include "rubric/run/run_batch.hpp"

namespace rubric {

/// Receives each scored (and rendered) batch, in input order, on the calling thread.
using BatchSink = std::function<void(Batch& batch)>;

/// Scores every document of `in` on `options.jobs` workers; `sink` gets the batches in input order.
/// With one job everything runs on the calling thread.
void run_batches(const CompiledRubric& rubric, InputStream& in, const RunOptions& options, const BatchSink& sink);

}  // namespace rubric
