// Writing drafts: safe file names from offer ids, and files that appear whole or
// not at all, never replacing an existing draft unless asked to.
#include <fcntl.h>
#include <unistd.h>

#include <fmt/format.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include <rubric/draft.hpp>

namespace rubric {

namespace {

// File systems allow 255 bytes per name; this leaves room for the extension and a "-N" suffix.
constexpr std::size_t kMaxStemBytes = 120;

// Distinguishes temporary files of one process (two drafts may be written at once by embedders).
std::atomic<unsigned> temp_counter{0};

bool write_all(int fd, const std::string& content) {
  std::size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

// Moves the finished temporary file into place; `force` replaces, otherwise an existing file wins.
int publish(const std::string& temp, const std::string& path, bool force) {
  if (force) return ::rename(temp.c_str(), path.c_str()) == 0 ? 0 : errno;
  if (::link(temp.c_str(), path.c_str()) == 0) {  // atomic: fails with EEXIST instead of replacing
    ::unlink(temp.c_str());
    return 0;
  }
  int error = errno;
  if (error == EEXIST) return error;
  // File systems without hard links: check, then rename (a tiny race, but still never a partial file).
  std::error_code ec;
  if (std::filesystem::exists(path, ec)) return EEXIST;
  return ::rename(temp.c_str(), path.c_str()) == 0 ? 0 : errno;
}

}  // namespace

std::string draft_file_stem(std::string_view offer_id) {
  std::string stem;
  for (char c : offer_id) {
    bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
                c == '.';
    stem += safe ? c : '_';
    if (stem.size() >= kMaxStemBytes) break;
  }
  if (!stem.empty() && stem.front() == '.') stem.front() = '_';  // no hidden files, no "." or ".."
  return stem.empty() ? std::string("offer") : stem;
}

std::string write_draft_file(const std::string& path, const std::string& content, bool force) {
  std::filesystem::path target(path);
  std::filesystem::path dir = target.parent_path();
  std::string temp =
      (dir / fmt::format(".{}.tmp-{}-{}", target.filename().string(), ::getpid(), temp_counter.fetch_add(1))).string();
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return fmt::format("{}: error: cannot create a temporary file: {}", path, std::strerror(errno));
  bool ok = write_all(fd, content) && ::fsync(fd) == 0;
  int write_error = errno;
  ok = (::close(fd) == 0) && ok;
  if (!ok) {
    ::unlink(temp.c_str());
    return fmt::format("{}: error: cannot write the draft: {}", path, std::strerror(write_error));
  }
  int error = publish(temp, path, force);
  if (error != 0) {
    ::unlink(temp.c_str());
    if (error == EEXIST) return fmt::format("{}: error: a draft already exists; use --force to replace it", path);
    return fmt::format("{}: error: cannot write the draft: {}", path, std::strerror(error));
  }
  return {};
}

}  // namespace rubric
