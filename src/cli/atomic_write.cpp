// Temporary file + fsync + rename(2): rename within one folder is atomic on POSIX file systems.
// A signal handler removes the temporary if the user interrupts a long run.
#include "cli/atomic_write.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <vector>

namespace rubric::cli {
namespace {

namespace fs = std::filesystem;

// The temporary file to remove when a signal ends the process (one AtomicFile is open at a time).
constexpr std::size_t kMaxSignalPath = 4096;  // PATH_MAX on Linux
char g_signal_temp[kMaxSignalPath];
volatile std::sig_atomic_t g_signal_temp_set = 0;

extern "C" void remove_temp_and_reraise(int signal_number) {
  if (g_signal_temp_set != 0) ::unlink(g_signal_temp);
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

/// Registers `path` for removal on SIGINT, SIGTERM or SIGHUP; signals the user ignores stay ignored.
void guard_against_signals(const fs::path& path) {
  const std::string& text = path.native();
  if (text.size() >= kMaxSignalPath) return;
  std::memcpy(g_signal_temp, text.c_str(), text.size() + 1);
  g_signal_temp_set = 1;
  for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction old_action {};
    if (::sigaction(signal_number, nullptr, &old_action) != 0 || old_action.sa_handler == SIG_IGN) continue;
    struct sigaction action {};
    action.sa_handler = remove_temp_and_reraise;
    sigemptyset(&action.sa_mask);
    ::sigaction(signal_number, &action, nullptr);
  }
}

std::string errno_text(int error_number) { return std::strerror(error_number); }

/// Returns the permissions the new file should get: the old file's, or 0666 less the umask.
mode_t target_mode(const fs::path& target) {
  struct stat info {};
  if (::stat(target.c_str(), &info) == 0) return info.st_mode & 07777;
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

/// Returns the real file behind `target` when it is a symbolic link, so the link itself survives.
fs::path resolve_target(const fs::path& target) {
  std::error_code ec;
  if (fs::is_symlink(target, ec)) {
    fs::path real = fs::weakly_canonical(target, ec);
    if (!ec) return real;
  }
  return target;
}

}  // namespace

AtomicFile::~AtomicFile() { discard(); }

bool AtomicFile::open(const fs::path& target, std::string& error) {
  discard();
  target_ = resolve_target(target);
  const fs::path folder = target_.has_parent_path() ? target_.parent_path() : fs::path(".");
  std::string pattern = (folder / ("." + target_.filename().string() + ".tmp-XXXXXX")).string();
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  const int fd = ::mkstemp(buffer.data());
  if (fd < 0) {
    error = "cannot write '" + target.string() + "': " + errno_text(errno);
    return false;
  }
  fd_ = fd;
  temp_ = fs::path(buffer.data());
  guard_against_signals(temp_);
  ::fchmod(fd_, target_mode(target_));
  return true;
}

bool AtomicFile::write(std::string_view data, std::string& error) {
  if (fd_ < 0) {
    error = "cannot write '" + target_.string() + "': not open";
    return false;
  }
  while (!data.empty()) {
    const ssize_t n = ::write(fd_, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      error = "cannot write '" + target_.string() + "': " + errno_text(n < 0 ? errno : EIO);
      return false;
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

bool AtomicFile::commit(std::string& error) {
  if (fd_ < 0) {
    error = "cannot write '" + target_.string() + "': not open";
    return false;
  }
  const bool synced = ::fsync(fd_) == 0;
  const int sync_errno = errno;
  const bool closed = ::close(fd_) == 0;
  const int close_errno = errno;
  fd_ = -1;
  if (!synced || !closed) {
    error = "cannot write '" + target_.string() + "': " + errno_text(synced ? close_errno : sync_errno);
    discard();
    return false;
  }
  if (::rename(temp_.c_str(), target_.c_str()) != 0) {
    error = "cannot replace '" + target_.string() + "': " + errno_text(errno);
    discard();
    return false;
  }
  g_signal_temp_set = 0;
  temp_.clear();
  return true;
}

void AtomicFile::discard() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  if (!temp_.empty()) {
    g_signal_temp_set = 0;
    ::unlink(temp_.c_str());
    temp_.clear();
  }
}

bool write_file_atomically(const fs::path& target, std::string_view data, std::string& error) {
  AtomicFile file;
  return file.open(target, error) && file.write(data, error) && file.commit(error);
}

}  // namespace rubric::cli
