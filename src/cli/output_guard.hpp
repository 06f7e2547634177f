// Refusing an -o target that would overwrite the rubric or one of the inputs.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace rubric::cli {

/// Returns true when `a` and `b` name the same file: the same inode when both exist, else the same
/// absolute normal path (symbolic links resolved as far as the path exists).
bool same_file(const std::filesystem::path& a, const std::filesystem::path& b);

/// Returns why `output` may not be written (it is the rubric, an input, a *.json file in an input
/// folder, or a folder), or an empty string when it is safe. "" and "-" (standard output) are safe.
std::string output_conflict(const std::string& output, const std::string& rubric,
                            const std::vector<std::string>& inputs);

}  // namespace rubric::cli
