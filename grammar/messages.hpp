// The hand-written message for every must<> point of the grammar. The parser's
// control is built with tao::pegtl::must_if<messages, ..., true>, so a must<>
// target without a message here is a compile error.
//
// Messages follow the diagnostic style: lower case, no final period, what was
// expected in the user's terms, keywords and punctuation in single quotes.
#pragma once

#include "grammar.hpp"

namespace rubric::grammar {

// clang-format off
template<typename> inline constexpr const char* error_message = nullptr;

// Lexical
template<> inline constexpr auto error_message<name_end> = "names are written in lower case: letters a-z, digits and '_'";
template<> inline constexpr auto error_message<number_end> = "unexpected letter after the number (the suffixes are k, M and %)";
template<> inline constexpr auto error_message<escape_code> = "unknown escape sequence in the string (use \\\" \\\\ \\n \\t \\{ or \\})";
template<> inline constexpr auto error_message<closing_quote> = "unterminated string: expected '\"' before the end of the line";

// Expressions
template<> inline constexpr auto error_message<expression> = "expected an expression";
template<> inline constexpr auto error_message<because_body> = "expected the reason after 'because', a string like \"owns the on-call rotation\" or 'if C then \"...\" else \"...\"'";
template<> inline constexpr auto error_message<because_then> = "expected 'then' after the condition of the reason";
template<> inline constexpr auto error_message<because_then_text> = "expected the reason used when the condition holds, a string";
template<> inline constexpr auto error_message<because_else> = "expected 'else' and the reason used otherwise: a conditional reason needs both";
template<> inline constexpr auto error_message<because_else_text> = "expected the reason used when the condition does not hold, a string";
template<> inline constexpr auto error_message<interpolation_end> = "expected '}' after the interpolated expression";
template<> inline constexpr auto error_message<if_then> = "expected 'then' after the condition of 'if'";
template<> inline constexpr auto error_message<if_else> = "expected 'else' and a value: 'if' needs both branches";
template<> inline constexpr auto error_message<when_arrow> = "expected '=>' after the arm's condition";
template<> inline constexpr auto error_message<when_else> = "expected another 'when' arm, or 'else' and the value used when no condition holds";
template<> inline constexpr auto error_message<when_else_value> = "expected the value after 'else' (the 'else' of 'when' takes no '=>')";
template<> inline constexpr auto error_message<match_subject> = "expected the value to match on after 'match'";
template<> inline constexpr auto error_message<match_open> = "expected '{' to open the arms of the match";
template<> inline constexpr auto error_message<match_arrow> = "expected '=>' after the arm's label";
template<> inline constexpr auto error_message<else_arrow> = "expected '=>' after 'else' in a match";
template<> inline constexpr auto error_message<match_close> = "expected an arm (\"label\" => value), 'else =>' or '}' to close the match";
template<> inline constexpr auto error_message<point_value> = "expected the point's value after '=>'";
template<> inline constexpr auto error_message<call_argument> = "expected an argument after ','";
template<> inline constexpr auto error_message<call_close> = "expected ',' and another argument, or ')' to close the function call";
template<> inline constexpr auto error_message<list_item> = "expected a string after ',' (lists hold strings only)";
template<> inline constexpr auto error_message<list_close> = "expected ']' to close the list (lists hold strings only)";
template<> inline constexpr auto error_message<in_list> = "expected a list of strings like [\"a\", \"b\"] after 'in'";
template<> inline constexpr auto error_message<paren_close> = "expected ')' to close the parenthesis";
template<> inline constexpr auto error_message<negate_operand> = "expected an expression after '-'";
template<> inline constexpr auto error_message<unary> = "expected an expression after '*' or '/'";
template<> inline constexpr auto error_message<term> = "expected an expression after '+' or '-'";
template<> inline constexpr auto error_message<additive> = "expected an expression after the comparison operator";
template<> inline constexpr auto error_message<unchained_comparison> = "comparisons do not chain: write 'a < b and b < c'";
template<> inline constexpr auto error_message<not_operand> = "expected an expression after 'not'";
template<> inline constexpr auto error_message<negation> = "expected an expression after 'and'";
template<> inline constexpr auto error_message<conjunction> = "expected an expression after 'or'";

// Types
template<> inline constexpr auto error_message<type_spec> = "expected a type: number, money, percent, bool, text, grant or an enumeration like \"a\" | \"b\"";
template<> inline constexpr auto error_message<enum_member> = "expected a string after '|' in the enumeration";

// Declarations
template<> inline constexpr auto error_message<first_declaration> = "expected 'rubric \"Title\"' as the first declaration";
template<> inline constexpr auto error_message<end_of_file> = "expected a declaration: rubric, scale, offer, let, criterion, flag, confirm, ask, draft, currency or rates";
template<> inline constexpr auto error_message<title_text> = "expected the rubric's title, a string like \"Platform offers\"";
template<> inline constexpr auto error_message<scale_low> = "expected the scale's low end, a number like 0";
template<> inline constexpr auto error_message<scale_dots> = "expected '..' between the scale's low and high ends";
template<> inline constexpr auto error_message<scale_high> = "expected the scale's high end, a number like 10";
template<> inline constexpr auto error_message<draft_path> = "expected the template's path, a string like \"draft.mustache\"";

template<> inline constexpr auto error_message<offer_open> = "expected '{' after 'offer'";
template<> inline constexpr auto error_message<offer_close> = "expected an offer field (path : type) or '}' to close the offer block";
template<> inline constexpr auto error_message<field_colon> = "expected ':' and a type after the field's path";
template<> inline constexpr auto error_message<default_value> = "expected the default value: a number, a string, true or false";

template<> inline constexpr auto error_message<let_name> = "expected the let's name, a lower-case name like total_comp";
template<> inline constexpr auto error_message<let_assign> = "expected '=' and the let's value";

template<> inline constexpr auto error_message<criterion_id> = "expected the criterion's id, a lower-case name like pay";
template<> inline constexpr auto error_message<criterion_label> = "expected the criterion's label, a string like \"Compensation\"";
template<> inline constexpr auto error_message<weight_clause> = "expected 'weight' and a number after the criterion label";
template<> inline constexpr auto error_message<weight_number> = "expected the weight, a plain number like 25";
template<> inline constexpr auto error_message<criterion_open> = "expected '{' to open the criterion block";
template<> inline constexpr auto error_message<score_clause> = "expected 'score' and an expression in the criterion block";
template<> inline constexpr auto error_message<criterion_close> = "expected '}' to close the criterion block (it holds 'score' and an optional 'because')";

template<> inline constexpr auto error_message<flag_id> = "expected the flag's id, a lower-case name like heavy_oncall";
template<> inline constexpr auto error_message<flag_label> = "expected the flag's label, a string like \"Heavy on-call\"";
template<> inline constexpr auto error_message<flag_severity> = "expected the flag's severity: info, warning or critical";
template<> inline constexpr auto error_message<flag_open> = "expected '{' to open the flag block";
template<> inline constexpr auto error_message<flag_when> = "expected 'when' and the condition that raises the flag";
template<> inline constexpr auto error_message<flag_close> = "expected '}' to close the flag block (clauses go in the order when, penalty, cap, veto, because)";

template<> inline constexpr auto error_message<confirm_id> = "expected the confirm's id, a lower-case name like written_scope";
template<> inline constexpr auto error_message<confirm_label> = "expected the confirm's label, a string like \"Responsibilities in writing\"";
template<> inline constexpr auto error_message<confirm_open> = "expected '{' to open the confirm block";
template<> inline constexpr auto error_message<confirm_when> = "expected 'when' and the condition that confirms it";
template<> inline constexpr auto error_message<confirm_close> = "expected '}' to close the confirm block (it holds only 'when')";

template<> inline constexpr auto error_message<ask_id> = "expected the ask's id, a lower-case name like pay_alignment";
template<> inline constexpr auto error_message<ask_label> = "expected the ask's label, a string like \"Compensation alignment\"";
template<> inline constexpr auto error_message<ask_open> = "expected '{' to open the ask block";
template<> inline constexpr auto error_message<ask_when> = "expected 'when' and the condition that raises the ask";
template<> inline constexpr auto error_message<range_low> = "expected the range's low end, an expression";
template<> inline constexpr auto error_message<range_dots> = "expected '..' between the range's low and high ends";
template<> inline constexpr auto error_message<range_high> = "expected the range's high end, an expression";
template<> inline constexpr auto error_message<cite_tag> = "expected a tag, a string like \"reliability\"";
template<> inline constexpr auto error_message<ask_close> = "expected '}' to close the ask block (clauses go in the order when, range, cite, because)";
template<> inline constexpr auto error_message<ignore_open> = "expected '{' after 'ignore'";
template<> inline constexpr auto error_message<ignore_close> = "expected an offer path or '}' to close the ignore block";

// Compensation (grammar_money.hpp)
template<> inline constexpr auto error_message<currency_code> = "expected the currency's code, three capital letters like USD";
template<> inline constexpr auto error_message<rates_of> = "expected 'of' and a date after 'as', like: rates as of \"2026-11-30\" { EUR = 1.08 }";
template<> inline constexpr auto error_message<rates_date> = "expected the date of the rates, a string like \"2026-11-30\"";
template<> inline constexpr auto error_message<rates_open> = "expected '{' to open the rates block";
template<> inline constexpr auto error_message<rate_assign> = "expected '=' and the rate after the currency code";
template<> inline constexpr auto error_message<rate_value> = "expected the rate, a number like 1.08 (units of the rubric's currency for one unit)";
template<> inline constexpr auto error_message<rates_close> = "expected a rate like EUR = 1.08 (a code of three capital letters) or '}' to close the rates block";
// clang-format on

/// Gives must_if the message of each rule; failures outside must<> stay plain failures.
struct messages {
  template<typename Rule>
  static constexpr const char* message = error_message<Rule>;

  template<typename Rule>
  static constexpr bool raise_on_failure = false;
};

}  // namespace rubric::grammar
