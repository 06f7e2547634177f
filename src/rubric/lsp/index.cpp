// The occurrence index: every place a name is declared or read, for hover, definition and references.
#include "rubric/lsp/document.hpp"

namespace rubric::lsp {

namespace {

class Indexer {
 public:
  explicit Indexer(std::vector<Occurrence>& out) : out_(out) {}

  void declaration(const ast::Ident& id, SymbolKind kind, std::size_t index) {
    out_.push_back({id.range, {kind, static_cast<int>(index)}, {}, true});
  }

  void text(const ast::Text& text) {
    for (const auto& piece : text.pieces) {
      if (piece.symbol.kind != SymbolKind::none) out_.push_back({piece.range, piece.symbol, {}, false});
    }
  }

  void text(const std::optional<ast::Text>& text) {
    if (text) this->text(*text);
  }

  void expr(const ast::ExprPtr& e) {
    if (!e) return;
    if (e->kind == ast::ExprKind::ref && e->symbol.kind != SymbolKind::none) {
      out_.push_back({e->range, e->symbol, {}, false});
    } else if (e->kind == ast::ExprKind::call) {
      SourceRange name = e->range;
      name.end = name.begin;
      name.end.offset += e->text.size();
      name.end.column += static_cast<std::uint32_t>(e->text.size());
      out_.push_back({name, {}, e->text, false});
    }
    for (const auto& child : e->children) expr(child);
    for (const auto& arm : e->arms) {
      expr(arm.condition);
      expr(arm.value);
      text(arm.because);
    }
    expr(e->otherwise);
    text(e->otherwise_because);
  }

 private:
  std::vector<Occurrence>& out_;
};

}  // namespace

std::vector<Occurrence> index_occurrences(const ast::Rubric& rubric) {
  std::vector<Occurrence> out;
  Indexer ix(out);
  for (std::size_t i = 0; i < rubric.fields.size(); ++i) ix.declaration(rubric.fields[i].path, SymbolKind::field, i);
  for (std::size_t i = 0; i < rubric.lets.size(); ++i) {
    ix.declaration(rubric.lets[i].name, SymbolKind::let, i);
    ix.expr(rubric.lets[i].value);
  }
  for (std::size_t i = 0; i < rubric.criteria.size(); ++i) {
    const auto& d = rubric.criteria[i];
    ix.declaration(d.id, SymbolKind::criterion, i);
    ix.text(d.label);
    ix.expr(d.score);
    ix.text(d.because);
  }
  for (std::size_t i = 0; i < rubric.flags.size(); ++i) {
    const auto& d = rubric.flags[i];
    ix.declaration(d.id, SymbolKind::flag, i);
    ix.text(d.label);
    ix.expr(d.condition);
    ix.expr(d.penalty);
    ix.expr(d.cap);
    ix.text(d.because);
  }
  for (std::size_t i = 0; i < rubric.confirms.size(); ++i) {
    const auto& d = rubric.confirms[i];
    ix.declaration(d.id, SymbolKind::confirm, i);
    ix.text(d.label);
    ix.expr(d.condition);
  }
  for (std::size_t i = 0; i < rubric.asks.size(); ++i) {
    const auto& d = rubric.asks[i];
    ix.declaration(d.id, SymbolKind::ask, i);
    ix.text(d.label);
    ix.expr(d.condition);
    ix.expr(d.range_low);
    ix.expr(d.range_high);
    ix.text(d.because);
  }
  return out;
}

}  // namespace rubric::lsp
