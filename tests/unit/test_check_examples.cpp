// The checker on whole rubrics: the brief's example (docs/language.md section 1) and
// the benchmark's reference rubric check clean, with complete annotations and
// an evaluation order in which every dependency comes first.
#include <functional>
#include <map>
#include <set>

#include "test_check_support.hpp"

using namespace check_test;

namespace {

using K = SymbolKind;

void visit_text(const ast::Text& t, const std::function<void(const ast::TextPiece&)>& on_piece) {
  for (const auto& p : t.pieces) on_piece(p);
}

// Calls `on_expr` for every expression below `e` and `on_piece` for every piece of its reasons.
void visit(const ast::Expr& e, const std::function<void(const ast::Expr&)>& on_expr,
           const std::function<void(const ast::TextPiece&)>& on_piece) {
  on_expr(e);
  for (const auto& c : e.children) visit(*c, on_expr, on_piece);
  for (const auto& a : e.arms) {
    if (a.condition) visit(*a.condition, on_expr, on_piece);
    visit(*a.value, on_expr, on_piece);
    if (a.because) visit_text(*a.because, on_piece);
  }
  if (e.otherwise) visit(*e.otherwise, on_expr, on_piece);
  if (e.otherwise_because) visit_text(*e.otherwise_because, on_piece);
}

struct Decl {
  K kind;
  int index;
  std::vector<const ast::Expr*> exprs;
  std::vector<const ast::Text*> texts;
};

std::vector<Decl> declarations(const ast::Rubric& r) {
  std::vector<Decl> out;
  auto opt = [](const std::optional<ast::Text>& t) { return t ? &*t : nullptr; };
  for (std::size_t i = 0; i < r.lets.size(); ++i) out.push_back({K::let, int(i), {r.lets[i].value.get()}, {}});
  for (std::size_t i = 0; i < r.criteria.size(); ++i) {
    const auto& c = r.criteria[i];
    out.push_back({K::criterion, int(i), {c.score.get()}, {&c.label, opt(c.because)}});
  }
  for (std::size_t i = 0; i < r.flags.size(); ++i) {
    const auto& f = r.flags[i];
    out.push_back({K::flag, int(i), {f.condition.get(), f.penalty.get(), f.cap.get()}, {&f.label, opt(f.because)}});
  }
  for (std::size_t i = 0; i < r.confirms.size(); ++i) {
    out.push_back({K::confirm, int(i), {r.confirms[i].condition.get()}, {&r.confirms[i].label}});
  }
  for (std::size_t i = 0; i < r.asks.size(); ++i) {
    const auto& a = r.asks[i];
    out.push_back(
        {K::ask, int(i), {a.condition.get(), a.range_low.get(), a.range_high.get()}, {&a.label, opt(a.because)}});
  }
  return out;
}

bool reads_something(K kind) { return kind != K::field && kind != K::none; }

// Checks every expression is typed, every ref and piece resolved, and the order puts dependencies first.
void check_annotations_and_order(const ast::Rubric& r, const CheckResult& result) {
  std::map<std::pair<K, int>, std::size_t> position;
  for (std::size_t i = 0; i < result.order.size(); ++i) position[{result.order[i].kind, result.order[i].index}] = i;
  std::size_t declared = r.lets.size() + r.criteria.size() + r.flags.size() + r.confirms.size() + r.asks.size();
  REQUIRE(result.order.size() == declared + 1);
  REQUIRE(position.size() == declared + 1);
  const std::size_t total_at = position.at({K::total, -1});
  for (const Decl& d : declarations(r)) {
    const std::size_t me = position.at({d.kind, d.index});
    if (d.kind == K::criterion || d.kind == K::flag) CHECK(me < total_at);
    auto needs_first = [&](ast::Symbol s) {
      if (!reads_something(s.kind)) return;
      INFO(int(d.kind) << "#" << d.index << " reads " << int(s.kind) << "#" << s.index);
      CHECK(position.at({s.kind, s.kind == K::total ? -1 : s.index}) < me);
    };
    auto on_piece = [&](const ast::TextPiece& p) {
      if (p.name.empty()) return;
      CHECK(p.symbol.kind != K::none);
      CHECK(p.type.kind != TypeKind::error);
      // A reason may name its own declaration: it renders after the value is known.
      if (p.symbol.kind != d.kind || p.symbol.index != d.index) needs_first(p.symbol);
    };
    auto on_expr = [&](const ast::Expr& e) {
      INFO("expression at line " << e.range.begin.line << " column " << e.range.begin.column);
      CHECK(e.type.kind != TypeKind::error);
      if (e.kind != ast::ExprKind::ref) return;
      CHECK(e.symbol.kind != K::none);
      needs_first(e.symbol);
    };
    for (const ast::Expr* e : d.exprs) {
      if (e) visit(*e, on_expr, on_piece);
    }
    for (const ast::Text* t : d.texts) {
      if (t) visit_text(*t, on_piece);
    }
  }
}

}  // namespace

