// Content-Length framing of JSON-RPC messages (LSP base protocol), hardened against garbage.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>

namespace rubric::lsp {

// The largest message body accepted: a rubric at its size limit (kMaxRubricBytes, 64 MiB) sent as a JSON
// string may double in size from escaped quotes and backslashes. A larger Content-Length is a broken or
// hostile client; the server reports it and resynchronises on the next header instead of allocating it.
inline constexpr std::size_t kMaxMessageBytes = std::size_t{128} * 1024 * 1024;

// The longest header line kept; the rest of a longer line is read and dropped (garbage between
// messages must not grow memory without bound). Real headers are under 100 bytes.
inline constexpr std::size_t kMaxHeaderLineBytes = 4096;

/// What reading one frame produced: a body, a problem to report (then read on), or the end of input.
struct Frame {
  enum class Kind { body, problem, end } kind = Kind::end;
  std::string text;     // the body, or the problem's description
  std::string skipped;  // for a body: garbage skipped on the way to its header, else empty
};

/// Reads frames from a stream, skipping garbage up to the next Content-Length header.
class FrameReader {
 public:
  /// Reads from `in`, which must outlive the reader.
  explicit FrameReader(std::istream& in) : in_(in) {}
  /// Returns the next body, a problem found on the way to it, or the end of input.
  Frame next();

 private:
  std::optional<std::string> read_line();
  std::istream& in_;
};

/// Writes one message with its Content-Length header and flushes.
void write_frame(std::ostream& out, const std::string& body);

}  // namespace rubric::lsp
