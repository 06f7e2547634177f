// What `rubric test` prints for a test file: its errors, or each failing test with its mismatches.
#include <fmt/format.h>

#include <rubric/testing.hpp>

namespace rubric {

namespace {

/// Indents every line of `text` by `indent`.
std::string indented(const std::string& text, const std::string& indent) {
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string_view line(text.data() + start, end - start);
    out += line.empty() ? std::string() : indent;
    out.append(line);
    out += '\n';
    start = end + 1;
  }
  return out;
}

}  // namespace

std::string format_test_failures(const TestFileResult& result) {
  std::string out;
  for (const auto& error : result.errors) out += fmt::format("{}: error: {}\n", result.path, error);
  for (const auto& test : result.tests) {
    if (test.passed()) continue;
    out += fmt::format("FAIL {} ({})\n", test.name, result.path);
    for (const auto& m : test.mismatches) {
      out += fmt::format("  {}: expected {}, got {}\n", m.item, m.expected, m.got);
      if (!m.trace.empty()) out += indented(m.trace, "      ");
    }
  }
  return out;
}

}  // namespace rubric
