// The PEGTL control of the rubric parser: must<> failures raise the messages of
// grammar/messages.hpp (a missing message is a compile error), and the rules
// that open an expression nesting level are counted against kMaxNestingDepth.
#pragma once

#include <fmt/format.h>
#include <tao/pegtl.hpp>

#include <type_traits>

#include "grammar.hpp"
#include "messages.hpp"
#include "rubric/syntax/parse_state.hpp"

namespace rubric::parser {

/// True for the rules through which the grammar recurses into a deeper expression.
template<typename Rule>
inline constexpr bool opens_nesting_level = std::is_same_v<Rule, grammar::expression> ||
                                            std::is_same_v<Rule, grammar::not_operand> ||
                                            std::is_same_v<Rule, grammar::negate_operand>;

/// Counts nesting levels on entry to the recursive rules and stops the parse past the limit.
template<typename Rule>
struct nesting_control : tao::pegtl::normal<Rule> {
  template<typename ParseInput>
  static void start(const ParseInput& in, ParseState& st) {
    if constexpr (opens_nesting_level<Rule>) {
      if (++st.nesting > kMaxNestingDepth) {
        throw tao::pegtl::parse_error(
            fmt::format("expression nested too deeply (more than {} levels)", kMaxNestingDepth), in);
      }
    }
  }

  template<typename ParseInput>
  static void success(const ParseInput& /*in*/, ParseState& st) noexcept {
    if constexpr (opens_nesting_level<Rule>) --st.nesting;
  }

  template<typename ParseInput>
  static void failure(const ParseInput& /*in*/, ParseState& st) noexcept {
    if constexpr (opens_nesting_level<Rule>) --st.nesting;
  }
};

/// Raises each must<> failure with its hand-written message, on top of the nesting count.
template<typename Rule>
using control = tao::pegtl::must_if<grammar::messages, nesting_control, true>::control<Rule>;

}  // namespace rubric::parser
