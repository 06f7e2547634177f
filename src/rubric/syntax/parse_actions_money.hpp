// The PEGTL actions of the compensation declarations (grammar_money.hpp): `currency` and `rates`.
#pragma once

#include "rubric/syntax/parse_actions_decl.hpp"

// One line per grammar rule reads as a table; the formatter would split each in two.
// clang-format off

namespace rubric::parser {

template<>
struct action<g::currency_code> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.rubric.currencies.push_back(ast::CurrencyDecl{ast::Ident{std::string(in.string_view().substr(0, 3)), code_range(in)}, {}});
  }
  template<typename Input>
  static SourceRange code_range(const Input& in) {
    SourceRange range{begin_of(in), begin_of(in)};
    range.end.column += 3;
    range.end.offset += 3;
    return range;
  }
};

template<>
struct action<g::currency_decl> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) { st.rubric.currencies.back().range = decl_range(in, st); }
};

template<>
struct action<g::rates_date> {
  static void apply0(ParseState& st) { st.rates.as_of = st.pop_text(); }
};

template<>
struct action<g::rate_code> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.rate.code = ast::Ident{std::string(in.string_view().substr(0, 3)), action<g::currency_code>::code_range(in)};
  }
};

template<>
struct action<g::rate_value> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.rate.rate_range = SourceRange{begin_of(in), st.last_end};
    st.rate.rate = st.pop_expr()->number;
  }
};

template<>
struct action<g::rate_entry> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.rate.range = decl_range(in, st);
    st.rates.entries.push_back(take(st.rate));
  }
};

template<>
struct action<g::rates_decl> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.rates.range = decl_range(in, st);
    st.rubric.rates.push_back(take(st.rates));
  }
};

}  // namespace rubric::parser
// clang-format on
