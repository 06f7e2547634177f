// A temporary file that holds bytes a long run cannot keep in memory (packed results
// past their budget). It is unlinked as soon as it is created, so it disappears with
// the process however the process ends, and nobody else can open it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace rubric {

/// An anonymous file written at its end and read anywhere.
class SpillFile {
 public:
  /// Creates the file in $TMPDIR (or /tmp); check ok() before use.
  SpillFile();
  ~SpillFile();
  SpillFile(const SpillFile&) = delete;
  SpillFile& operator=(const SpillFile&) = delete;

  /// Returns whether the file takes more bytes: it exists and no write has failed.
  bool writable() const { return fd_ >= 0 && writable_; }
  /// Appends `bytes`; returns where they start, or false when the write fails (a full disk: the file then
  /// takes no more, and what it already holds stays readable).
  bool append(std::string_view bytes, std::uint64_t& at);
  /// Reads `length` bytes from `at` into `out`; returns false when they cannot be read.
  bool read(std::uint64_t at, std::size_t length, std::string& out) const;

 private:
  int fd_ = -1;
  bool writable_ = true;
  std::uint64_t size_ = 0;
};

}  // namespace rubric
