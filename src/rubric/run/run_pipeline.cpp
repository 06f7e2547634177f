// Runs with more than one job: N threads (the calling one and N-1 started for the run) each take the
// next batch of the input, score it and hand it to the sink in input order. A batch is read, scored and
// written by one thread, so its bytes stay in one core's cache. The pipeline this replaced (the calling
// thread read and wrote every batch, a pool of workers scored them) moved each batch's input and output
// between cores and spent about 40% more CPU than one job for the same offers (bench/README.md).
// Memory is one batch per thread, whatever the length of the input.
#include "rubric/run/run_pipeline.hpp"

#include <atomic>
#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace rubric {

namespace {

// The state the threads of one run share: the input, whose turn it is to hand out, the first failure.
class SharedRun {
 public:
  SharedRun(InputStream& in, const BatchSink& sink) : in_(in), sink_(sink) {}

  // Takes, scores and hands out batches until the input ends or a thread fails.
  void work(BatchWorker& worker, const RunOptions& options);
  // Rethrows the first exception a thread met, on the calling thread.
  void rethrow() const {
    if (error_) std::rethrow_exception(error_);
  }

 private:
  bool take(Batch& batch, std::size_t& ticket);
  void hand_out(Batch& batch, std::size_t ticket);
  void fail(std::exception_ptr error);

  InputStream& in_;
  const BatchSink& sink_;
  std::mutex input_mutex_;   // the input stream, and next_ticket_
  std::mutex output_mutex_;  // the sink, turn_ and error_
  std::condition_variable turn_changed_;
  std::size_t next_ticket_ = 0;  // the input position of the next batch taken
  std::size_t turn_ = 0;         // the input position of the next batch handed out
  std::atomic<bool> failed_{false};
  std::exception_ptr error_;
};

void SharedRun::work(BatchWorker& worker, const RunOptions& options) {
  Batch batch;
  std::size_t ticket = 0;
  try {
    while (take(batch, ticket)) {
      worker.process(batch, options);
      hand_out(batch, ticket);
    }
  } catch (...) {
    fail(std::current_exception());
  }
}

bool SharedRun::take(Batch& batch, std::size_t& ticket) {
  std::lock_guard lock(input_mutex_);
  if (failed_ || !fill_batch(in_, batch)) return false;
  ticket = next_ticket_++;
  return true;
}

void SharedRun::hand_out(Batch& batch, std::size_t ticket) {
  std::unique_lock lock(output_mutex_);
  turn_changed_.wait(lock, [&] { return turn_ == ticket || failed_; });
  if (failed_) return;
  sink_(batch);
  ++turn_;
  turn_changed_.notify_all();
}

void SharedRun::fail(std::exception_ptr error) {
  std::lock_guard lock(output_mutex_);
  if (!error_) error_ = std::move(error);
  failed_ = true;  // every other thread stops at its next batch or turn, so none waits forever
  turn_changed_.notify_all();
}

}  // namespace

void run_batches(const CompiledRubric& rubric, InputStream& in, const RunOptions& options, const BatchSink& sink) {
  if (options.jobs > 1) {
    SharedRun shared(in, sink);
    std::vector<std::unique_ptr<BatchWorker>> workers;
    for (unsigned t = 0; t < options.jobs; ++t)
      workers.push_back(std::make_unique<BatchWorker>(rubric, explains(options.mode)));
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < options.jobs; ++t)
      threads.emplace_back([&shared, &options, worker = workers[t].get()] { shared.work(*worker, options); });
    shared.work(*workers[0], options);
    for (auto& thread : threads) thread.join();
    shared.rethrow();
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
