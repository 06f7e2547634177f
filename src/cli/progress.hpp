// The progress line `rubric eval` draws on a terminal for long runs, fed by the engine's progress callback.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdio>

namespace rubric::cli {

/// Draws "N offers, R offers/s" on one terminal line, redrawn in place, and clears it at the end.
class ProgressLine {
 public:
  /// Draws on `out` when `enabled` (a terminal); otherwise does nothing.
  ProgressLine(std::FILE* out, bool enabled);
  ~ProgressLine();
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  /// Shows the count and rate, once the run has lasted a while and not more often than the eye can read.
  void update(std::size_t done, double per_second);
  /// Clears the line so the next output starts clean; called by the destructor too.
  void finish();

 private:
  using Clock = std::chrono::steady_clock;
  std::FILE* out_;
  bool enabled_;
  bool shown_ = false;
  Clock::time_point start_;
  Clock::time_point last_;
};

}  // namespace rubric::cli
