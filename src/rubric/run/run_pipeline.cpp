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

// How long a thread spins for its turn or for the input lock before it sleeps (about 250 us: 2^14 pause
// instructions of ~60 cycles), when every thread has a core of its own. Waking a sleeping thread is a
// futex call and an interrupt to its core, which on the project's VM cost about 2% of a two-job run;
// turns usually come within a batch's write (~0.1 ms).
constexpr int kSpins = 1 << 14;

/// Lets the other hardware thread of a core run while this one spins.
inline void spin_pause() {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#endif
}

// The state the threads of one run share: the input, whose turn it is to hand out, the first failure.
class SharedRun {
 public:
  SharedRun(InputStream& in, const BatchSink& sink, bool spin) : in_(in), sink_(sink), spin_(spin) {}

  // Takes, scores and hands out batches until the input ends or a thread fails.
  void work(BatchWorker& worker, const RunOptions& options);
  // Rethrows the first exception a thread met, on the calling thread.
  void rethrow() const {
    if (error_) std::rethrow_exception(error_);
  }

 private:
  template<typename Ready>
  bool spin_until(Ready ready) const;
  bool take(Batch& batch, std::size_t& ticket);
  void hand_out(Batch& batch, std::size_t ticket);
  void wait_for_turn(std::size_t ticket);
  void pass_turn();
  void fail(std::exception_ptr error);

  InputStream& in_;
  const BatchSink& sink_;
  const bool spin_;          // every thread has a core: spin for the turn before sleeping
  std::mutex input_mutex_;   // the input stream, and next_ticket_
  std::mutex output_mutex_;  // sleeping for the turn, and error_
  std::condition_variable turn_changed_;
  std::size_t next_ticket_ = 0;       // the input position of the next batch taken
  std::atomic<std::size_t> turn_{0};  // the input position of the next batch handed out: its thread alone
                                      // calls the sink, so the sink needs no lock of its own
  std::atomic<int> sleepers_{0};      // threads asleep for their turn (or about to be)
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

// Returns true once `ready()` does, trying for at most kSpins pauses; false at once when spinning is off.
template<typename Ready>
bool SharedRun::spin_until(Ready ready) const {
  for (int i = 0; spin_ && i < kSpins; ++i) {
    if (ready()) return true;
    spin_pause();
  }
  return false;
}

bool SharedRun::take(Batch& batch, std::size_t& ticket) {
  std::unique_lock lock(input_mutex_, std::defer_lock);
  // The threads hand out one after the other and then come here together, so one often finds the other
  // reading: spinning for the lock spares the futex sleep and wake-up that blocking costs.
  if (!spin_until([&] { return lock.try_lock(); })) lock.lock();
  if (failed_ || !fill_batch(in_, batch)) return false;
  ticket = next_ticket_++;
  return true;
}

void SharedRun::hand_out(Batch& batch, std::size_t ticket) {
  wait_for_turn(ticket);
  if (failed_) return;
  sink_(batch);
  pass_turn();
}

void SharedRun::wait_for_turn(std::size_t ticket) {
  if (spin_until([&] { return turn_.load(std::memory_order_acquire) == ticket || failed_; })) return;
  std::unique_lock lock(output_mutex_);
  // Counted before the turn is read again, both sequentially consistent with pass_turn's store and load:
  // either this thread sees the new turn, or pass_turn sees a sleeper and wakes it.
  sleepers_.fetch_add(1);
  turn_changed_.wait(lock, [&] { return turn_.load() == ticket || failed_; });
  sleepers_.fetch_sub(1);
}

void SharedRun::pass_turn() {
  turn_.fetch_add(1);
  if (sleepers_.load() == 0) return;
  { std::lock_guard lock(output_mutex_); }  // a sleeper between its check and its wait is woken too
  turn_changed_.notify_all();
}

void SharedRun::fail(std::exception_ptr error) {
  {
    std::lock_guard lock(output_mutex_);
    if (!error_) error_ = std::move(error);
    failed_ = true;  // every other thread stops at its next batch or turn, so none waits forever
  }
  turn_changed_.notify_all();
}

}  // namespace

void run_batches(const CompiledRubric& rubric, InputStream& in, const RunOptions& options, const BatchSink& sink) {
  if (options.jobs > 1) {
    SharedRun shared(in, sink, options.jobs <= std::thread::hardware_concurrency());
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
