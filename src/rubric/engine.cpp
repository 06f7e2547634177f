#include "rubric/engine.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "rubric/check.hpp"
#include "rubric/parse.hpp"

namespace rubric {

namespace {

// A rubric is a hand-written text; anything larger is a mistake (a data file
// passed as the rubric), and reading it whole would only waste memory.
constexpr std::uintmax_t kMaxRubricBytes = 64u * 1024u * 1024u;

bool read_whole_file(const std::string& path, std::string& text, std::string& error) {
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) {
    error = fmt::format("{}: error: no such file", path);
    return false;
  }
  if (std::filesystem::is_directory(status)) {
    error = fmt::format("{}: error: is a directory, expected a rubric file", path);
    return false;
  }
  auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > kMaxRubricBytes) {
    error = fmt::format("{}: error: rubric file is {} bytes; the limit is {} bytes", path, size, kMaxRubricBytes);
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = fmt::format("{}: error: cannot open the file", path);
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  text = std::move(buffer).str();
  return true;
}

}  // namespace

CompiledRubric::CompiledRubric(SourceFilePtr source, ast::Rubric rubric, CheckResult checked,
                               CompileResult compiled)
    : source_(std::move(source)),
      rubric_(std::move(rubric)),
      checked_(std::move(checked)),
      compiled_(std::move(compiled)) {}

std::string CompileOutput::format(bool color) const {
  std::string out;
  if (source) out += format_diagnostics(*source, diagnostics, color);
  for (const auto& error : errors) out += error + "\n";
  return out;
}

CompileOutput compile_rubric_file(const std::string& path, const CompileOptions& options) {
  std::string text;
  std::string error;
  if (!read_whole_file(path, text, error)) {
    CompileOutput out;
    out.errors.push_back(std::move(error));
    return out;
  }
  return compile_rubric_text(path, std::move(text), options);
}

CompileOutput compile_rubric_text(std::string name, std::string text, const CompileOptions& options) {
  CompileOutput out;
  out.source = std::make_shared<const SourceFile>(std::move(name), std::move(text));
  ParseResult parsed = parse(out.source);
  out.diagnostics = std::move(parsed.diagnostics);
  if (!parsed.rubric || has_errors(out.diagnostics)) return out;
  CheckResult checked = check(*parsed.rubric);
  out.diagnostics.insert(out.diagnostics.end(), checked.diagnostics.begin(), checked.diagnostics.end());
  if (!checked.ok()) return out;
  CompileResult compiled = compile(*parsed.rubric, checked, options);
  if (!compiled.plan || !compiled.errors.empty()) {
    for (auto& e : compiled.errors) out.errors.push_back(fmt::format("rubric: error: {}", e));
    if (out.errors.empty()) out.errors.push_back("rubric: error: the rubric could not be compiled");
    return out;
  }
  out.rubric = std::make_shared<const CompiledRubric>(out.source, std::move(*parsed.rubric), std::move(checked),
                                                      std::move(compiled));
  return out;
}

}  // namespace rubric
