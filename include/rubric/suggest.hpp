// "did you mean ...?" for names the user typed: subcommands, offer keys.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rubric {

/// Returns the candidate closest to `name` (a likely typo of it), or "" when none is close enough.
std::string closest_name(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace rubric
