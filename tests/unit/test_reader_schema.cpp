// make_schema: one FieldSpec per declared offer field, with kinds, members and defaults.
#include <catch2/catch.hpp>

#include "rubric/compile/schema.hpp"

using namespace rubric;

namespace {

ast::ExprPtr literal(ast::ExprKind kind, double number = 0, std::string text = {}, bool boolean = false) {
  auto e = std::make_unique<ast::Expr>();
  e->kind = kind;
  e->number = number;
  e->text = std::move(text);
  e->boolean = boolean;
  return e;
}

ast::OfferField declare(std::string path, TypeKind kind, ast::ExprPtr default_value = nullptr,
                        std::vector<std::string> members = {}) {
  ast::OfferField f;
  f.path.name = std::move(path);
  f.type.kind = kind;
  for (auto& m : members) {
    ast::Text t;
    t.value = m;
    t.raw = m;
    f.type.members.push_back(std::move(t));
  }
  f.default_value = std::move(default_value);
  return f;
}

}  // namespace

TEST_CASE("make_schema turns declarations into field specs in order", "[reader]") {
  ast::Rubric rubric;
  rubric.fields.push_back(declare("comp.base", TypeKind::money));
  rubric.fields.push_back(declare("comp.bonus_pct", TypeKind::percent, literal(ast::ExprKind::percent, 0.10)));
  rubric.fields.push_back(declare("scope.level", TypeKind::enumeration, literal(ast::ExprKind::string, 0, "org"),
                                  {"team", "multi-team", "org"}));
  rubric.fields.push_back(declare("oncall.support", TypeKind::text, nullptr, {"none", "secondary"}));
  rubric.fields.push_back(
      declare("promotion.ladder_published", TypeKind::boolean, literal(ast::ExprKind::boolean, 0, {}, true)));
  rubric.fields.push_back(declare("notes", TypeKind::text, literal(ast::ExprKind::string, 0, "n/a")));
  auto negated = literal(ast::ExprKind::negate);
  negated->children.push_back(literal(ast::ExprKind::number, 3));
  rubric.fields.push_back(declare("delta", TypeKind::number, std::move(negated)));
  rubric.fields.push_back(declare("salary", TypeKind::money, literal(ast::ExprKind::number, 150000)));

  OfferSchema schema = make_schema(rubric, CheckResult{});
  REQUIRE(schema.fields.size() == 8);
  const auto& base = schema.fields[0];
  CHECK(base.path == "comp.base");
  CHECK(base.segments == std::vector<std::string>{"comp", "base"});
  CHECK(base.kind == TypeKind::money);
  CHECK(base.required);

  CHECK(schema.fields[1].kind == TypeKind::percent);
  CHECK_FALSE(schema.fields[1].required);
  CHECK(schema.fields[1].default_number == 0.10);

  const auto& level = schema.fields[2];
  CHECK(level.kind == TypeKind::enumeration);
  CHECK(level.members == std::vector<std::string>{"team", "multi-team", "org"});
  CHECK(level.default_number == 2);
  CHECK_FALSE(level.required);

  // Members make an enumeration whatever kind the TypeSpec says.
  CHECK(schema.fields[3].kind == TypeKind::enumeration);
  CHECK(schema.fields[3].required);

  CHECK(schema.fields[4].kind == TypeKind::boolean);
  CHECK(schema.fields[4].default_number == 1);
  CHECK(schema.fields[5].default_text == "n/a");
  CHECK(schema.fields[6].default_number == -3);
  CHECK(schema.fields[7].segments == std::vector<std::string>{"salary"});
  CHECK(schema.fields[7].default_number == 150000);
}
