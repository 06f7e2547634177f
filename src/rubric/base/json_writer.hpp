// Writing JSON text fast, for result lines: straight into memory reserved
// beforehand through a raw pointer. Appending piece by piece to std::string
// costs a capacity check and an out-of-line call per piece, which was most of
// the time spent writing a line.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rubric/base/json_number.hpp"
#include "rubric/base/large_block.hpp"

namespace rubric {

// Worst-case bytes an input byte can become inside a JSON string: a control character as \u00XX.
constexpr std::size_t kMaxEscapeRatio = 6;

/// Returns the largest number of bytes `s` can take as a JSON string.
inline std::size_t json_string_bound(std::string_view s) { return s.size() * kMaxEscapeRatio + 2; }

/// Writes into memory reserved beforehand (the caller bounds the size); every method advances.
class JsonWriter {
 public:
  /// Starts writing at `at`.
  explicit JsonWriter(char* at) : at_(at) {}
  /// Returns where the next byte goes.
  char* position() const { return at_; }
  /// Moves the write position (after the memory moved).
  void move_to(char* at) { at_ = at; }

  /// Writes one byte.
  void ch(char c) { *at_++ = c; }
  /// Writes bytes as they are.
  void raw(std::string_view text) {
    std::memcpy(at_, text.data(), text.size());
    at_ += text.size();
  }
  /// Writes true or false.
  void boolean(bool value) { raw(value ? std::string_view("true") : std::string_view("false")); }
  /// Writes a number as result JSON does (json_number.hpp).
  void number(double value) { at_ = write_json_number(at_, value); }
  /// Writes `s` as a JSON string: escapes as nlohmann does, replaces invalid UTF-8 with U+FFFD.
  void string(std::string_view s);
  /// Writes a JSON array of strings.
  void strings(const std::vector<std::string>& items);

 private:
  std::size_t special(std::string_view s, std::size_t i);
  char* at_;
};

/// Memory a JsonWriter writes into, grown on request, for output whose size is known piece by piece.
class JsonBuffer {
 public:
  /// Starts empty; the first room() allocates.
  JsonBuffer() : writer_(nullptr) {}
  /// Returns the writer, with room for `n` more bytes (moving what was written when it must grow).
  JsonWriter& room(std::size_t n) {
    if (static_cast<std::size_t>(end_ - writer_.position()) < n) grow(n);
    return writer_;
  }
  /// Makes room for `n` more bytes at once, so that a buffer filled from empty is not moved as it grows.
  void reserve(std::size_t n) { room(n); }
  /// Returns what was written.
  std::string_view text() const { return {data_.get(), size()}; }
  /// Returns the number of bytes written.
  std::size_t size() const { return data_ ? static_cast<std::size_t>(writer_.position() - data_.get()) : 0; }
  /// Forgets what was written, keeping the memory.
  void clear() { writer_.move_to(data_.get()); }
  /// Drops the bytes written after the first `size`.
  void truncate(std::size_t size) { writer_.move_to(data_.get() + size); }

 private:
  void grow(std::size_t n);
  LargeBlock data_;
  char* end_ = nullptr;
  JsonWriter writer_;
};

}  // namespace rubric
