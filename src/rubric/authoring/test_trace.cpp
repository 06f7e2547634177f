// The explain trace behind a mismatch: the mismatching declarations and, walking back through the
// evaluation order, every declaration they read (as `rubric explain --criterion` does for one criterion).
#include <set>

#include <rubric/explain.hpp>
#include "rubric/authoring/test_spec.hpp"

namespace rubric::testing {

namespace {

/// Keeps the declarations named in `ids` and those they read, directly or through others.
OfferTrace narrowed(const OfferTrace& trace, const std::vector<std::string>& ids) {
  std::set<std::string> names(ids.begin(), ids.end());
  std::vector<bool> needed(trace.decls.size(), false);
  for (std::size_t i = trace.decls.size(); i-- > 0;) {
    const DeclTrace& d = trace.decls[i];
    if (!names.count(d.id)) continue;
    needed[i] = true;
    for (const auto& clause : d.clauses)
      for (const auto& line : clause.lines) names.insert(line.text);
  }
  OfferTrace out = trace;
  out.decls.clear();
  for (std::size_t i = 0; i < trace.decls.size(); ++i)
    if (needed[i]) out.decls.push_back(trace.decls[i]);
  out.total.clear();
  return out;
}

}  // namespace

std::string trace_for(const CompiledRubric& rubric, const TracedRun& run, const std::string& offer_id,
                      const Found& found) {
  std::vector<const Facts*> all;
  const Facts* facts = nullptr;
  for (const Facts& f : run.facts) {
    all.push_back(&f);
    if (f.id == offer_id && facts == nullptr) facts = &f;
  }
  if (facts == nullptr) return {};
  const OfferTrace trace = trace_offer(rubric, *facts, all);
  return format_trace(found.whole ? trace : narrowed(trace, found.decls));
}

}  // namespace rubric::testing
