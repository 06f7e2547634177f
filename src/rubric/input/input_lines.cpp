#include "rubric/input/input_lines.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <rubric/limits.hpp>
#include "rubric/input/document_block.hpp"

namespace rubric {

namespace {

// One read(2) per block: about 1,800 offers of 560 bytes, so system calls cost nothing per offer,
// while the buffer stays small enough to live in cache.
constexpr std::size_t kReadBlock = 1u << 20;

// One read(2) per block of lines read straight into a batch's arena, and one batch per block: about 470
// offers of 560 bytes. Measured on two jobs (bench/README.md): 1 MiB batches ran 10% slower, 512 KiB 4%;
// 128 KiB no faster than 256. On huge pages (large_block.hpp) 384 and 512 KiB ran as fast as 256, 192 KiB
// 4% slower. The partial line at a block's end is the only part copied again.
constexpr std::size_t kArenaRead = 256u * 1024u;

// The buffer never grows past one maximal line plus one block, so memory stays flat on any input.
constexpr std::size_t kMaxBuffer = kMaxDocumentBytes + kReadBlock;

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool is_blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

/// What a line holds once its ending (and, on the first line, a byte order mark) is trimmed.
enum class LineKind { text, blank, too_long };

/// Trims the line [begin, end) of `base`: its carriage return, and a byte order mark when it is the stream's first.
LineKind trim_line(const char* base, std::size_t& begin, std::size_t& end, bool first) {
  if (end > begin && base[end - 1] == '\r') --end;
  if (end - begin > kMaxDocumentBytes) return LineKind::too_long;
  std::string_view text(base + begin, end - begin);
  if (first && text.substr(0, kByteOrderMark.size()) == kByteOrderMark) begin += kByteOrderMark.size();
  text = std::string_view(base + begin, end - begin);
  return text.empty() || (text.front() != '{' && is_blank(text)) ? LineKind::blank : LineKind::text;
}

}  // namespace

std::string_view to_string(LineStatus status) {
  switch (status) {
    case LineStatus::line: return "line";
    case LineStatus::too_long: return "too long";
    case LineStatus::end: return "end";
    case LineStatus::failed: return "failed";
  }
  return "unknown";
}

LineReader::LineReader(const InputFile& file) : file_(file) {}

LineStatus LineReader::next(std::string_view& text, std::size_t& line_number) {
  for (;;) {
    if (scan_ < end_) {
      const char* base = buffer_.data();
      const void* newline = std::memchr(base + scan_, '\n', end_ - scan_);
      if (newline != nullptr) {
        std::size_t line_end = static_cast<std::size_t>(static_cast<const char*>(newline) - base);
        std::size_t begin = begin_;
        begin_ = scan_ = line_end + 1;
        if (auto status = take(begin, line_end, text, line_number)) return *status;
        continue;
      }
      scan_ = end_;
    }
    if (eof_) {
      if (begin_ == end_) return LineStatus::end;
      std::size_t begin = begin_;
      begin_ = scan_ = end_;
      if (auto status = take(begin, end_, text, line_number)) return *status;
      return LineStatus::end;
    }
    if (end_ - begin_ > kMaxDocumentBytes) {
      text = std::string_view(buffer_.data(), 0);
      return skip_long_line(line_number);
    }
    if (!fill() && error_ != 0) return LineStatus::failed;
  }
}

std::optional<LineStatus> LineReader::take(std::size_t begin, std::size_t end, std::string_view& text,
                                           std::size_t& line_number) {
  line_number = ++line_;
  const LineKind kind = trim_line(buffer_.data(), begin, end, line_ == 1);
  if (kind == LineKind::too_long) {
    text = std::string_view(buffer_.data(), 0);
    return LineStatus::too_long;
  }
  text = std::string_view(buffer_.data() + begin, end - begin);
  if (kind == LineKind::blank) return std::nullopt;
  return LineStatus::line;
}

LineStatus LineReader::read_block(DocumentArena& arena, std::size_t max_lines, std::vector<LineSpan>& spans) {
  spans.clear();
  const std::size_t start = arena.size();
  std::size_t begin = start;
  if (end_ > begin_) arena.append(std::string_view(buffer_.data() + begin_, end_ - begin_));
  begin_ = scan_ = end_ = 0;
  for (;;) {
    if (split(arena, begin, max_lines, spans) || !spans.empty()) break;
    if (eof_) {  // the last line, without a newline; nothing is held back
      if (begin < arena.size()) take_span(arena.data(), begin, arena.size(), spans);
      arena.truncate(spans.empty() ? start : arena.size());
      return spans.empty() ? LineStatus::end : LineStatus::line;
    }
    if (arena.size() - begin > kMaxDocumentBytes) return skip_long_span(arena, begin, spans);
    // Less by what the arena already holds (the held-back bytes), so it does not outgrow one read.
    const std::size_t want = kArenaRead - std::min(arena.size(), kArenaRead / 2);
    const long n = file_.read_some(arena.room(want), want);
    if (n < 0) {
      error_ = errno;
      arena.truncate(start);
      return LineStatus::failed;
    }
    if (n == 0) eof_ = true;
    else arena.grew(static_cast<std::size_t>(n));
  }
  hold_back(arena.data() + begin, arena.size() - begin);
  arena.truncate(begin);
  return spans.empty() ? LineStatus::end : LineStatus::line;
}

// Takes the complete lines of the arena from `begin` on, up to `max_lines`; true when that many were taken.
bool LineReader::split(const DocumentArena& arena, std::size_t& begin, std::size_t max_lines,
                       std::vector<LineSpan>& spans) {
  const char* base = arena.data();
  while (spans.size() < max_lines) {
    const void* newline = begin < arena.size() ? std::memchr(base + begin, '\n', arena.size() - begin) : nullptr;
    if (newline == nullptr) return false;
    const auto end = static_cast<std::size_t>(static_cast<const char*>(newline) - base);
    take_span(base, begin, end, spans);
    begin = end + 1;
  }
  return true;
}

void LineReader::take_span(const char* base, std::size_t begin, std::size_t end, std::vector<LineSpan>& spans) {
  ++line_;
  switch (trim_line(base, begin, end, line_ == 1)) {
    case LineKind::text: spans.push_back({begin, end - begin, line_, false}); return;
    case LineKind::too_long: spans.push_back({begin, 0, line_, true}); return;
    case LineKind::blank: return;
  }
}

// The arena holds the start of a line, without its end, already over the limit: it is dropped there and
// the rest of the line read past without keeping it.
LineStatus LineReader::skip_long_span(DocumentArena& arena, std::size_t begin, std::vector<LineSpan>& spans) {
  arena.truncate(begin);
  std::size_t line = 0;
  if (skip_long_line(line) == LineStatus::failed) return LineStatus::failed;
  spans.push_back({begin, 0, line, true});
  return LineStatus::line;
}

void LineReader::hold_back(const char* bytes, std::size_t size) {
  if (buffer_.capacity() < size) buffer_.grow(std::max(size, 2 * buffer_.capacity()), 0);
  if (size != 0) std::memcpy(buffer_.data(), bytes, size);
  begin_ = scan_ = 0;
  end_ = size;
}

bool LineReader::fill() {
  if (begin_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    scan_ -= begin_;
    begin_ = 0;
  }
  if (end_ == buffer_.capacity()) buffer_.grow(std::clamp(buffer_.capacity() * 2, kReadBlock, kMaxBuffer), end_);
  long n = file_.read_some(buffer_.data() + end_, buffer_.capacity() - end_);
  if (n < 0) {
    error_ = errno;
    return false;
  }
  if (n == 0) {
    eof_ = true;
    return false;
  }
  end_ += static_cast<std::size_t>(n);
  return true;
}

// Called when the buffered part of the current line, which holds no newline, is already over the limit:
// drop it and read on to the line's end without keeping anything.
LineStatus LineReader::skip_long_line(std::size_t& line_number) {
  line_number = ++line_;
  buffer_.grow(kReadBlock, 0);
  begin_ = scan_ = end_ = 0;
  while (!eof_) {
    long n = file_.read_some(buffer_.data(), buffer_.capacity());
    if (n < 0) {
      error_ = errno;
      return LineStatus::failed;
    }
    if (n == 0) {
      eof_ = true;
      break;
    }
    const void* newline = std::memchr(buffer_.data(), '\n', static_cast<std::size_t>(n));
    if (newline != nullptr) {
      begin_ = scan_ = static_cast<std::size_t>(static_cast<const char*>(newline) - buffer_.data()) + 1;
      end_ = static_cast<std::size_t>(n);
      break;
    }
  }
  return LineStatus::too_long;
}

bool LineReader::read_rest(std::string& out, std::size_t limit) {
  for (;;) {
    const std::size_t available = end_ - begin_;
    if (out.size() + available > limit) {
      out.append(buffer_.data() + begin_, limit - out.size());
      return false;
    }
    out.append(buffer_.data() + begin_, available);
    begin_ = scan_ = end_ = 0;
    if (eof_) return true;
    if (!fill() && error_ != 0) return false;
  }
}

}  // namespace rubric
