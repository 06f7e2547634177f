// The formatter's driver: parse first (a file that does not parse is left alone), lay out the tokens,
// then prove the layout kept every token and comment and still parses before handing it back.
#include <memory>

#include <rubric/format.hpp>
#include "rubric/format/format_plan.hpp"
#include "rubric/syntax/parse.hpp"

namespace rubric {
namespace {

/// Returns the tokens and comments of `lines` in order, one string each.
std::vector<std::string_view> token_texts(const std::vector<format::Line>& lines) {
  std::vector<std::string_view> texts;
  for (const format::Line& line : lines) {
    for (const format::Token& token : line.tokens) texts.push_back(token.text);
    if (!line.comment.empty()) texts.push_back(line.comment);
  }
  return texts;
}

FormatResult fault(std::string message) {
  FormatResult result;
  Diagnostic diagnostic;
  diagnostic.message = std::move(message);
  diagnostic.notes.push_back("the file is left as it was; please report this with the file");
  result.diagnostics.push_back(std::move(diagnostic));
  return result;
}

}  // namespace

FormatResult format_rubric(const SourceFilePtr& source) {
  ParseResult parsed = parse(source);
  if (!parsed.rubric) return FormatResult{std::nullopt, std::move(parsed.diagnostics)};
  std::string text = format::layout(source->text());

  // The layout may only move blanks: the same tokens and comments, in the same order, and it still parses.
  if (token_texts(format::split_lines(text)) != token_texts(format::split_lines(source->text()))) {
    return fault("internal formatter error: the layout changed a token");
  }
  if (!parse(std::make_shared<const SourceFile>(source->name(), text)).rubric) {
    return fault("internal formatter error: the formatted text does not parse");
  }
  return FormatResult{std::move(text), {}};
}

FormatResult format_rubric_text(std::string name, std::string text) {
  return format_rubric(std::make_shared<const SourceFile>(std::move(name), std::move(text)));
}

}  // namespace rubric
