// Offer paths: the dotted names a rubric declares ("comp.base") and the JSON paths they match.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rubric {

/// Splits a dotted offer path into its segments: "comp.base" gives {"comp", "base"}.
std::vector<std::string> split_path(std::string_view path);

}  // namespace rubric
