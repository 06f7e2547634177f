// `rubric test --coverage`: what the tests exercised of a rubric, like `opa test --coverage`. The universe
// comes from the checked syntax tree (every `match` arm, `when` branch and `if` side, every flag, confirm and
// ask both ways); the hits from each scored offer's explain trace and result.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

#include <rubric/explain.hpp>
#include <rubric/testing.hpp>
#include "rubric/authoring/test_spec.hpp"
#include "rubric/explain/explain_tracer.hpp"
#include "rubric/syntax/ast.hpp"

namespace rubric {

namespace {

using explain_detail::expression_text;

/// Collects the branches of one declaration's expressions, in source order.
class BranchLister {
 public:
  BranchLister(const SourceFile& source, SymbolKind kind, std::string decl, std::vector<CoverageItem>& out)
      : source_(source), kind_(kind), decl_(std::move(decl)), out_(out) {}

  void walk(const ast::Expr* e) {
    if (e == nullptr) return;
    for (const auto& child : e->children) walk(child.get());
    if (e->kind == ast::ExprKind::if_then) {
      add("if then", e->children.at(1)->range);
      add("if else", e->children.at(2)->range);
    } else if (e->kind == ast::ExprKind::when || e->kind == ast::ExprKind::match) {
      const std::string construct = e->kind == ast::ExprKind::when
                                        ? "when"
                                        : "match " + expression_text(source_, e->children.at(0)->range);
      for (const auto& arm : e->arms) {
        add(construct + " " +
                (arm.condition ? expression_text(source_, arm.condition->range) : "\"" + arm.label->value + "\""),
            arm.range);
        if (arm.condition) walk(arm.condition.get());
        walk(arm.value.get());
      }
      if (e->otherwise) {
        add(construct + " else", e->otherwise->range);
        walk(e->otherwise.get());
      }
    }
  }

 private:
  void add(std::string what, const SourceRange& at) {
    out_.push_back(CoverageItem{kind_, decl_, std::move(what), at.begin.line, 0});
  }

