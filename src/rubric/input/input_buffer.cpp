#include "rubric/input/input_buffer.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <rubric/limits.hpp>
#include "rubric/input/inputs.hpp"

namespace rubric {

namespace {

// The first read of a whole file: most offer files fit, larger ones double from here.
constexpr std::size_t kFirstFileRead = 64u * 1024u;

}  // namespace

void PaddedBuffer::grow(std::size_t capacity, std::size_t keep) {
  if (capacity <= capacity_) return;
  // Zero-filled, so the padding is never uninitialised memory.
  LargeBlock bigger = allocate_zeroed(capacity + kJsonPadding);
  if (keep > 0) std::memcpy(bigger.get(), data_.get(), keep);
  data_ = std::move(bigger);
  capacity_ = capacity;
}

std::string_view to_string(WholeFile status) {
  switch (status) {
    case WholeFile::ok: return "ok";
    case WholeFile::too_big: return "too big";
    case WholeFile::failed: return "failed";
  }
  return "unknown";
}

InputFile::~InputFile() {
  if (owned_ && fd_ >= 0) ::close(fd_);
}

InputFile::InputFile(InputFile&& other) noexcept : fd_(other.fd_), owned_(other.owned_) {
  other.fd_ = -1;
  other.owned_ = false;
}

InputFile& InputFile::operator=(InputFile&& other) noexcept {
  if (this != &other) {
    if (owned_ && fd_ >= 0) ::close(fd_);
    fd_ = other.fd_;
    owned_ = other.owned_;
    other.fd_ = -1;
    other.owned_ = false;
  }
  return *this;
}

long InputFile::read_some(char* into, std::size_t size) const {
  for (;;) {
    ssize_t n = ::read(fd_, into, size);
    if (n >= 0 || errno != EINTR) return static_cast<long>(n);
  }
}

InputFile open_input_file(const char* path) {
  int fd;
  do {
    fd = ::open(path, O_RDONLY | O_CLOEXEC);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) return {};
  return InputFile(fd, true);
}

WholeFile read_whole_file(const InputFile& file, PaddedBuffer& buffer, std::size_t& size) {
  size = 0;
  if (buffer.capacity() < kFirstFileRead) buffer.grow(kFirstFileRead, 0);
  for (;;) {
    if (size == buffer.capacity()) {
      if (size > kMaxDocumentBytes) return WholeFile::too_big;
      // One byte over the limit is enough to know the file is too big.
      std::size_t next = std::min(buffer.capacity() * 2, kMaxDocumentBytes + 1);
      buffer.grow(next, size);
    }
    long n = file.read_some(buffer.data() + size, buffer.capacity() - size);
    if (n < 0) return WholeFile::failed;
    if (n == 0) return size > kMaxDocumentBytes ? WholeFile::too_big : WholeFile::ok;
    size += static_cast<std::size_t>(n);
  }
}

std::string describe_errno(int error_number) {
  switch (error_number) {
    case ENOENT: return "no such file";
    case EACCES: return "permission denied";
    case EISDIR: return "is a folder";
    case ENOTDIR: return "no such file (a part of the path is not a folder)";
    case EMFILE:
    case ENFILE: return "too many open files";
    case EIO: return "input/output error";
    case ENAMETOOLONG: return "file name too long";
    case ELOOP: return "too many levels of symbolic links";
    default: break;
  }
  std::string message = std::strerror(error_number);
  if (!message.empty() && message[0] >= 'A' && message[0] <= 'Z')
    message[0] = static_cast<char>(message[0] - 'A' + 'a');
  return message;
}

}  // namespace rubric
