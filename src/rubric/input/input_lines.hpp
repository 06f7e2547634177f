// Splits a JSON Lines stream into documents with flat memory.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rubric/input/input_buffer.hpp"

namespace rubric {

/// What LineReader::next found.
enum class LineStatus {
  line,      // a non-blank line, without its line ending
  too_long,  // a line over kMaxDocumentBytes; it was skipped to its end
  end,       // no more lines
  failed,    // a read error; error() says which
};

/// Names a line status, for messages and debugging.
std::string_view to_string(LineStatus status);

/// One line that read_block() put into an arena.
struct LineSpan {
  std::size_t offset = 0;  // into the arena
  std::size_t size = 0;
  std::size_t line = 0;   // its line number, from 1
  bool too_long = false;  // over kMaxDocumentBytes: skipped, `size` is 0
};

class DocumentArena;

/// Reads a JSON Lines stream in large blocks, line by line into one bounded, reused buffer (next()) or a
/// block of lines at a time straight into the caller's arena (read_block()).
class LineReader {
 public:
  /// Reads from `file`, which must outlive the reader.
  explicit LineReader(const InputFile& file);

  /// Finds the next non-blank line; `text` stays valid, followed by kJsonPadding readable bytes, until the next call.
  LineStatus next(std::string_view& text, std::size_t& line_number);

  /// Appends the next lines to `arena` (at most `max_lines`): the bytes held back from the last call, then
  /// one read(2) into the arena itself; the partial line at the end is held back for the next call.
  /// Returns LineStatus::line when `spans` has lines, else end or failed.
  LineStatus read_block(DocumentArena& arena, std::size_t max_lines, std::vector<LineSpan>& spans);

  /// Returns the errno of the failed read.
  int error() const { return error_; }

  /// Appends every byte not yet returned by next() to `out`, to the end of the stream; false when that
  /// is more than `limit` bytes (then `out` holds the first ones) or a read failed (error() says why).
  bool read_rest(std::string& out, std::size_t limit);

 private:
  bool fill();
  LineStatus skip_long_line(std::size_t& line_number);
  std::optional<LineStatus> take(std::size_t begin, std::size_t end, std::string_view& text, std::size_t& line_number);
  bool split(const DocumentArena& arena, std::size_t& begin, std::size_t max_lines, std::vector<LineSpan>& spans);
  void take_span(const char* base, std::size_t begin, std::size_t end, std::vector<LineSpan>& spans);
  LineStatus skip_long_span(DocumentArena& arena, std::size_t begin, std::vector<LineSpan>& spans);
  void hold_back(const char* bytes, std::size_t size);

  const InputFile& file_;
  PaddedBuffer buffer_;
  std::size_t begin_ = 0;  // start of the unread lines
  std::size_t scan_ = 0;   // bytes before this are known to hold no newline after begin_
  std::size_t end_ = 0;    // end of the bytes read
  std::size_t line_ = 0;   // lines consumed so far
  bool eof_ = false;
  int error_ = 0;
};

}  // namespace rubric
