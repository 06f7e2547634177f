// Two comparisons, because either alone misses cases: equivalent() sees hard links and different
// spellings of existing files; normal paths cover files that do not exist yet.
#include "cli/output_guard.hpp"

#include <algorithm>
#include <cctype>

namespace rubric::cli {
namespace {

namespace fs = std::filesystem;

/// Returns the absolute, normal form of `p`, symbolic links resolved where the path exists.
fs::path normal_path(const fs::path& p) {
  std::error_code ec;
  fs::path absolute = fs::absolute(p, ec);
  if (ec) absolute = p;
  fs::path canonical = fs::weakly_canonical(absolute, ec);
  return ec ? absolute.lexically_normal() : canonical.lexically_normal();
}

/// Returns true when `path` ends in ".json", in any case (the files a folder input reads).
bool has_json_extension(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".json";
}

/// Returns the folder `path` lives in ("." for a bare file name).
fs::path folder_of(const fs::path& path) { return path.has_parent_path() ? path.parent_path() : fs::path("."); }

}  // namespace

bool same_file(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  if (fs::exists(a, ec) && fs::exists(b, ec)) {
    const bool equivalent = fs::equivalent(a, b, ec);
    if (!ec && equivalent) return true;
  }
  return normal_path(a) == normal_path(b) ||
         fs::absolute(a, ec).lexically_normal() == fs::absolute(b, ec).lexically_normal();
}

std::string output_conflict(const std::string& output, const std::string& rubric,
                            const std::vector<std::string>& inputs) {
  if (output.empty() || output == "-") return "";
  const fs::path out(output);
  std::error_code ec;
  if (fs::is_directory(out, ec)) return "cannot write -o '" + output + "': it is a folder";
  if (same_file(out, rubric)) return "refusing to write -o '" + output + "': it is the rubric file";
  for (const auto& input : inputs) {
    if (input == "-") continue;
    if (fs::is_directory(input, ec)) {
      if (has_json_extension(out) && same_file(folder_of(out), input)) {
        return "refusing to write -o '" + output + "': it is a .json file in input folder '" + input + "'";
      }
    } else if (same_file(out, input)) {
      return "refusing to write -o '" + output + "': it is input '" + input + "'";
    }
  }
  return "";
}

}  // namespace rubric::cli
