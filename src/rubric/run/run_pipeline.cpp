// A ring of batches moves through three states: free (the calling thread fills
// it from the input), queued (a worker takes it and scores it whole) and done
// (the calling thread hands it to the sink, in ring order, which is input order).
// Reading the input and writing the output thus overlap with scoring, and the
// memory held is the ring's, whatever the length of the input.
#include "rubric/run/run_pipeline.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace rubric {

namespace {

// Batches in flight per worker: one being scored and one queued behind it, so a worker never waits
// for the reader; more would only hold more memory.
constexpr std::size_t kBatchesPerWorker = 2;

// At most this many batches (~2 MiB each) in flight whatever --jobs says, so memory stays bounded
// when the input is read faster than it is scored; more workers than batches would only wait.
constexpr std::size_t kMaxBatchesInFlight = 16;

/// Returns the number of batches in flight for `jobs` workers.
std::size_t ring_size(unsigned jobs) { return std::min(kBatchesPerWorker * jobs, kMaxBatchesInFlight); }

// The shared state of one pipelined run.
class Pipeline {
 public:
  Pipeline(const CompiledRubric& rubric, const RunOptions& options);
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Fills, scores and hands out every batch of `in`.
  void run(InputStream& in, const BatchSink& sink);

 private:
  void work(BatchWorker& worker);
  void queue(std::size_t slot);
  bool is_done(std::size_t slot);
  void wait_done(std::size_t slot);

  const RunOptions& options_;
  std::vector<Batch> ring_;
  std::vector<std::unique_ptr<BatchWorker>> workers_;
  std::vector<std::thread> threads_;
  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable batch_done_;
  std::deque<std::size_t> queue_;  // slots waiting for a worker, oldest first
  std::vector<char> done_;         // per slot: scored, waiting to be handed out
  bool stopping_ = false;
};

Pipeline::Pipeline(const CompiledRubric& rubric, const RunOptions& options)
    : options_(options), ring_(ring_size(options.jobs)), done_(ring_.size(), 0) {
  const std::size_t workers = std::min<std::size_t>(options.jobs, ring_.size());
  for (std::size_t t = 0; t < workers; ++t)
    workers_.push_back(std::make_unique<BatchWorker>(rubric, explains(options.mode)));
  for (auto& worker : workers_) threads_.emplace_back([this, w = worker.get()] { work(*w); });
}

Pipeline::~Pipeline() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  work_ready_.notify_all();
  for (auto& thread : threads_) thread.join();
}

void Pipeline::work(BatchWorker& worker) {
  for (;;) {
    std::size_t slot = 0;
    {
      std::unique_lock lock(mutex_);
      work_ready_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;
      slot = queue_.front();
      queue_.pop_front();
    }
    Batch& batch = ring_[slot];
    worker.process(batch, options_);
    {
      std::lock_guard lock(mutex_);
      done_[slot] = 1;
    }
    batch_done_.notify_one();
  }
}

void Pipeline::queue(std::size_t slot) {
  {
    std::lock_guard lock(mutex_);
    done_[slot] = 0;
    queue_.push_back(slot);
  }
  work_ready_.notify_one();
}

bool Pipeline::is_done(std::size_t slot) {
  std::lock_guard lock(mutex_);
  return done_[slot] != 0;
}

void Pipeline::wait_done(std::size_t slot) {
  std::unique_lock lock(mutex_);
  batch_done_.wait(lock, [&] { return done_[slot] != 0; });
}

void Pipeline::run(InputStream& in, const BatchSink& sink) {
  std::size_t oldest = 0, next = 0, in_flight = 0;
  bool more = true;
  while (more || in_flight > 0) {
    // Hand out a finished batch first (it frees a slot); else read another; else wait.
    const bool oldest_done = in_flight > 0 && is_done(oldest);
    if (!oldest_done && more && in_flight < ring_.size()) {
      more = fill_batch(in, ring_[next]);
      if (!more) continue;
      queue(next);
      next = (next + 1) % ring_.size();
      ++in_flight;
      continue;
    }
    if (!oldest_done) wait_done(oldest);
    sink(ring_[oldest]);
    oldest = (oldest + 1) % ring_.size();
    --in_flight;
  }
}

}  // namespace

void run_batches(const CompiledRubric& rubric, InputStream& in, const RunOptions& options, const BatchSink& sink) {
  if (options.jobs > 1) {
    Pipeline pipeline(rubric, options);
    pipeline.run(in, sink);
    return;
  }
  BatchWorker worker(rubric, explains(options.mode));
  Batch batch;
  while (fill_batch(in, batch)) {
    worker.process(batch, options);
    sink(batch);
  }
}

}  // namespace rubric
