// Byte buffers and raw file reads for the input stream.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "rubric/base/large_block.hpp"

namespace rubric {

/// A growable byte buffer that always has kJsonPadding readable bytes after its capacity.
class PaddedBuffer {
 public:
  /// Returns the first byte.
  char* data() { return data_.get(); }
  /// Returns the first byte.
  const char* data() const { return data_.get(); }
  /// Returns how many bytes may be filled (the padding comes after these).
  std::size_t capacity() const { return capacity_; }
  /// Grows to at least `capacity` bytes, keeping the first `keep` bytes.
  void grow(std::size_t capacity, std::size_t keep);

 private:
  LargeBlock data_;
  std::size_t capacity_ = 0;
};

/// Owns a file descriptor opened for reading.
class InputFile {
 public:
  InputFile() = default;
  /// Takes ownership of `fd` when `owned`.
  InputFile(int fd, bool owned) : fd_(fd), owned_(owned) {}
  ~InputFile();
  InputFile(InputFile&& other) noexcept;
  InputFile& operator=(InputFile&& other) noexcept;
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;

  /// Returns the descriptor, -1 when none.
  int fd() const { return fd_; }
  /// Reads up to `size` bytes, retrying on EINTR; returns 0 at the end and -1 on error (errno set).
  long read_some(char* into, std::size_t size) const;

 private:
  int fd_ = -1;
  bool owned_ = false;
};

/// Opens `path` for reading; returns an empty InputFile and sets errno on failure.
InputFile open_input_file(const char* path);

/// How reading a whole file went.
enum class WholeFile { ok, too_big, failed };

/// Names a whole-file read status, for messages and debugging.
std::string_view to_string(WholeFile status);

/// Reads a whole file into `buffer` (at most kMaxDocumentBytes); `size` gets the byte count.
WholeFile read_whole_file(const InputFile& file, PaddedBuffer& buffer, std::size_t& size);

/// Returns a complete, lower-case message for errno `error_number` ("no such file", "permission denied").
std::string describe_errno(int error_number);

}  // namespace rubric
