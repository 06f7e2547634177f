// Numbers in result JSON: integral values as integers, everything else as the
// shortest text that reads back to the same double (what nlohmann and fmt write).
#pragma once

#include <cstddef>

namespace rubric {

// Worst-case bytes of one number: "-2.2250738585072014e-308" has 24 characters, an int64 at most 20.
constexpr std::size_t kMaxJsonNumberBytes = 32;

/// Returns true when `value` is best written as an integer (30 rather than 30.0).
bool is_exact_integer(double value);

/// Writes `value` at `at` (room for kMaxJsonNumberBytes) as result JSON does, "null" when not finite;
/// returns the end of what it wrote.
char* write_json_number(char* at, double value);

}  // namespace rubric