  const SourceFile& source_;
  SymbolKind kind_;
  std::string decl_;
  std::vector<CoverageItem>& out_;
};

void both_ways(std::vector<CoverageItem>& out, SymbolKind kind, const std::string& id, const SourceRange& at,
               const char* yes, const char* no) {
  out.push_back(CoverageItem{kind, id, yes, at.begin.line, 0});
  out.push_back(CoverageItem{kind, id, no, at.begin.line, 0});
}

void hit(TestCoverage& coverage, SymbolKind kind, const std::string& decl, const std::string& what) {
  for (auto& item : coverage.items) {
    if (item.kind == kind && item.decl == decl && item.what == what) {
      ++item.hits;
      return;
    }
  }
}

/// Counts the branches one offer's trace took; a long match subject is cut in traces, so arms match on
/// their label when the whole text does not.
void hit_arms(TestCoverage& coverage, const OfferTrace& trace) {
  for (const auto& decl : trace.decls) {
    for (const auto& arm : decl.arms) {
      const std::string what = arm.construct + " " + arm.arm;
      auto it = std::find_if(coverage.items.begin(), coverage.items.end(), [&](const CoverageItem& item) {
        return item.kind == decl.kind && item.decl == decl.id && item.what == what;
      });
      if (it == coverage.items.end() && arm.construct.rfind("match ", 0) == 0) {
        it = std::find_if(coverage.items.begin(), coverage.items.end(), [&](const CoverageItem& item) {
          return item.kind == decl.kind && item.decl == decl.id && item.what.rfind("match ", 0) == 0 &&
                 item.what.ends_with(" " + arm.arm);
        });
      }
      if (it != coverage.items.end()) ++it->hits;
    }
  }
}

}  // namespace

std::size_t TestCoverage::covered() const {
  return static_cast<std::size_t>(
      std::count_if(items.begin(), items.end(), [](const CoverageItem& item) { return item.hits > 0; }));
}

TestCoverage coverage_of(const CompiledRubric& rubric) {
  const ast::Rubric& syntax = rubric.syntax();
  std::vector<CoverageItem> out;
  const auto branches = [&](SymbolKind kind, const std::string& id, const ast::Expr* e) {
    BranchLister(rubric.source(), kind, id, out).walk(e);
  };
  for (const auto& let : syntax.lets) branches(SymbolKind::let, let.name.name, let.value.get());
  for (const auto& c : syntax.criteria) branches(SymbolKind::criterion, c.id.name, c.score.get());
  for (const auto& f : syntax.flags) {
    both_ways(out, SymbolKind::flag, f.id.name, f.range, "raised", "not raised");
    for (const ast::Expr* e : {f.condition.get(), f.penalty.get(), f.cap.get()})
      branches(SymbolKind::flag, f.id.name, e);
  }
  for (const auto& c : syntax.confirms) {
    both_ways(out, SymbolKind::confirm, c.id.name, c.range, "confirmed", "not confirmed");
    branches(SymbolKind::confirm, c.id.name, c.condition.get());
  }
  for (const auto& a : syntax.asks) {
    both_ways(out, SymbolKind::ask, a.id.name, a.range, "raised", "not raised");
    for (const ast::Expr* e : {a.condition.get(), a.range_low.get(), a.range_high.get()})
      branches(SymbolKind::ask, a.id.name, e);
  }
  return TestCoverage{std::move(out)};
}

namespace testing {

void add_coverage(const CompiledRubric& rubric, const TracedRun& run, TestCoverage& coverage) {
  std::vector<const Facts*> all;
  for (const Facts& f : run.facts) all.push_back(&f);
  for (const auto& offer : run.output.run.offers) {
    if (!offer.scored) continue;
    const auto facts = std::find_if(run.facts.begin(), run.facts.end(),
                                    [&](const Facts& f) { return f.id == offer.id; });
    if (facts != run.facts.end()) hit_arms(coverage, trace_offer(rubric, *facts, all));
    const auto raised = [&](const auto& list, const std::string& id) {
      return std::any_of(list.begin(), list.end(), [&](const auto& x) { return x.id == id; });
    };
    for (const auto& item : rubric.syntax().flags)
      hit(coverage, SymbolKind::flag, item.id.name, raised(offer.flags, item.id.name) ? "raised" : "not raised");
    for (const auto& item : rubric.syntax().asks)
      hit(coverage, SymbolKind::ask, item.id.name, raised(offer.asks, item.id.name) ? "raised" : "not raised");
    for (const auto& c : offer.confirms)
      hit(coverage, SymbolKind::confirm, c.id, c.confirmed ? "confirmed" : "not confirmed");
  }
}

}  // namespace testing

std::string format_coverage(const TestCoverage& coverage) {
  std::string out;
  for (const auto& item : coverage.items)
    out += fmt::format("{} line {:>4}  {} {}: {} ({})\n", item.hits > 0 ? "  " : "!!", item.line, to_string(item.kind),
                       item.decl, item.what, item.hits);
  const std::size_t total = coverage.items.size(), covered = coverage.covered();
  out += fmt::format("coverage: {} of {} exercised ({:.1f}%)\n", covered, total,
                     total == 0 ? 100.0 : 100.0 * static_cast<double>(covered) / static_cast<double>(total));
  return out;
}

std::string coverage_json(const TestCoverage& coverage) {
  nlohmann::ordered_json items = nlohmann::ordered_json::array();
  for (const auto& item : coverage.items)
    items.push_back({{"kind", to_string(item.kind)},
                     {"declaration", item.decl},
                     {"item", item.what},
                     {"line", item.line},
                     {"hits", item.hits}});
  const std::size_t total = coverage.items.size(), covered = coverage.covered();
  nlohmann::ordered_json out = {
      {"covered", covered},
      {"total", total},
      {"percent", total == 0 ? 100.0 : 100.0 * static_cast<double>(covered) / static_cast<double>(total)},
      {"items", std::move(items)}};
  return out.dump(2) + "\n";
}

}  // namespace rubric
