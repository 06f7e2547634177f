// Hover: what a name is, in the words of its declaration.
#include <fmt/format.h>

#include "rubric/lsp/features.hpp"

namespace rubric::lsp {

namespace {

// Long defining expressions are cut here in a hover: it is a tooltip, not the source.
constexpr std::size_t kMaxHoverExpressionBytes = 400;

std::string code(std::string_view text) {
  if (text.size() > kMaxHoverExpressionBytes) return fmt::format("`{} ...`", text.substr(0, kMaxHoverExpressionBytes));
  return fmt::format("`{}`", text);
}

std::string expr_text(const Analysis& a, const ast::ExprPtr& e) {
  return e ? code(text_of(*a.source, e->range)) : std::string("none");
}

std::string spec_text(const ast::TypeSpec& spec) {
  if (spec.members.empty()) return std::string(to_string(spec.kind));
  std::string out;
  for (const auto& m : spec.members) out += (out.empty() ? "\"" : " | \"") + m.value + "\"";
  return out;
}

std::string describe_field(const Analysis& a, const ast::OfferField& f) {
  std::string status = f.default_value ? "optional, default " + expr_text(a, f.default_value) : "required";
  return fmt::format("**offer field** `{}`\n\ntype: `{}`\n\n{}", f.path.name, spec_text(f.type), status);
}

std::string describe_criterion(const Analysis& a, const ast::CriterionDecl& d) {
  return fmt::format("**criterion** `{}` \"{}\"\n\nweight: {} of 100 · scale: {}..{}\n\nscore: {}", d.id.name,
                     d.label.value, d.weight, a.checked.scale_low, a.checked.scale_high, expr_text(a, d.score));
}

std::string describe_flag(const Analysis& a, const ast::FlagDecl& d) {
  return fmt::format("**flag** `{}` \"{}\"\n\nseverity: {} · penalty: {} · cap: {}{}\n\nwhen: {}", d.id.name,
                     d.label.value, to_string(d.severity), expr_text(a, d.penalty), expr_text(a, d.cap),
                     d.veto ? " · veto" : "", expr_text(a, d.condition));
}

std::string describe(const Analysis& a, ast::Symbol s) {
  auto i = static_cast<std::size_t>(s.index);
  const ast::Rubric& r = a.rubric;
  switch (s.kind) {
    case SymbolKind::field: return describe_field(a, r.fields[i]);
    case SymbolKind::let: {
      const auto& d = r.lets[i];
      Type type = i < a.checked.let_types.size() ? a.checked.let_types[i] : Type{};
      return fmt::format("**let** `{}` : `{}`\n\n= {}", d.name.name, type_text(a, type), expr_text(a, d.value));
    }
    case SymbolKind::criterion: return describe_criterion(a, r.criteria[i]);
    case SymbolKind::flag: return describe_flag(a, r.flags[i]);
    case SymbolKind::confirm:
      return fmt::format("**confirm** `{}` \"{}\"\n\nwhen: {}", r.confirms[i].id.name, r.confirms[i].label.value,
                         expr_text(a, r.confirms[i].condition));
    case SymbolKind::ask: {
      const auto& d = r.asks[i];
      std::string range = d.range_low
                              ? fmt::format(" · range {} .. {}", expr_text(a, d.range_low), expr_text(a, d.range_high))
                              : "";
      return fmt::format("**ask** `{}` \"{}\"{}\n\nwhen: {}", d.id.name, d.label.value, range,
                         expr_text(a, d.condition));
    }
    case SymbolKind::total:
      return fmt::format("**total** : `number`\n\nthe offer's final total on the scale {}..{}", a.checked.scale_low,
                         a.checked.scale_high);
    case SymbolKind::none: break;
  }
  return {};
}

std::string describe_function(std::string_view name) {
  for (const auto& f : function_docs()) {
    if (f.name == name) return fmt::format("**function** `{}`\n\n{}", f.signature, f.doc);
  }
  return fmt::format("unknown function `{}`", name);
}

}  // namespace

json hover(const Document& doc, const PositionMap& map, const json& params) {
  if (!doc.current) return nullptr;
  const Analysis& a = *doc.current;
  const Occurrence* o = occurrence_at(a, map.offset(params.at("position")));
  if (!o) return nullptr;
  std::string text = o->symbol.kind == SymbolKind::none ? describe_function(o->function) : describe(a, o->symbol);
  if (text.empty()) return nullptr;
  return {{"contents", {{"kind", "markdown"}, {"value", text}}}, {"range", map.range(o->range)}};
}

}  // namespace rubric::lsp
