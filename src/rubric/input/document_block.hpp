// Offer documents held back to back in one buffer, where the reader reads them: a JSON Lines file is read
// straight into it, so an offer's bytes are copied once, by the kernel, on their way in.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rubric/input/input_buffer.hpp"
#include "rubric/input/inputs.hpp"

namespace rubric {

/// Bytes appended back to back in a PaddedBuffer, whose bytes are all initialised, so any document in it
/// may be read with its padding where it lies.
class DocumentArena {
 public:
  /// Returns the first byte.
  const char* data() const { return buffer_.data(); }
  /// Returns how many bytes it holds.
  std::size_t size() const { return size_; }
  /// Returns room for `n` more bytes at the end, growing (and moving) the buffer when needed; grew() keeps them.
  char* room(std::size_t n);
  /// Keeps `n` bytes written into the room() just asked for.
  void grew(std::size_t n) { size_ += n; }
  /// Appends `bytes`.
  void append(std::string_view bytes);
  /// Drops every byte after the first `size`; they stay readable (as the padding of what precedes them).
  void truncate(std::size_t size) { size_ = size; }

 private:
  PaddedBuffer buffer_;
  std::size_t size_ = 0;
};

/// Documents in one arena, with where each came from: the input of one batch of a run.
struct DocumentBlock {
  struct Doc {
    std::size_t offset = 0;  // into arena
    std::size_t size = 0;
    std::size_t name = 0;  // into names: the source, then the fallback id
    std::size_t source_size = 0;
    std::size_t fallback_size = 0;
    std::size_t ordinal = 0;
    std::optional<std::string> error;
  };

  DocumentArena arena;
  std::string names;  // sources and fallback ids back to back: one buffer, no allocation per document
  std::vector<Doc> docs;

  /// Empties the block, keeping its memory.
  void clear();
  /// Copies one document in.
  void add(const InputDocument& doc);
  /// Records the `size` bytes at `offset`, already in the arena, as a document.
  Doc& add_in_place(std::size_t offset, std::size_t size, std::string_view source, std::string_view fallback_id,
                    std::size_t ordinal);
  /// Rebuilds the InputDocument view of document `i` into `doc`, reusing its memory.
  void view(std::size_t i, InputDocument& doc) const;
  /// Returns the InputDocument view of document `i`.
  InputDocument view(std::size_t i) const;
  /// Returns the bytes held, for sizing blocks.
  std::size_t bytes() const { return arena.size(); }
};

}  // namespace rubric
