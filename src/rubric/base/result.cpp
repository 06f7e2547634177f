#include <fmt/format.h>

#include <rubric/result.hpp>

namespace rubric {

std::string to_string(const InputError& error) {
  if (error.line == 0) return fmt::format("{}: {}", error.path, error.message);
  return fmt::format("{}:{}: {}", error.path, error.line, error.message);
}

}  // namespace rubric
