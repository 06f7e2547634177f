// Helpers for the checker's tests: parse-and-check rubric text, find diagnostics,
// and build ASTs by hand for shapes too large to write out (10,000-let chains).
#pragma once

#include <catch2/catch.hpp>

#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>

#include "rubric/check/check.hpp"
#include "rubric/syntax/parse.hpp"

namespace check_test {

using namespace rubric;

/// A parsed and checked rubric; `rubric` stays alive so tests can inspect the annotations.
struct Checked {
  std::optional<ast::Rubric> rubric;
  CheckResult result;
  std::string text;  // every diagnostic, formatted, for failure messages
};

/// Parses and checks `text`; fails the test when it does not parse.
inline Checked check_text(const std::string& text) {
  auto source = std::make_shared<const SourceFile>("t.rubric", text);
  ParseResult parsed = parse(source);
  Checked out;
  if (!parsed.rubric) {
    FAIL("rubric does not parse:\n" << format_diagnostics(*source, parsed.diagnostics));
    return out;
  }
  out.rubric = std::move(parsed.rubric);
  out.result = check(*out.rubric);
  out.text = format_diagnostics(*source, out.result.diagnostics);
  return out;
}

/// Reads a file of the project (tests must not read /work/shared).
inline std::string project_file(const std::string& relative) {
  std::ifstream in(std::string(RUBRIC_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

/// Counts the diagnostics of one level.
inline std::size_t count(const CheckResult& r, DiagnosticLevel level) {
  std::size_t n = 0;
  for (const auto& d : r.diagnostics) n += d.level == level ? 1 : 0;
  return n;
}

/// Returns the only error, failing the test unless there is exactly one.
inline Diagnostic only_error(const Checked& c) {
  INFO(c.text);
  REQUIRE(count(c.result, DiagnosticLevel::error) == 1);
  for (const auto& d : c.result.diagnostics) {
    if (d.level == DiagnosticLevel::error) return d;
  }
  return {};
}

/// Returns the first error whose message is exactly `message`, failing the test when there is none.
inline Diagnostic error_with(const Checked& c, const std::string& message) {
  for (const auto& d : c.result.diagnostics) {
    if (d.level == DiagnosticLevel::error && d.message == message) return d;
  }
  FAIL("no error '" << message << "' in:\n" << c.text);
  return {};
}

/// Lines 1-8 of most test rubrics: a title and one field of each type; the body starts on line 9.
inline const std::string kPreamble = "rubric \"t\"\n"
                                     "offer {\n"
                                     "  a : number\n"
                                     "  m : money\n"
                                     "  lvl : \"x\" | \"y\" | \"z\"\n"
                                     "  name : text\n"
                                     "  ok : bool = false\n"
                                     "}\n";

/// A line and column, for comparing a diagnostic's position with where a token is in the text.
struct Pos {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  friend bool operator==(const Pos&, const Pos&) = default;
  friend std::ostream& operator<<(std::ostream& os, const Pos& p) { return os << p.line << ":" << p.column; }
};

/// Returns where the nth occurrence (from 1) of `needle` starts in `text`.
inline Pos pos_of(const std::string& text, const std::string& needle, int nth = 1) {
  std::size_t at = std::string::npos;
  for (int i = 0; i < nth; ++i) at = text.find(needle, at == std::string::npos ? 0 : at + 1);
  REQUIRE(at != std::string::npos);
  Pos p{1, 1};
  for (std::size_t i = 0; i < at; ++i) {
    if (text[i] == '\n') {
      ++p.line;
      p.column = 1;
    } else {
      ++p.column;
    }
  }
  return p;
}

/// Returns where a diagnostic points.
inline Pos at(const Diagnostic& d) { return {d.range.begin.line, d.range.begin.column}; }

// ---- hand-built ASTs ----

inline ast::ExprPtr number(double v) {
  auto e = std::make_unique<ast::Expr>();
  e->kind = ast::ExprKind::number;
  e->number = v;
  return e;
}

inline ast::ExprPtr ref_to(const std::string& name) {
  auto e = std::make_unique<ast::Expr>();
  e->kind = ast::ExprKind::ref;
  e->text = name;
  return e;
}

inline ast::ExprPtr binary(ast::BinaryOp op, ast::ExprPtr a, ast::ExprPtr b) {
  auto e = std::make_unique<ast::Expr>();
  e->kind = ast::ExprKind::binary;
  e->op = op;
  e->children.push_back(std::move(a));
  e->children.push_back(std::move(b));
  return e;
}

/// Gives a node a position so diagnostics can be located and sorted.
inline ast::Ident ident(const std::string& name, std::uint32_t line) {
  ast::Ident id;
  id.name = name;
  id.range.begin.line = id.range.end.line = line;
  id.range.begin.offset = id.range.end.offset = line * 100;
  return id;
}

inline ast::Rubric skeleton() {
  ast::Rubric r;
  r.source = std::make_shared<const SourceFile>("hand.rubric", "");
  ast::Text title;
  title.value = title.raw = "hand-built";
  r.titles.push_back(title);
  return r;
}

inline void add_let(ast::Rubric& r, const std::string& name, ast::ExprPtr value, std::uint32_t line) {
  ast::LetDecl let;
  let.name = ident(name, line);
  let.value = std::move(value);
  r.lets.push_back(std::move(let));
}

inline void add_criterion(ast::Rubric& r, const std::string& id, double weight, ast::ExprPtr score,
                          std::uint32_t line) {
  ast::CriterionDecl c;
  c.id = ident(id, line);
  c.label.value = c.label.raw = id;
  c.weight = weight;
  c.weight_range = c.id.range;
  c.score = std::move(score);
  r.criteria.push_back(std::move(c));
}

}  // namespace check_test
