// `--weight ID=W`: what-if weights for one run.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <rubric/compile_options.hpp>

namespace rubric::cli {

/// Parses one `ID=W` argument (W a number from 0 to 100); returns false with `error` naming the argument.
bool parse_weight_argument(std::string_view argument, WeightOverride& out, std::string& error);

/// Parses every --weight argument; an id given twice is an error. Returns false with `error` set.
bool parse_weight_arguments(const std::vector<std::string>& arguments, std::vector<WeightOverride>& out,
                            std::string& error);

}  // namespace rubric::cli
