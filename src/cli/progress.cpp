#include "cli/progress.hpp"

namespace rubric::cli {
namespace {

// Short runs finish before a progress line would help; longer ones show one.
constexpr double kProgressAfterSeconds = 1.0;

// Redrawing faster than this only flickers.
constexpr double kRedrawSeconds = 0.25;

double seconds_between(std::chrono::steady_clock::time_point a, std::chrono::steady_clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

}  // namespace

ProgressLine::ProgressLine(std::FILE* out, bool enabled)
    : out_(out), enabled_(enabled), start_(Clock::now()), last_(start_) {}

ProgressLine::~ProgressLine() { finish(); }

void ProgressLine::update(std::size_t done, double per_second) {
  if (!enabled_) return;
  const auto now = Clock::now();
  if (seconds_between(start_, now) < kProgressAfterSeconds || seconds_between(last_, now) < kRedrawSeconds) return;
  last_ = now;
  shown_ = true;
  std::fprintf(out_, "\r%zu offers, %.0f offers/s ", done, per_second);
  std::fflush(out_);
}

void ProgressLine::finish() {
  if (shown_) std::fputs("\r\x1b[K", out_);
  shown_ = false;
}

}  // namespace rubric::cli
