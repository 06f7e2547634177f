// The reader's schema: one FieldSpec per declared offer field, with its default.
#include "rubric/compile/schema.hpp"

#include "rubric/base/path.hpp"

namespace rubric {

namespace {

// Fills the default from a literal; `-` before a number literal is allowed (the parser may keep it as negate).
void apply_default(const ast::Expr& literal, FieldSpec& spec) {
  const ast::Expr* expr = &literal;
  double sign = 1;
  // A default is one literal, possibly negated; the bound only guards against odd trees.
  for (int i = 0; i < 8 && expr->kind == ast::ExprKind::negate && !expr->children.empty() && expr->children[0]; ++i) {
    sign = -sign;
    expr = expr->children[0].get();
  }
  switch (expr->kind) {
    case ast::ExprKind::number:
    case ast::ExprKind::percent: spec.default_number = sign * expr->number; break;
    case ast::ExprKind::boolean: spec.default_number = expr->boolean ? 1 : 0; break;
    case ast::ExprKind::string:
      if (spec.kind == TypeKind::enumeration) {
        for (std::size_t m = 0; m < spec.members.size(); ++m) {
          if (spec.members[m] == expr->text) spec.default_number = static_cast<double>(m);
        }
      } else {
        spec.default_text = expr->text;
      }
      break;
    default: break;  // the checker reports a default that is not a literal
  }
}

}  // namespace

OfferSchema make_schema(const ast::Rubric& rubric, const CheckResult& checked) {
  (void)checked;  // every fact the reader needs is in the declarations themselves
  OfferSchema schema;
  schema.fields.reserve(rubric.fields.size());
  for (const auto& field : rubric.fields) {
    FieldSpec spec;
    spec.path = field.path.name;
    spec.segments = split_path(spec.path);
    spec.kind = field.type.members.empty() ? field.type.kind : TypeKind::enumeration;
    for (const auto& member : field.type.members) spec.members.push_back(member.value);
    spec.required = field.default_value == nullptr;
    spec.negotiable = field.negotiable.has_value();
    if (field.default_value) apply_default(*field.default_value, spec);
    if (spec.kind == TypeKind::grant) spec.grant = static_cast<int>(schema.grant_count++);
    schema.fields.push_back(std::move(spec));
  }
  for (const auto& ignored : rubric.ignored) schema.ignored.push_back(ignored.name);
  schema.currencies.base = make_currency(rubric.currencies.empty() ? "USD" : rubric.currencies[0].code.name);
  for (const auto& block : rubric.rates) {
    if (block.as_of && schema.currencies.as_of.empty()) schema.currencies.as_of = block.as_of->value;
    for (const auto& entry : block.entries)
      schema.currencies.rates.push_back(CurrencyRate{make_currency(entry.code.name), entry.rate});
  }
  return schema;
}

}  // namespace rubric
