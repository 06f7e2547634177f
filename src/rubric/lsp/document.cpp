// Analysing a document (parse then check) and LSP positions, which count UTF-16 units by default.
#include "rubric/lsp/document.hpp"

#include <fmt/format.h>

#include <algorithm>

#include <rubric/limits.hpp>
#include "rubric/syntax/parse.hpp"

namespace rubric::lsp {

namespace {

// Returns how many bytes the UTF-8 sequence starting with `lead` has (1 for a stray byte).
std::size_t sequence_length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

}  // namespace

std::size_t PositionMap::offset(const json& position) const {
  auto line = position.at("line").get<std::int64_t>();
  auto character = position.at("character").get<std::int64_t>();
  if (line < 0) return 0;
  const std::string& text = source_.text();
  std::string_view line_text = source_.line_text(static_cast<std::uint32_t>(line + 1));
  if (line_text.data() == nullptr) return text.size();  // past the last line
  std::size_t start = static_cast<std::size_t>(line_text.data() - text.data());
  std::size_t i = 0;
  std::int64_t units = 0;
  while (i < line_text.size() && units < character) {
    std::size_t n = std::min(sequence_length(static_cast<unsigned char>(line_text[i])), line_text.size() - i);
    units += utf8_ ? static_cast<std::int64_t>(n) : (n == 4 ? 2 : 1);
    i += n;
  }
  return start + i;
}

json PositionMap::position(std::size_t offset) const {
  SourcePos pos = source_.position_at(offset);
  std::string_view line_text = source_.line_text(pos.line);
  std::size_t bytes = std::min<std::size_t>(pos.column - 1, line_text.size());
  std::size_t units = 0;
  for (std::size_t i = 0; i < bytes;) {
    std::size_t n = sequence_length(static_cast<unsigned char>(line_text[i]));
    units += utf8_ ? n : (n == 4 ? 2 : 1);
    i += n;
  }
  if (utf8_) units = bytes;
  return {{"line", pos.line - 1}, {"character", units}};
}

json PositionMap::range(const SourceRange& range) const {
  return {{"start", position(range.begin.offset)}, {"end", position(std::max(range.end.offset, range.begin.offset))}};
}

std::string_view text_of(const SourceFile& source, const SourceRange& range) {
  const std::string& text = source.text();
  std::size_t begin = std::min(range.begin.offset, text.size());
  std::size_t end = std::clamp(range.end.offset, begin, text.size());
  return std::string_view(text).substr(begin, end - begin);
}

namespace {

std::shared_ptr<Analysis> analysis_of(SourceFilePtr source, ast::Rubric rubric) {
  auto analysis = std::make_shared<Analysis>();
  analysis->source = std::move(source);
  analysis->rubric = std::move(rubric);
  analysis->checked = check(analysis->rubric);
  return analysis;
}

// While a line is being typed the text rarely parses; the declarations above the syntax error usually
// do. Parses the text up to the start of the error's line, for completion's names and paths.
void recover(Document& doc, const Diagnostics& parse_errors) {
  if (parse_errors.empty()) return;
  std::size_t line = parse_errors.front().range.begin.line;
  std::string_view start = doc.source->line_text(static_cast<std::uint32_t>(line));
  if (start.data() == nullptr) return;
  std::size_t cut = static_cast<std::size_t>(start.data() - doc.source->text().data());
  auto partial = std::make_shared<SourceFile>(doc.uri, doc.source->text().substr(0, cut));
  ParseResult parsed = parse(partial);
  if (parsed.rubric) doc.last_good = analysis_of(std::move(partial), std::move(*parsed.rubric));
}

}  // namespace

void analyze(Document& doc, std::string text) {
  doc.source = std::make_shared<SourceFile>(doc.uri, std::move(text));
  doc.retired.push_back(std::move(doc.current));
  doc.retired.push_back(doc.last_good);
  doc.diagnostics.clear();
  if (doc.source->text().size() > kMaxRubricBytes) {
    Diagnostic too_big;
    too_big.message = fmt::format("the rubric is larger than {} bytes; it is not checked", kMaxRubricBytes);
    doc.diagnostics.push_back(std::move(too_big));
    return;
  }
  ParseResult parsed = parse(doc.source);
  if (!parsed.rubric) {
    doc.diagnostics = std::move(parsed.diagnostics);
    recover(doc, doc.diagnostics);
    return;
  }
  doc.current = analysis_of(doc.source, std::move(*parsed.rubric));
  doc.diagnostics = std::move(parsed.diagnostics);
  doc.diagnostics.insert(doc.diagnostics.end(), doc.current->checked.diagnostics.begin(),
                         doc.current->checked.diagnostics.end());
  doc.last_good = doc.current;
}

}  // namespace rubric::lsp
