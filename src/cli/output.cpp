// Output buffering: big writes for throughput, but never sit on finished lines for long, so a
// consumer reading a jsonl stream sees results as they come.
#include "cli/output.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "cli/terminal.hpp"

namespace rubric::cli {
namespace {

// Flush once this much output is buffered: large enough for few system calls, small enough for memory.
constexpr std::size_t kFlushBytes = 64 * 1024;

// Flush at least this often while results keep coming, so a pipe reader is never kept waiting long.
constexpr std::chrono::milliseconds kFlushInterval{200};

/// Writes all of `data` to standard output; returns 0 or the errno of the failure.
int write_stdout(std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::write(STDOUT_FILENO, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return n < 0 ? errno : EIO;
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return 0;
}

}  // namespace

bool OutputSink::open(const std::string& path, std::string& error) {
  to_file_ = !path.empty() && path != "-";
  interactive_ = !to_file_ && is_terminal(STDOUT_FILENO);
  return !to_file_ || file_.open(path, error);
}

bool OutputSink::flush() {
  const bool ok = put(buffer_);
  buffer_.clear();
  return ok;
}

bool OutputSink::put(std::string_view data) {
  if (failed_ || data.empty()) return !failed_;
  if (to_file_) {
    failed_ = !file_.write(data, error_);
  } else if (const int e = write_stdout(data); e != 0) {
    failed_ = true;
    error_ = std::string("cannot write to standard output: ") + std::strerror(e);
  }
  last_flush_ = std::chrono::steady_clock::now();
  return !failed_;
}

void OutputSink::append(std::string_view text) {
  // A block as large as a flush goes out as it is: copying it into the buffer first would cost a copy per byte.
  if (text.size() >= kFlushBytes && !interactive_) {
    flush();
    put(text);
    return;
  }
  buffer_.append(text);
  wrote();
}

void OutputSink::wrote() {
  if (buffer_.size() >= kFlushBytes || interactive_) {
    flush();
    return;
  }
  if (!to_file_ && std::chrono::steady_clock::now() - last_flush_ >= kFlushInterval) flush();
}

bool OutputSink::finish(std::string& error) {
  if (!flush()) {
    error = error_;
    file_.discard();
    return false;
  }
  if (to_file_ && !file_.commit(error)) return false;
  return true;
}

void OutputSink::abandon() {
  if (to_file_) {
    buffer_.clear();
    file_.discard();
  } else {
    flush();
  }
}

}  // namespace rubric::cli
