// The profile locator with its work counted, for the test that its work grows linearly with the input.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace rubric {

/// Does what locate_json_value does and sets `steps` to the characters the locator examined on the way
/// (pointer tokens built and compared, separators skipped): the measure of its work, not a time.
std::size_t locate_json_value_counting(const std::string& text, std::string_view path, std::size_t& steps);

}  // namespace rubric
