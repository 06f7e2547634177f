// Where `rubric eval` writes: standard output, or a file (-o) that is replaced whole at the end.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "cli/atomic_write.hpp"

namespace rubric::cli {

/// A buffered output: append to buffer(), call wrote(), then finish() once.
class OutputSink {
 public:
  /// Opens `path`: "" or "-" means standard output; a file gets a temporary beside it.
  bool open(const std::string& path, std::string& error);
  /// Returns the buffer to append output to; reused, so streaming allocates nothing per offer.
  std::string& buffer() { return buffer_; }
  /// Appends `text` and flushes as wrote() does; a large block is written straight through, uncopied.
  void append(std::string_view text);
  /// Flushes standard output when the buffer is large, a terminal is reading, or time has passed.
  void wrote();
  /// Writes what is left and, for a file, renames it over the target; false with `error` set on failure.
  bool finish(std::string& error);
  /// Abandons a file output (the target stays untouched); standard output is flushed as is.
  void abandon();

 private:
  bool flush();
  bool put(std::string_view data);
  AtomicFile file_;
  bool to_file_ = false;
  bool interactive_ = false;  // standard output is a terminal: flush every line
  bool failed_ = false;
  std::string error_;
  std::string buffer_;
  std::chrono::steady_clock::time_point last_flush_ = std::chrono::steady_clock::now();
};

}  // namespace rubric::cli
