#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include <rubric/engine.hpp>
#include <rubric/limits.hpp>
#include "rubric/base/source_text.hpp"
#include "rubric/check/check.hpp"
#include "rubric/compile/plan.hpp"
#include "rubric/run/compiled.hpp"
#include "rubric/syntax/parse.hpp"

namespace rubric {

namespace {

// Reads a rubric file whole; on failure fills `error` with what went wrong with it.
bool read_whole_file(const std::string& path, std::string& text, InputError& error) {
  error.path = path;
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) {
    error.message = "no such file";
    return false;
  }
  if (std::filesystem::is_directory(status)) {
    error.message = "is a directory, expected a rubric file";
    return false;
  }
  auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > kMaxRubricBytes) {
    error.message = fmt::format("rubric file is {} bytes; the limit is {} bytes", size, kMaxRubricBytes);
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error.message = "cannot open the file";
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  text = std::move(buffer).str();
  return true;
}

// Lists what a checked rubric declares.
RubricOutline make_outline(const ast::Rubric& rubric) {
  RubricOutline outline;
  if (!rubric.titles.empty()) outline.title = rubric.titles.front().value;
  for (const auto& c : rubric.criteria) outline.criteria.push_back(c.id.name);
  outline.flags = rubric.flags.size();
  outline.confirms = rubric.confirms.size();
  outline.asks = rubric.asks.size();
  if (!rubric.drafts.empty()) {
    outline.draft_template = rubric.drafts.front().path.value;
    outline.draft_template_range = rubric.drafts.front().path.range;
  }
  return outline;
}

}  // namespace

CompiledRubric::CompiledRubric(SourceFilePtr source, RubricOutline outline, std::unique_ptr<const Stages> stages)
    : source_(std::move(source)), outline_(std::move(outline)), stages_(std::move(stages)) {}

CompiledRubric::~CompiledRubric() = default;

const OfferSchema& CompiledRubric::schema() const { return plan_schema(*stages_->compiled.plan); }
const std::string& CompiledRubric::weight_note() const { return stages_->compiled.weight_note; }
const ast::Rubric& CompiledRubric::syntax() const { return stages_->rubric; }
const CheckResult& CompiledRubric::checked() const { return stages_->checked; }
const Plan& CompiledRubric::plan() const { return *stages_->compiled.plan; }

std::string CompileOutput::format(bool color) const {
  const char* red = color ? "\x1b[1;31m" : "";
  const char* reset = color ? "\x1b[0m" : "";
  std::string out;
  for (const auto& e : file_errors) {
    out += fmt::format("{}: {}error:{} {}\n", e.where(), red, reset, e.message);
  }
  if (source) out += format_diagnostics(*source, diagnostics, color);
  for (const auto& e : option_errors) out += fmt::format("rubric: {}error:{} {}\n", red, reset, e);
  return out;
}

CompileOutput compile_rubric_file(const std::string& path, const CompileOptions& options) {
  std::string text;
  InputError error;
  if (!read_whole_file(path, text, error)) {
    CompileOutput out;
    out.file_errors.push_back(std::move(error));
    return out;
  }
  return compile_rubric_text(path, std::move(text), options);
}

CompileOutput compile_rubric_text(std::string name, std::string text, const CompileOptions& options) {
  CompileOutput out;
  prepare_rubric_text(text);
  out.source = std::make_shared<const SourceFile>(std::move(name), std::move(text));
  ParseResult parsed = parse(out.source);
  out.diagnostics = std::move(parsed.diagnostics);
  if (!parsed.rubric || has_errors(out.diagnostics)) return out;
  CheckResult checked = check(*parsed.rubric);
  out.diagnostics.insert(out.diagnostics.end(), checked.diagnostics.begin(), checked.diagnostics.end());
  if (!checked.ok()) return out;
  CompileResult compiled = compile(*parsed.rubric, checked, options);
  if (!compiled.plan || !compiled.errors.empty()) {
    out.option_errors = std::move(compiled.errors);
    if (out.option_errors.empty()) out.option_errors.push_back("the rubric could not be compiled");
    return out;
  }
  RubricOutline outline = make_outline(*parsed.rubric);
  auto stages = std::make_unique<const CompiledRubric::Stages>(
      CompiledRubric::Stages{std::move(*parsed.rubric), std::move(checked), std::move(compiled)});
  out.rubric = std::make_shared<const CompiledRubric>(out.source, std::move(outline), std::move(stages));
  return out;
}

}  // namespace rubric
