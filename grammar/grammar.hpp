// The rubric language as PEGTL rules. Only the grammar lives here: the error
// messages are in messages.hpp, the AST-building actions in src/rubric/parse_*.
// docs/grammar.md renders the same rules as readable PEG, one rule per line.
//
// Conventions:
// - Every token consumes the blanks and comments after it (token<R>), so a rule
//   always starts on a real character and a must<> failure points at one.
// - Once a declaration's keyword (or an operator, or an opening bracket) has
//   matched, the rest of the construct is must<>: every must<> target has a
//   hand-written message, enforced at compile time by the control.
// - Rules that need their own message in one place are their own structs
//   (criterion_label, flag_close, ...), even when they match the same text.
#pragma once

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

#include <cstddef>

namespace rubric::grammar {

using namespace tao::pegtl;

// clang-format off

// ---- Blanks and comments -------------------------------------------------

/// Matches a run of one or more bytes other than `Stops` in one step. Comments and
/// string bodies are the only long runs in a rubric; one rule call per byte made
/// a 10 MB comment cost seconds in unoptimised builds.
template<char... Stops>
struct run_without {
  using rule_t = run_without;
  using subs_t = empty_list;

  template<typename ParseInput>
  [[nodiscard]] static bool match(ParseInput& in) {
    const char* begin = in.current();
    const char* end = in.end();
    const char* stop = begin;
    while (stop != end && ((*stop != Stops) && ...)) ++stop;
    if (stop == begin) return false;
    in.bump(static_cast<std::size_t>(stop - begin));
    return true;
  }
};

struct comment_text : run_without<'\n'> {};
struct line_comment : seq<one<'#'>, opt<comment_text>> {};
struct blank : one<' ', '\t', '\r', '\n'> {};
struct skip : star<sor<blank, line_comment>> {};

/// Matches R and then any blanks and comments after it.
template<typename R> struct token : seq<R, skip> {};

// ---- Keywords (docs/design.md lists them; none can be a name) ------------

struct kw_rubric : TAO_PEGTL_KEYWORD("rubric") {};
struct kw_scale : TAO_PEGTL_KEYWORD("scale") {};
struct kw_offer : TAO_PEGTL_KEYWORD("offer") {};
struct kw_let : TAO_PEGTL_KEYWORD("let") {};
struct kw_criterion : TAO_PEGTL_KEYWORD("criterion") {};
struct kw_weight : TAO_PEGTL_KEYWORD("weight") {};
struct kw_score : TAO_PEGTL_KEYWORD("score") {};
struct kw_because : TAO_PEGTL_KEYWORD("because") {};
struct kw_flag : TAO_PEGTL_KEYWORD("flag") {};
struct kw_when : TAO_PEGTL_KEYWORD("when") {};
struct kw_penalty : TAO_PEGTL_KEYWORD("penalty") {};
struct kw_cap : TAO_PEGTL_KEYWORD("cap") {};
struct kw_veto : TAO_PEGTL_KEYWORD("veto") {};
struct kw_confirm : TAO_PEGTL_KEYWORD("confirm") {};
struct kw_ask : TAO_PEGTL_KEYWORD("ask") {};
struct kw_range : TAO_PEGTL_KEYWORD("range") {};
struct kw_cite : TAO_PEGTL_KEYWORD("cite") {};
struct kw_if : TAO_PEGTL_KEYWORD("if") {};
struct kw_then : TAO_PEGTL_KEYWORD("then") {};
struct kw_else : TAO_PEGTL_KEYWORD("else") {};
struct kw_match : TAO_PEGTL_KEYWORD("match") {};
struct kw_and : TAO_PEGTL_KEYWORD("and") {};
struct kw_or : TAO_PEGTL_KEYWORD("or") {};
struct kw_not : TAO_PEGTL_KEYWORD("not") {};
struct kw_in : TAO_PEGTL_KEYWORD("in") {};
struct kw_true : TAO_PEGTL_KEYWORD("true") {};
struct kw_false : TAO_PEGTL_KEYWORD("false") {};
struct kw_info : TAO_PEGTL_KEYWORD("info") {};
struct kw_warning : TAO_PEGTL_KEYWORD("warning") {};
struct kw_critical : TAO_PEGTL_KEYWORD("critical") {};
struct kw_draft : TAO_PEGTL_KEYWORD("draft") {};
struct kw_number : TAO_PEGTL_KEYWORD("number") {};
struct kw_money : TAO_PEGTL_KEYWORD("money") {};
struct kw_percent : TAO_PEGTL_KEYWORD("percent") {};
struct kw_bool : TAO_PEGTL_KEYWORD("bool") {};
struct kw_text : TAO_PEGTL_KEYWORD("text") {};
struct kw_negotiable : TAO_PEGTL_KEYWORD("negotiable") {};  // ROBUSTNESS.md section 2
struct kw_ignore : TAO_PEGTL_KEYWORD("ignore") {};
// A type only where a type is expected: not reserved, so offers may keep paths like `grant.options`.
struct kw_grant : TAO_PEGTL_KEYWORD("grant") {};
struct kw_currency : TAO_PEGTL_KEYWORD("currency") {};
struct kw_rates : TAO_PEGTL_KEYWORD("rates") {};
struct kw_as : TAO_PEGTL_KEYWORD("as") {};  // only after `rates`: not reserved
struct kw_of : TAO_PEGTL_KEYWORD("of") {};  // only after `rates as`: not reserved

struct reserved_word : sor<kw_rubric, kw_scale, kw_offer, kw_let, kw_criterion, kw_weight, kw_score,
                           kw_because, kw_flag, kw_when, kw_penalty, kw_cap, kw_veto, kw_confirm, kw_ask,
                           kw_range, kw_cite, kw_if, kw_then, kw_else, kw_match, kw_and, kw_or, kw_not,
                           kw_in, kw_true, kw_false, kw_info, kw_warning, kw_critical, kw_draft,
                           kw_number, kw_money, kw_percent, kw_bool, kw_text, kw_currency, kw_rates,
                           kw_negotiable, kw_ignore> {};

// ---- Names and offer paths -----------------------------------------------

struct name_start : ranges<'a', 'z', '_'> {};
struct name_char : ranges<'a', 'z', '0', '9', '_'> {};
struct name_end : not_at<identifier_other> {};
struct identifier : seq<not_at<reserved_word>, name_start, star<name_char>, must<name_end>> {};

struct path_segment : seq<ranges<'A', 'Z', 'a', 'z', '_'>, star<identifier_other>> {};
struct path_tail : seq<one<'.'>, path_segment> {};
struct path : seq<identifier, star<path_tail>> {};

struct declared_name : identifier {};  // a let name or a criterion/flag/confirm/ask id
struct field_name : path {};           // an offer field's path where it is declared
struct name_ref : sor<kw_scale, path> {};  // a name, a path or a function name (scale is a keyword)

// ---- Literals -------------------------------------------------------------

struct digits : plus<digit> {};
struct fraction : seq<one<'.'>, digits> {};
struct number_suffix : one<'k', 'M', '%'> {};
struct number_end : not_at<identifier_other> {};
struct number_literal : seq<digits, opt<fraction>, opt<number_suffix>, must<number_end>> {};
struct signed_number : seq<opt<one<'-'>>, number_literal> {};

struct escape_code : one<'"', '\\', 'n', 't', '{', '}'> {};
struct escape_sequence : seq<one<'\\'>, must<escape_code>> {};
struct string_text : run_without<'"', '\\', '\n', '\r'> {};
struct string_char : sor<string_text, escape_sequence> {};
struct closing_quote : one<'"'> {};
struct string_literal : seq<one<'"'>, star<string_char>, must<closing_quote>> {};

// ---- Punctuation and operators --------------------------------------------

struct fat_arrow : string<'=', '>'> {};
struct dots : string<'.', '.'> {};
struct assign_sign : seq<one<'='>, not_at<one<'=', '>'>>> {};
struct eq_sign : string<'=', '='> {};
struct ne_sign : string<'!', '='> {};
struct le_sign : string<'<', '='> {};
struct lt_sign : one<'<'> {};
struct ge_sign : string<'>', '='> {};
struct gt_sign : one<'>'> {};
struct plus_sign : one<'+'> {};
struct minus_sign : one<'-'> {};
struct times_sign : one<'*'> {};
struct divide_sign : one<'/'> {};
struct comma : one<','> {};
struct colon : one<':'> {};
struct pipe : one<'|'> {};
struct open_brace : one<'{'> {};
struct close_brace : one<'}'> {};
struct open_paren : one<'('> {};
struct close_paren : one<')'> {};
struct open_bracket : one<'['> {};
struct close_bracket : one<']'> {};

// ---- Expressions (loosest first: if/when, or, and, not, comparison, + -, * /, unary -) ----

struct expression;
struct negation;
struct unary;

struct because_text : token<string_literal> {};
// `because if C then "..." else "..."`: a reason chosen per offer (docs/language.md, "Conditional reasons")
struct because_then : token<kw_then> {};
struct because_then_text : token<string_literal> {};
struct because_else : token<kw_else> {};
struct because_else_text : token<string_literal> {};
struct because_if : seq<token<kw_if>, must<expression>, must<because_then>, must<because_then_text>,
                        must<because_else>, must<because_else_text>> {};
struct because_body : sor<because_if, because_text> {};
struct because_clause : seq<token<kw_because>, must<because_body>> {};

// `if C then A else B`
struct if_then : token<kw_then> {};
struct if_else : token<kw_else> {};
struct if_expr : seq<token<kw_if>, must<expression>, must<if_then>, must<expression>, must<if_else>,
                     must<expression>> {};

// `when C => V [because "..."] ... else V`
struct when_start : success {};
struct when_arrow : token<fat_arrow> {};
struct when_arm : seq<token<kw_when>, must<expression>, must<when_arrow>, must<expression>,
                      opt<because_clause>> {};
struct when_else_value : seq<expression> {};
struct when_else : seq<token<kw_else>, must<when_else_value>> {};
struct when_expr : seq<at<kw_when>, when_start, plus<when_arm>, must<when_else>> {};

// `match X { "label" => V [because "..."] ... [else => V [because "..."]] }`
struct match_subject : seq<expression> {};
struct match_open : token<open_brace> {};
struct arm_label : token<string_literal> {};
struct match_arrow : token<fat_arrow> {};
struct match_arm : seq<arm_label, must<match_arrow>, must<expression>, opt<because_clause>> {};
struct else_arrow : token<fat_arrow> {};
struct match_else : seq<token<kw_else>, must<else_arrow>, must<expression>, opt<because_clause>> {};
struct match_close : token<close_brace> {};
struct match_expr : seq<token<kw_match>, must<match_subject>, must<match_open>, star<match_arm>,
                        opt<match_else>, must<match_close>> {};

// `name(arg, ...)`; an argument `x => y` is a point of scale()
struct point_value : seq<expression> {};
struct point_tail : seq<token<fat_arrow>, must<point_value>> {};
struct call_argument : seq<expression, opt<point_tail>> {};
struct next_argument : seq<token<comma>, must<call_argument>> {};
struct call_arguments : seq<call_argument, star<next_argument>> {};
struct call_open : token<open_paren> {};
struct call_close : token<close_paren> {};
struct call_tail : seq<call_open, opt<call_arguments>, must<call_close>> {};

// `["a", "b"]`, only on the right of `in`
struct list_open : token<open_bracket> {};
struct list_item : token<string_literal> {};
struct next_list_item : seq<token<comma>, must<list_item>> {};
struct list_items : seq<list_item, star<next_list_item>> {};
struct list_close : token<close_bracket> {};
struct in_list : seq<list_open, opt<list_items>, must<list_close>> {};

struct paren_close : token<close_paren> {};
struct paren_expr : seq<token<open_paren>, must<expression>, must<paren_close>> {};
struct number_expr : token<number_literal> {};
struct string_expr : token<string_literal> {};
struct true_expr : token<kw_true> {};
struct false_expr : token<kw_false> {};
struct name_expr : seq<token<name_ref>, opt<call_tail>> {};  // a name, a path or a call
struct primary : sor<paren_expr, match_expr, number_expr, string_expr, true_expr, false_expr, name_expr> {};

struct negate_operand : seq<unary> {};
struct negate_expr : seq<token<minus_sign>, must<negate_operand>> {};
struct unary : sor<negate_expr, primary> {};

struct multiply_tail : seq<token<times_sign>, must<unary>> {};
struct divide_tail : seq<token<divide_sign>, must<unary>> {};
struct term : seq<unary, star<sor<multiply_tail, divide_tail>>> {};

struct add_tail : seq<token<plus_sign>, must<term>> {};
struct subtract_tail : seq<token<minus_sign>, must<term>> {};
struct additive : seq<term, star<sor<add_tail, subtract_tail>>> {};

struct eq_tail : seq<token<eq_sign>, must<additive>> {};
struct ne_tail : seq<token<ne_sign>, must<additive>> {};
struct le_tail : seq<token<le_sign>, must<additive>> {};
struct lt_tail : seq<token<lt_sign>, must<additive>> {};
struct ge_tail : seq<token<ge_sign>, must<additive>> {};
struct gt_tail : seq<token<gt_sign>, must<additive>> {};
struct in_tail : seq<token<kw_in>, must<in_list>> {};
struct comparison_tail : sor<eq_tail, ne_tail, le_tail, lt_tail, ge_tail, gt_tail, in_tail> {};
struct comparison_operator : sor<eq_sign, ne_sign, le_sign, lt_sign, ge_sign, gt_sign, kw_in> {};
struct unchained_comparison : not_at<comparison_operator> {};
struct comparison : seq<additive, opt<comparison_tail, must<unchained_comparison>>> {};

struct not_operand : seq<negation> {};
struct not_expr : seq<token<kw_not>, must<not_operand>> {};
struct negation : sor<not_expr, comparison> {};

struct and_tail : seq<token<kw_and>, must<negation>> {};
struct conjunction : seq<negation, star<and_tail>> {};

struct or_tail : seq<token<kw_or>, must<conjunction>> {};
struct disjunction : seq<conjunction, star<or_tail>> {};

struct expression : sor<if_expr, when_expr, disjunction> {};

// ---- Types ------------------------------------------------------------------

struct type_keyword : sor<kw_number, kw_money, kw_percent, kw_bool, kw_text, kw_grant> {};
struct enum_member : token<string_literal> {};
struct next_enum_member : seq<token<pipe>, must<enum_member>> {};
struct enum_type : seq<enum_member, star<next_enum_member>> {};
struct type_spec : sor<token<type_keyword>, enum_type> {};

// ---- Declarations -----------------------------------------------------------

// `rubric "Title"`
struct title_text : token<string_literal> {};
struct rubric_decl : seq<token<kw_rubric>, must<title_text>> {};

// `scale LO..HI`
struct scale_low : token<signed_number> {};
struct scale_dots : token<dots> {};
struct scale_high : token<signed_number> {};
struct scale_decl : seq<token<kw_scale>, must<scale_low>, must<scale_dots>, must<scale_high>> {};

// `draft "template.mustache"`
struct draft_path : token<string_literal> {};
struct draft_decl : seq<token<kw_draft>, must<draft_path>> {};

// `offer { path : type [= default] [negotiable] ... }`
struct field_colon : token<colon> {};
struct default_value : sor<token<signed_number>, string_expr, true_expr, false_expr> {};
struct field_default : seq<token<assign_sign>, must<default_value>> {};
struct negotiable_mark : token<kw_negotiable> {};
struct offer_field
    : seq<token<field_name>, must<field_colon>, must<type_spec>, opt<field_default>, opt<negotiable_mark>> {};
struct offer_open : token<open_brace> {};
struct offer_close : token<close_brace> {};
struct offer_decl : seq<token<kw_offer>, must<offer_open>, star<offer_field>, must<offer_close>> {};

// `let name [: type] = expr`
struct let_name : token<declared_name> {};
struct let_type : seq<token<colon>, must<type_spec>> {};
struct let_assign : token<assign_sign> {};
struct let_decl : seq<token<kw_let>, must<let_name>, opt<let_type>, must<let_assign>, must<expression>> {};

// `criterion id "Label" weight W { score EXPR [because "..."] }`
struct criterion_id : token<declared_name> {};
struct criterion_label : token<string_literal> {};
struct weight_value : seq<digits, opt<fraction>, not_at<sor<identifier_other, one<'%', '.'>>>> {};
struct weight_number : token<weight_value> {};
struct weight_clause : seq<token<kw_weight>, must<weight_number>> {};
struct criterion_open : token<open_brace> {};
struct score_clause : seq<token<kw_score>, must<expression>> {};
struct criterion_close : token<close_brace> {};
struct criterion_decl : seq<token<kw_criterion>, must<criterion_id>, must<criterion_label>,
                            must<weight_clause>, must<criterion_open>, must<score_clause>,
                            opt<because_clause>, must<criterion_close>> {};

// `flag id "Label" SEVERITY { when COND [penalty N] [cap N] [veto] [because "..."] }`
struct flag_id : token<declared_name> {};
struct flag_label : token<string_literal> {};
struct severity : sor<kw_info, kw_warning, kw_critical> {};
struct flag_severity : token<severity> {};
struct flag_open : token<open_brace> {};
struct flag_when : seq<token<kw_when>, must<expression>> {};
struct penalty_clause : seq<token<kw_penalty>, must<expression>> {};
struct cap_clause : seq<token<kw_cap>, must<expression>> {};
struct veto_clause : token<kw_veto> {};
struct flag_close : token<close_brace> {};
struct flag_decl : seq<token<kw_flag>, must<flag_id>, must<flag_label>, must<flag_severity>,
                       must<flag_open>, must<flag_when>, opt<penalty_clause>, opt<cap_clause>,
                       opt<veto_clause>, opt<because_clause>, must<flag_close>> {};

// `confirm id "Label" { when COND }`
struct confirm_id : token<declared_name> {};
struct confirm_label : token<string_literal> {};
struct confirm_open : token<open_brace> {};
struct confirm_when : seq<token<kw_when>, must<expression>> {};
struct confirm_close : token<close_brace> {};
struct confirm_decl : seq<token<kw_confirm>, must<confirm_id>, must<confirm_label>, must<confirm_open>,
                          must<confirm_when>, must<confirm_close>> {};

// `ask id "Label" { when COND [range LO .. HI] [cite "tag", ...] [because "..."] }`
struct ask_id : token<declared_name> {};
struct ask_label : token<string_literal> {};
struct ask_open : token<open_brace> {};
struct ask_when : seq<token<kw_when>, must<expression>> {};
struct range_low : seq<expression> {};
struct range_dots : token<dots> {};
struct range_high : seq<expression> {};
struct range_clause : seq<token<kw_range>, must<range_low>, must<range_dots>, must<range_high>> {};
struct cite_tag : token<string_literal> {};
struct next_cite_tag : seq<token<comma>, must<cite_tag>> {};
struct cite_clause : seq<token<kw_cite>, must<cite_tag>, star<next_cite_tag>> {};
struct ask_close : token<close_brace> {};
struct ask_decl : seq<token<kw_ask>, must<ask_id>, must<ask_label>, must<ask_open>, must<ask_when>,
                      opt<range_clause>, opt<cite_clause>, opt<because_clause>, must<ask_close>> {};

// `currency CODE` and `rates ... { }`: grammar_money.hpp
struct currency_decl;
struct rates_decl;

// `ignore { notes, perks.gym }`: offer keys the rubric knows about and does not read
struct ignore_name : path {};
struct ignored_path : token<ignore_name> {};
struct ignore_open : token<open_brace> {};
struct ignore_close : token<close_brace> {};
struct ignore_decl : seq<token<kw_ignore>, must<ignore_open>, opt<ignored_path, star<opt<token<comma>>, ignored_path>>,
                         must<ignore_close>> {};

// `{EXPR}` inside a label or reason (docs/language.md, "Interpolation"); parsed apart, after the file
struct interpolation_end : eof {};
struct interpolation : seq<skip, must<expression>, must<interpolation_end>> {};

// ---- The file -----------------------------------------------------------------

struct declaration : sor<rubric_decl, scale_decl, offer_decl, let_decl, criterion_decl, flag_decl,
                         confirm_decl, ask_decl, draft_decl, ignore_decl, currency_decl, rates_decl> {};
struct first_declaration : seq<rubric_decl> {};
struct end_of_file : eof {};
struct rubric_file : seq<skip, must<first_declaration>, star<declaration>, must<end_of_file>> {};

// clang-format on

}  // namespace rubric::grammar

#include "grammar_money.hpp"

namespace tao::pegtl {

/// Tells analyze() that a run_without consumes input when it succeeds.
template<typename Name, char... Stops>
struct analyze_traits<Name, rubric::grammar::run_without<Stops...>> : analyze_any_traits<> {};

}  // namespace tao::pegtl
