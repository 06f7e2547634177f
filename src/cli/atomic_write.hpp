// Writing output files safely: the target is either left as it was or replaced whole, never half-written.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace rubric::cli {

/// A file written under a temporary name in its target's folder and renamed over the target when complete.
class AtomicFile {
 public:
  AtomicFile() = default;
  /// Removes the temporary file unless commit() succeeded.
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  /// Creates the temporary file beside `target`; returns false with `error` set when it cannot.
  bool open(const std::filesystem::path& target, std::string& error);
  /// Appends `data`; returns false with `error` set on failure (the target stays untouched).
  bool write(std::string_view data, std::string& error);
  /// Syncs and renames the temporary over the target; on failure removes the temporary, target untouched.
  bool commit(std::string& error);
  /// Removes the temporary file; the target stays as it was.
  void discard();
  /// Returns the temporary file's path (empty when none is open).
  const std::filesystem::path& temp_path() const { return temp_; }

 private:
  std::filesystem::path target_;
  std::filesystem::path temp_;
  int fd_ = -1;
};

/// Writes `data` to `target` atomically; returns false with `error` set, target untouched, on failure.
bool write_file_atomically(const std::filesystem::path& target, std::string_view data, std::string& error);

}  // namespace rubric::cli
