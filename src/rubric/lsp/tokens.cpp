// Semantic tokens: what each name is (offer field, let, criterion, flag, ...), which a TextMate grammar
// cannot know. Keywords, strings and numbers stay with the editor's grammar.
#include <algorithm>

#include "rubric/lsp/features.hpp"

namespace rubric::lsp {

namespace {

// Indexes into the legend below.
int token_type(const Occurrence& o) {
  switch (o.symbol.kind) {
    case SymbolKind::field: return 0;      // property
    case SymbolKind::let: return 1;        // variable
    case SymbolKind::none: return 2;       // function
    case SymbolKind::criterion: return 3;  // class
    case SymbolKind::flag: return 4;       // event
    case SymbolKind::confirm:
    case SymbolKind::ask: return 5;    // enumMember
    case SymbolKind::total: return 6;  // keyword
  }
  return 1;
}

}  // namespace

json semantic_tokens_legend() {
  return {{"tokenTypes", {"property", "variable", "function", "class", "event", "enumMember", "keyword"}},
          {"tokenModifiers", {"declaration"}}};
}

json semantic_tokens(const Document& doc, const PositionMap& map) {
  std::vector<int> data;
  if (doc.current) {
    std::vector<const Occurrence*> sorted;
    for (const auto& o : doc.current->occurrences()) sorted.push_back(&o);
    std::sort(sorted.begin(), sorted.end(),
              [](const Occurrence* x, const Occurrence* y) { return x->range.begin.offset < y->range.begin.offset; });
    int line = 0;
    int character = 0;
    std::size_t covered = 0;
    for (const Occurrence* o : sorted) {
      if (o->range.begin.line != o->range.end.line || o->range.begin.offset < covered) continue;
      json start = map.position(o->range.begin.offset);
      json end = map.position(o->range.end.offset);
      int l = start["line"].get<int>();
      int c = start["character"].get<int>();
      data.insert(data.end(), {l - line, l == line ? c - character : c, end["character"].get<int>() - c, token_type(*o),
                               o->declaration ? 1 : 0});
      line = l;
      character = c;
      covered = o->range.end.offset;
    }
  }
  return {{"data", data}};
}

}  // namespace rubric::lsp
