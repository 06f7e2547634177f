#include "rubric/input/input_lines.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <rubric/limits.hpp>

namespace rubric {

namespace {

// One read(2) per block: about 1,800 offers of 560 bytes, so system calls cost nothing per offer,
// while the buffer stays small enough to live in cache.
constexpr std::size_t kReadBlock = 1u << 20;

// The buffer never grows past one maximal line plus one block, so memory stays flat on any input.
constexpr std::size_t kMaxBuffer = kMaxDocumentBytes + kReadBlock;

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool is_blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
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

LineReader::LineReader(const InputFile& file) : file_(file) { buffer_.grow(kReadBlock, 0); }

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
  if (end > begin && buffer_.data()[end - 1] == '\r') --end;
  if (end - begin > kMaxDocumentBytes) {
    text = std::string_view(buffer_.data(), 0);
    return LineStatus::too_long;
  }
  text = std::string_view(buffer_.data() + begin, end - begin);
  if (line_ == 1 && text.substr(0, kByteOrderMark.size()) == kByteOrderMark) text.remove_prefix(kByteOrderMark.size());
  if (text.empty() || (text.front() != '{' && is_blank(text))) return std::nullopt;
  return LineStatus::line;
}

bool LineReader::fill() {
  if (begin_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    scan_ -= begin_;
    begin_ = 0;
  }
  if (end_ == buffer_.capacity()) buffer_.grow(std::min(buffer_.capacity() * 2, kMaxBuffer), end_);
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
