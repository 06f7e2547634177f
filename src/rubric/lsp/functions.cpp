// What hover and completion say about the built-in functions (docs/language.md, functions).
#include "rubric/lsp/features.hpp"

namespace rubric::lsp {

const std::vector<FunctionDoc>& function_docs() {
  static const std::vector<FunctionDoc> docs = {
      {"abs", "abs(x)", "The absolute value of x."},
      {"clamp", "clamp(x, lo, hi)", "x limited to the range lo..hi."},
      {"grant_value", "grant_value(g)",
       "The whole value of grant field g in the rubric's currency: an RSU grant's amount, or options x max(price - "
       "strike, 0)."},
      {"max", "max(a, b, ...)", "The largest of two or more values."},
      {"max_of", "max_of(e)", "The largest value of e over every offer in the run."},
      {"mean_of", "mean_of(e)", "The mean of e over every offer in the run."},
      {"min", "min(a, b, ...)", "The smallest of two or more values."},
      {"min_of", "min_of(e)", "The smallest value of e over every offer in the run."},
      {"round", "round(x, digits)", "x rounded to digits decimals (an integer literal 0..10), half away from zero."},
      {"scale", "scale(x, x1 => y1, x2 => y2, ...)",
       "Piecewise linear: interpolates y between the points, the first or last y outside them."},
      {"vested", "vested(g, y)",
       "What of grant field g vests in year y of employment (a whole number from 1), after the cliff; 0 after "
       "the last year."},
      {"vested_through", "vested_through(g, y)", "What of grant field g has vested by the end of year y."},
  };
  return docs;
}

std::string type_text(const Analysis& analysis, Type type) {
  if (type.kind != TypeKind::enumeration || type.enum_id < 0 ||
      static_cast<std::size_t>(type.enum_id) >= analysis.checked.enums.size()) {
    return std::string(to_string(type.kind));
  }
  std::string out;
  for (const auto& member : analysis.checked.enums[static_cast<std::size_t>(type.enum_id)]) {
    out += (out.empty() ? "\"" : " | \"") + member + "\"";
  }
  return out;
}

const Occurrence* occurrence_at(const Analysis& analysis, std::size_t offset) {
  const Occurrence* best = nullptr;
  for (const auto& o : analysis.occurrences()) {
    if (offset < o.range.begin.offset || offset > o.range.end.offset) continue;
    if (!best || o.range.end.offset - o.range.begin.offset < best->range.end.offset - best->range.begin.offset) {
      best = &o;
    }
  }
  return best;
}

}  // namespace rubric::lsp
