// The compensation declarations (docs/language.md, "Currencies"): `currency CODE` and
// `rates [as of "DATE"] { CODE = RATE ... }`. Included at the end of grammar.hpp, whose
// `declaration` names these rules; the grant type is a type keyword there.
#pragma once

#include "grammar.hpp"

namespace rubric::grammar {

// clang-format off

// `USD`: three capital letters, not the start of a longer word
struct currency_letters : seq<rep<3, range<'A', 'Z'>>, not_at<identifier_other>> {};

// `currency USD`
struct currency_code : token<currency_letters> {};
struct currency_decl : seq<token<kw_currency>, must<currency_code>> {};

// `rates as of "2026-11-30" { EUR = 1.08 ... }`; `as of "..."` is optional
struct rates_of : token<kw_of> {};
struct rates_date : token<string_literal> {};
struct rates_as_of : seq<token<kw_as>, must<rates_of>, must<rates_date>> {};
struct rates_open : token<open_brace> {};
struct rate_code : token<currency_letters> {};
struct rate_assign : token<assign_sign> {};
struct rate_value : token<signed_number> {};
struct rate_entry : seq<rate_code, must<rate_assign>, must<rate_value>> {};
struct rates_close : token<close_brace> {};
struct rates_decl : seq<token<kw_rates>, opt<rates_as_of>, must<rates_open>, star<rate_entry>, must<rates_close>> {};

// clang-format on

}  // namespace rubric::grammar