TEST_CASE("the brief's example checks clean with the expected types and order", "[check]") {
  Checked c = check_text(project_file("rules/platform-reliability.rubric"));
  INFO(c.text);
  REQUIRE(c.result.diagnostics.empty());
  const CheckResult& r = c.result;
  REQUIRE(r.let_types.size() == 3);
  CHECK(r.let_types[0] == Type{TypeKind::money});    // total_comp
  CHECK(r.let_types[1] == Type{TypeKind::percent});  // equity_share
  CHECK(r.let_types[2] == Type{TypeKind::number});   // senior_ratio
  CHECK(r.enums == std::vector<std::vector<std::string>>{{"team", "multi-team", "org"},
                                                         {"none", "secondary", "follow-the-sun"},
                                                         {"seed", "series-a", "series-b", "growth", "public"}});
  CHECK(r.scale_low == 0);
  CHECK(r.scale_high == 10);
  CHECK_FALSE(r.uses_aggregates);
  std::vector<std::pair<K, int>> order;
  for (const auto& s : r.order) order.push_back({s.kind, s.index});
  CHECK(order == std::vector<std::pair<K, int>>{{K::let, 0},
                                                {K::let, 1},
                                                {K::let, 2},
                                                {K::criterion, 0},
                                                {K::criterion, 1},
                                                {K::criterion, 2},
                                                {K::criterion, 3},
                                                {K::criterion, 4},
                                                {K::flag, 0},
                                                {K::flag, 1},
                                                {K::flag, 2},
                                                {K::total, -1},
                                                {K::confirm, 0},
                                                {K::confirm, 1},
                                                {K::ask, 0},
                                                {K::ask, 1}});
  check_annotations_and_order(*c.rubric, r);
}

TEST_CASE("the brief's example resolves names and interpolations to the right symbols", "[check]") {
  Checked c = check_text(project_file("rules/platform-reliability.rubric"));
  REQUIRE(c.result.ok());
  const ast::Rubric& r = *c.rubric;
  const ast::Expr& when = *r.asks[0].condition;  // pay < 7
  CHECK(when.children[0]->symbol.kind == K::criterion);
  CHECK(when.children[0]->symbol.index == 1);
  const ast::Expr& not_written = *r.asks[1].condition;  // not written_scope
  CHECK(not_written.children[0]->symbol.kind == K::confirm);
  CHECK(not_written.children[0]->type == Type{TypeKind::boolean});
  const auto& pay = r.criteria[1].because->pieces;  // "first-year total compensation {total_comp}"
  REQUIRE(pay.size() == 2);
  CHECK(pay[0].literal == "first-year total compensation ");
  CHECK(pay[1].symbol.kind == K::let);
  CHECK(pay[1].type == Type{TypeKind::money});
  const auto& equity = r.flags[1].because->pieces;
  REQUIRE(equity.size() == 5);
  CHECK(equity[1].type == Type{TypeKind::percent});
  CHECK(equity[3].name == "company_info.stage");
  CHECK(equity[3].symbol.kind == K::field);
  CHECK(equity[3].type == Type{TypeKind::enumeration, 2});
  const ast::Expr& scope = *r.criteria[0].score;
  CHECK(scope.children[0]->type == Type{TypeKind::enumeration, 0});
  CHECK(scope.arms[0].because->pieces.size() == 1);
  CHECK(scope.type == Type{TypeKind::number});
  CHECK(r.fields[1].default_value->type == Type{TypeKind::percent});  // comp.bonus_pct = 0%
}

TEST_CASE("the benchmark's reference rubric checks clean", "[check]") {
  Checked c = check_text(project_file("bench/reference.rubric"));
  INFO(c.text);
  REQUIRE(c.result.diagnostics.empty());
  CHECK(c.result.let_types[0] == Type{TypeKind::money});
  CHECK(c.result.let_types[1] == Type{TypeKind::number});
  check_annotations_and_order(*c.rubric, c.result);
}

TEST_CASE("a rubric using every construct is fully annotated", "[check]") {
  std::string src = kPreamble +
                    "let big = max(a, m / 1000, abs(-a))\n"
                    "let pick = match lvl { \"x\" => 1 because \"x {a}\" \"y\" => 2 else => 3 because \"other\" }\n"
                    "let txt = match name { \"n\" => true else => false }\n"
                    "criterion c \"C {lvl}\" weight 100 {\n"
                    "  score when big > 3 and txt => clamp(round(big, 1), 0, 10) because \"big {big}\"\n"
                    "        when lvl in [\"x\", \"y\"] or name == \"s\" => scale(pick, 1 => 0, 3 => 10)\n"
                    "        else if ok then mean_of(a) else min_of(a)\n"
                    "  because \"score {c} of {m}\"\n"
                    "}\n"
                    "flag f \"F\" critical { when not ok penalty 1 cap 8 veto because \"{f}\" }\n"
                    "ask q \"Q {total}\" { when total < 5 range m * 1.1 .. m * 1.2 cite \"t\" because \"{q}\" }\n";
  Checked c = check_text(src);
  INFO(c.text);
  REQUIRE(c.result.diagnostics.empty());
  check_annotations_and_order(*c.rubric, c.result);
  CHECK(c.result.uses_aggregates);
}
