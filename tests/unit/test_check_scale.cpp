// The checker on large hand-built rubrics: long let chains and cycles must not
// overflow the stack, and evaluation order must put every dependency first.
#include <string>

#include "test_check_support.hpp"

using namespace check_test;

namespace {

// Deep enough that a recursive walk over declarations would overflow a default stack.
constexpr int kChain = 10000;

std::string let_name(int i) { return "l" + std::to_string(i); }

// Returns the position of every step in the order, by let index (criteria and total ignored).
std::vector<int> let_positions(const CheckResult& r, std::size_t lets) {
  std::vector<int> pos(lets, -1);
  for (std::size_t i = 0; i < r.order.size(); ++i) {
    if (r.order[i].kind == SymbolKind::let) pos[static_cast<std::size_t>(r.order[i].index)] = static_cast<int>(i);
  }
  return pos;
}

}  // namespace

TEST_CASE("a chain of 10,000 lets checks and orders each after what it reads", "[check]") {
  ast::Rubric r = skeleton();
  // Declared in reverse: l0 reads l1 reads ... reads l9999, so the order must reverse them.
  for (int i = 0; i < kChain; ++i) {
    ast::ExprPtr value = i + 1 < kChain ? binary(ast::BinaryOp::add, ref_to(let_name(i + 1)), number(1)) : number(1);
    add_let(r, let_name(i), std::move(value), static_cast<std::uint32_t>(i + 2));
  }
  add_criterion(r, "c", 100, ref_to("l0"), kChain + 2);
  CheckResult result = check(r);
  REQUIRE(result.ok());
  CHECK(result.diagnostics.empty());
  REQUIRE(result.order.size() == kChain + 2);  // lets, the criterion, total
  std::vector<int> pos = let_positions(result, kChain);
  for (int i = 0; i + 1 < kChain; ++i) REQUIRE(pos[i] > pos[i + 1]);
  CHECK(result.order[kChain].kind == SymbolKind::criterion);
  CHECK(result.order[kChain + 1].kind == SymbolKind::total);
  CHECK(result.let_types[0].kind == TypeKind::number);
  CHECK(r.lets[0].value->type.kind == TypeKind::number);
  CHECK(r.lets[0].value->children[0]->symbol.kind == SymbolKind::let);
  CHECK(r.lets[0].value->children[0]->symbol.index == 1);
}

TEST_CASE("a cycle through 10,000 lets is one error with a shortened message", "[check]") {
  ast::Rubric r = skeleton();
  for (int i = 0; i < kChain; ++i) {
    add_let(r, let_name(i), ref_to(let_name((i + 1) % kChain)), static_cast<std::uint32_t>(i + 2));
  }
  add_criterion(r, "c", 100, ref_to("l0"), kChain + 2);
  CheckResult result = check(r);
  REQUIRE(count(result, DiagnosticLevel::error) == 1);
  const Diagnostic& d = result.diagnostics.front();
  CHECK(d.range.begin.line == 2);
  CHECK(d.message.rfind("cycle: l0 -> l1 -> l2 -> ", 0) == 0);
  CHECK(d.message.find(" -> ... (9977 more) -> ") != std::string::npos);
  CHECK(d.message.size() < 400);
  CHECK(d.message.ends_with("-> l9999 -> l0"));
  CHECK(result.order.size() == kChain + 2);  // complete even with a cycle
}

TEST_CASE("10,000 criteria sharing one let check and keep source order", "[check]") {
  ast::Rubric r = skeleton();
  add_let(r, "base", number(5), 2);
  for (int i = 0; i < kChain; ++i) {
    add_criterion(r, "c" + std::to_string(i), 0.01, ref_to("base"), static_cast<std::uint32_t>(i + 3));
  }
  CheckResult result = check(r);
  INFO((result.diagnostics.empty() ? "" : result.diagnostics.front().message));
  REQUIRE(result.ok());
  REQUIRE(result.order.size() == kChain + 2);
  CHECK(result.order.front().kind == SymbolKind::let);
  for (int i = 0; i < kChain; ++i) {
    REQUIRE(result.order[static_cast<std::size_t>(i + 1)].kind == SymbolKind::criterion);
    REQUIRE(result.order[static_cast<std::size_t>(i + 1)].index == i);
  }
  CHECK(result.order.back().kind == SymbolKind::total);
}

TEST_CASE("an expression 2,000 levels deep is typed without trouble", "[check]") {
  ast::Rubric r = skeleton();
  ast::ExprPtr e = number(0);
  for (int i = 0; i < 2000; ++i) e = binary(ast::BinaryOp::add, std::move(e), number(1));
  add_criterion(r, "c", 100, std::move(e), 2);
  CheckResult result = check(r);
  CHECK(result.ok());
  CHECK(r.criteria[0].score->type.kind == TypeKind::number);
}
