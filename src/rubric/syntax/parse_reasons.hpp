// Reasons and labels that compute: `{EXPR}` interpolations and `because if C then "A" else "B"`.
// Both become hidden lets (LetDecl::hidden) named by their source text, so the checker types them, the
// dependency order places them and the evaluator computes them like any let; a text refers to them by name.
#pragma once

#include <cstddef>
#include <string_view>

#include "rubric/syntax/parse_state.hpp"

namespace rubric::parser {

/// Replaces the condition and the two reasons on top of the stacks by one conditional reason (a Text);
/// `input` is where the `if` starts in the rubric text, at byte `input_offset`.
void push_conditional_reason(ParseState& st, const char* input, std::size_t input_offset);

/// Parses every `{EXPR}` of every label and reason that is not a plain name into a hidden let;
/// throws tao::pegtl::parse_error at a malformed expression.
void parse_interpolations(ParseState& st, const std::string& source_name);

/// Returns true when `s` is a name or dotted path as `{...}` may hold it (then no hidden let is made).
bool is_interpolated_reference(std::string_view s);

}  // namespace rubric::parser
