// Stage 1 driver: runs the PEGTL grammar over a source file and turns the
// first syntax error into the one diagnostic of the result.
#include "rubric/syntax/parse.hpp"

#include <fmt/format.h>
#include <tao/pegtl.hpp>

#include <algorithm>
#include <exception>
#include <string_view>

#include <rubric/limits.hpp>
#include "grammar.hpp"
#include "rubric/syntax/parse_actions.hpp"
#include "rubric/syntax/parse_actions_decl.hpp"
#include "rubric/syntax/parse_actions_money.hpp"
#include "rubric/syntax/parse_control.hpp"
#include "rubric/syntax/parse_reasons.hpp"
#include "rubric/syntax/parse_state.hpp"

namespace rubric {

namespace {

ParseResult failure(const SourcePos& pos, std::string message) {
  ParseResult result;
  Diagnostic diagnostic;
  diagnostic.range = SourceRange{pos, pos};
  diagnostic.message = std::move(message);
  result.diagnostics.push_back(std::move(diagnostic));
  return result;
}

SourcePos position_of(const tao::pegtl::parse_error& error) {
  SourcePos pos;
  if (!error.positions().empty()) {
    const auto& p = error.positions().front();
    pos = SourcePos{static_cast<std::uint32_t>(p.line), static_cast<std::uint32_t>(p.column), p.byte};
  }
  return pos;
}

/// Moves an error found at the very end of the text back to just after its last visible character,
/// past blank and comment-only lines: "expected the scale's high end" belongs after `scale 0..`, not on
/// the empty line below it. A text of nothing but comments keeps the end position.
SourcePos before_trailing_space(SourcePos pos, const std::string& text) {
  if (pos.offset < text.size()) return pos;
  constexpr std::string_view kSpace = " \t\r\n";
  std::size_t end = text.size(), line_start = 0;
  for (;;) {
    while (end > 0 && kSpace.find(text[end - 1]) != std::string_view::npos) --end;
    if (end == 0) return pos;
    const std::size_t newline = text.rfind('\n', end - 1);
    line_start = newline == std::string::npos ? 0 : newline + 1;
    const std::size_t first = text.find_first_not_of(" \t", line_start);
    if (text[first] != '#') break;
    end = line_start;
  }
  pos.offset = end;
  const auto lines_before = std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(end), '\n');
  pos.line = static_cast<std::uint32_t>(1 + lines_before);
  pos.column = static_cast<std::uint32_t>(end - line_start + 1);
  return pos;
}

}  // namespace

ParseResult parse(SourceFilePtr source) {
  if (!source) return failure(SourcePos{}, "no rubric source to parse");
  const std::string& text = source->text();
  if (text.size() > kMaxRubricBytes) {
    return failure(SourcePos{}, fmt::format("rubric file too large ({} bytes; the limit is {} MiB)", text.size(),
                                            kMaxRubricBytes / (1024 * 1024)));
  }
  parser::ParseState state;
  try {
    tao::pegtl::memory_input<tao::pegtl::tracking_mode::eager, tao::pegtl::eol::lf_crlf> in(text.data(), text.size(),
                                                                                            source->name());
    tao::pegtl::parse<grammar::rubric_file, parser::action, parser::control>(in, state);
    parser::parse_interpolations(state, source->name());
  } catch (const tao::pegtl::parse_error& error) {
    return failure(before_trailing_space(position_of(error), text), std::string(error.message()));
  } catch (const std::exception& error) {
    return failure(state.last_end, fmt::format("could not parse the rubric: {}", error.what()));
  } catch (...) {
    return failure(state.last_end, "could not parse the rubric");
  }
  if (!state.exprs.empty() || !state.texts.empty() || state.because) {
    return failure(state.last_end, "internal parser error: a construct was left unfinished");
  }
  ParseResult result;
  state.rubric.source = std::move(source);
  result.rubric = std::move(state.rubric);
  return result;
}

}  // namespace rubric
