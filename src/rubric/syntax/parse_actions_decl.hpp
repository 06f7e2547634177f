// The PEGTL actions that fill the declaration builders of the parse state and
// append finished declarations to the AST, in source order within each kind.
#pragma once

#include "rubric/syntax/parse_actions.hpp"

// One line per grammar rule reads as a table; the formatter would split each in two.
// clang-format off

namespace rubric::parser {

/// Returns the range from the action input's start to the end of its last token.
template<typename Input>
SourceRange decl_range(const Input& in, const ParseState& st) {
  return SourceRange{begin_of(in), st.last_end};
}

// ---- rubric, scale, draft ----

template<>
struct action<g::title_text> {
  static void apply0(ParseState& st) { st.rubric.titles.push_back(st.pop_text()); }
};

template<>
struct action<g::scale_low> {
  static void apply0(ParseState& st) { st.scale.low = st.pop_expr()->number; }
};

template<>
struct action<g::scale_high> {
  static void apply0(ParseState& st) { st.scale.high = st.pop_expr()->number; }
};

template<>
struct action<g::scale_decl> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.scale.range = decl_range(in, st);
    st.rubric.scales.push_back(take(st.scale));
  }
};

template<>
struct action<g::draft_path> {
  static void apply0(ParseState& st) { st.draft.path = st.pop_text(); }
};

template<>
struct action<g::draft_decl> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.draft.range = decl_range(in, st);
    st.rubric.drafts.push_back(take(st.draft));
  }
};

template<>
struct action<g::ignore_name> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) { st.rubric.ignored.push_back(ast::Ident{in.string(), token_range(in)}); }
};

// ---- types ----

template<>
struct action<g::type_keyword> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) {
    std::string_view word = in.string_view();
    st.type.kind = word == "money"     ? TypeKind::money
                   : word == "percent" ? TypeKind::percent
                   : word == "bool"    ? TypeKind::boolean
                   : word == "text"    ? TypeKind::text
                   : word == "grant"   ? TypeKind::grant
                                       : TypeKind::number;
  }
};

template<>
struct action<g::enum_member> {
  static void apply0(ParseState& st) { st.type.members.push_back(st.pop_text()); }
};

template<>
struct action<g::type_spec> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.type.range = decl_range(in, st);
    if (!st.type.members.empty()) st.type.kind = TypeKind::enumeration;
  }
};

// ---- offer fields and lets ----

template<>
struct action<g::field_name> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) { st.field.path = ast::Ident{in.string(), token_range(in)}; }
};

template<>
struct action<g::field_default> {
  static void apply0(ParseState& st) { st.field.default_value = st.pop_expr(); }
};

template<>
struct action<g::negotiable_mark> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) { st.field.negotiable = token_range(in); }
};

template<>
struct action<g::offer_field> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.field.type = take(st.type);
    st.field.range = decl_range(in, st);
    st.rubric.fields.push_back(take(st.field));
  }
};

template<>
struct action<g::declared_name> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) { st.name = ast::Ident{in.string(), token_range(in)}; }
};

template<>
struct action<g::let_name> {
  static void apply0(ParseState& st) { st.let.name = take(st.name); }
};

template<>
struct action<g::let_type> {
  static void apply0(ParseState& st) { st.let.declared = take(st.type); }
};

template<>
struct action<g::let_decl> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.let.value = st.pop_expr();
    st.let.range = decl_range(in, st);
    st.rubric.lets.push_back(take(st.let));
  }
};

// ---- ids and labels shared by criterion, flag, confirm and ask ----

/// Moves the declared id into the declaration builder `Builder` names.
template<auto Builder>
struct id_action {
  static void apply0(ParseState& st) { (st.*Builder).id = take(st.name); }
};

/// Moves the label string into the declaration builder `Builder` names.
template<auto Builder>
struct label_action {
  static void apply0(ParseState& st) { (st.*Builder).label = st.pop_text(); }
};

/// Moves the `when` condition into the declaration builder `Builder` names.
template<auto Builder>
struct condition_action {
  static void apply0(ParseState& st) { (st.*Builder).condition = st.pop_expr(); }
};

template<> struct action<g::criterion_id> : id_action<&ParseState::criterion> {};
template<> struct action<g::criterion_label> : label_action<&ParseState::criterion> {};
template<> struct action<g::flag_id> : id_action<&ParseState::flag> {};
template<> struct action<g::flag_label> : label_action<&ParseState::flag> {};
template<> struct action<g::flag_when> : condition_action<&ParseState::flag> {};
template<> struct action<g::confirm_id> : id_action<&ParseState::confirm> {};
template<> struct action<g::confirm_label> : label_action<&ParseState::confirm> {};
template<> struct action<g::confirm_when> : condition_action<&ParseState::confirm> {};
template<> struct action<g::ask_id> : id_action<&ParseState::ask> {};
template<> struct action<g::ask_label> : label_action<&ParseState::ask> {};
template<> struct action<g::ask_when> : condition_action<&ParseState::ask> {};

// ---- criterion ----

template<>
struct action<g::weight_value> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.criterion.weight_range = token_range(in);
    st.criterion.weight = literal_value(in.string_view(), begin_of(in));
  }
};

template<>
struct action<g::score_clause> {
  static void apply0(ParseState& st) { st.criterion.score = st.pop_expr(); }
};

template<>
struct action<g::criterion_decl> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.criterion.because = st.take_because();
    st.criterion.range = decl_range(in, st);
    st.rubric.criteria.push_back(take(st.criterion));
  }
};

// ---- flag ----

template<>
struct action<g::severity> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) {
    std::string_view word = in.string_view();
    st.flag.severity = word == "info"       ? ast::Severity::info
                       : word == "critical" ? ast::Severity::critical
                                            : ast::Severity::warning;
  }
};

template<>
struct action<g::penalty_clause> {
  static void apply0(ParseState& st) { st.flag.penalty = st.pop_expr(); }
};

template<>
struct action<g::cap_clause> {
  static void apply0(ParseState& st) { st.flag.cap = st.pop_expr(); }
};

template<>
struct action<g::veto_clause> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.flag.veto = true;
    st.flag.veto_range = decl_range(in, st);
  }
};

template<>
struct action<g::flag_decl> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.flag.because = st.take_because();
    st.flag.range = decl_range(in, st);
    st.rubric.flags.push_back(take(st.flag));
  }
};

// ---- confirm ----

template<>
struct action<g::confirm_decl> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.confirm.range = decl_range(in, st);
    st.rubric.confirms.push_back(take(st.confirm));
  }
};

// ---- ask ----

template<>
struct action<g::range_clause> {
  static void apply0(ParseState& st) {
    st.ask.range_high = st.pop_expr();
    st.ask.range_low = st.pop_expr();
  }
};

template<>
struct action<g::cite_tag> {
  static void apply0(ParseState& st) { st.ask.cite.push_back(st.pop_text()); }
};

template<>
struct action<g::ask_decl> {
  template<typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.ask.because = st.take_because();
    st.ask.range = decl_range(in, st);
    st.rubric.asks.push_back(take(st.ask));
  }
};

}  // namespace rubric::parser
// clang-format on
