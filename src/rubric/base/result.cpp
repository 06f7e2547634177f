#include <fmt/format.h>

#include <rubric/result.hpp>

namespace rubric {

std::string InputError::where() const { return line == 0 ? path : fmt::format("{}:{}", path, line); }

std::string to_string(const InputError& error) { return error.where() + ": " + error.message; }

std::string FactUse::shown() const { return origin.converted() ? value + " (" + render_origin(origin) + ")" : value; }

}  // namespace rubric
