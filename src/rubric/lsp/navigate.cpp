// Definition, references and the outline.
#include <fmt/format.h>

#include <algorithm>

#include "rubric/lsp/features.hpp"

namespace rubric::lsp {

namespace {

// LSP SymbolKind numbers (LSP 3.17, "SymbolKind").
constexpr int kField = 8;
constexpr int kVariable = 13;
constexpr int kString = 15;
constexpr int kNumber = 16;
constexpr int kBoolean = 17;
constexpr int kStruct = 23;
constexpr int kEvent = 24;

json location(const Document& doc, const PositionMap& map, const SourceRange& range) {
  return {{"uri", doc.uri}, {"range", map.range(range)}};
}

json symbol(const PositionMap& map, const std::string& name, const std::string& detail, int kind,
            const SourceRange& range, const SourceRange& selection) {
  json s = {{"name", name}, {"kind", kind}, {"range", map.range(range)}, {"selectionRange", map.range(selection)}};
  if (!detail.empty()) s["detail"] = detail;
  return s;
}

// Returns the range of an `offer { ... }` block holding fields [first, last]: from the keyword before
// the first field to the brace after the last (the AST keeps fields, not blocks).
SourceRange offer_block(const SourceFile& src, const ast::OfferField& first, const ast::OfferField& last) {
  const std::string& text = src.text();
  std::size_t begin = text.rfind("offer", first.range.begin.offset);
  std::size_t end = text.find('}', last.range.end.offset);
  if (begin == std::string::npos) begin = first.range.begin.offset;
  end = end == std::string::npos ? last.range.end.offset : end + 1;
  return {src.position_at(begin), src.position_at(end)};
}

// Returns true when some other declaration starts between two fields (so they are in different blocks).
bool declaration_between(const ast::Rubric& r, std::size_t from, std::size_t to) {
  auto inside = [&](const auto& decls) {
    return std::any_of(decls.begin(), decls.end(),
                       [&](const auto& d) { return d.range.begin.offset > from && d.range.begin.offset < to; });
  };
  return inside(r.lets) || inside(r.criteria) || inside(r.flags) || inside(r.confirms) || inside(r.asks) ||
         inside(r.scales) || inside(r.drafts);
}

void add_offer_blocks(const Analysis& a, const PositionMap& map, json& out) {
  const auto& fields = a.rubric.fields;
  for (std::size_t first = 0; first < fields.size();) {
    std::size_t last = first;
    while (last + 1 < fields.size() &&
           !declaration_between(a.rubric, fields[last].range.end.offset, fields[last + 1].range.begin.offset) &&
           a.source->text().find('}', fields[last].range.end.offset) > fields[last + 1].range.begin.offset) {
      ++last;
    }
    json children = json::array();
    for (std::size_t i = first; i <= last; ++i) {
      const auto& f = fields[i];
      children.push_back(
          symbol(map, f.path.name, std::string(text_of(*a.source, f.type.range)), kField, f.range, f.path.range));
    }
    SourceRange block = offer_block(*a.source, fields[first], fields[last]);
    json s = symbol(map, "offer", fmt::format("{} fields", last - first + 1), kStruct, block, block);
    s["selectionRange"] = map.range({block.begin, a.source->position_at(block.begin.offset + 5)});
    s["children"] = std::move(children);
    out.push_back(std::move(s));
    first = last + 1;
  }
}

bool same_symbol(ast::Symbol a, ast::Symbol b) { return a.kind == b.kind && a.index == b.index; }

}  // namespace

json definition(const Document& doc, const PositionMap& map, const json& params) {
  if (!doc.current) return nullptr;
  const Analysis& a = *doc.current;
  const Occurrence* o = occurrence_at(a, map.offset(params.at("position")));
  if (!o || o->symbol.kind == SymbolKind::none || o->symbol.kind == SymbolKind::total) return nullptr;
  for (const auto& d : a.occurrences()) {
    if (d.declaration && same_symbol(d.symbol, o->symbol)) return location(doc, map, d.range);
  }
  return nullptr;
}

json references(const Document& doc, const PositionMap& map, const json& params) {
  json out = json::array();
  if (!doc.current) return out;
  const Analysis& a = *doc.current;
  const Occurrence* o = occurrence_at(a, map.offset(params.at("position")));
  if (!o) return out;
  bool with_declaration = params.value("/context/includeDeclaration"_json_pointer, false);
  std::vector<const Occurrence*> found;
  for (const auto& r : a.occurrences()) {
    bool match = o->symbol.kind == SymbolKind::none ? r.symbol.kind == SymbolKind::none && r.function == o->function
                                                    : same_symbol(r.symbol, o->symbol);
    if (match && (with_declaration || !r.declaration)) found.push_back(&r);
  }
  std::sort(found.begin(), found.end(),
            [](const Occurrence* x, const Occurrence* y) { return x->range.begin.offset < y->range.begin.offset; });
  for (const Occurrence* r : found) out.push_back(location(doc, map, r->range));
  return out;
}

json document_symbols(const Document& doc, const PositionMap& map) {
  json out = json::array();
  const Analysis* a = doc.current.get();
  if (!a) return out;
  add_offer_blocks(*a, map, out);
  for (const auto& d : a->rubric.lets) {
    std::string detail = d.declared ? std::string(text_of(*a->source, d.declared->range)) : "let";
    out.push_back(symbol(map, d.name.name, detail, kVariable, d.range, d.name.range));
  }
  for (const auto& d : a->rubric.criteria) {
    out.push_back(
        symbol(map, d.id.name, fmt::format("weight {} \"{}\"", d.weight, d.label.value), kNumber, d.range, d.id.range));
  }
  for (const auto& d : a->rubric.flags) {
    out.push_back(symbol(map, d.id.name, fmt::format("{} \"{}\"", to_string(d.severity), d.label.value), kEvent,
                         d.range, d.id.range));
  }
  for (const auto& d : a->rubric.confirms) {
    out.push_back(symbol(map, d.id.name, fmt::format("confirm \"{}\"", d.label.value), kBoolean, d.range, d.id.range));
  }
  for (const auto& d : a->rubric.asks) {
    out.push_back(symbol(map, d.id.name, fmt::format("ask \"{}\"", d.label.value), kString, d.range, d.id.range));
  }
  std::stable_sort(out.begin(), out.end(), [](const json& x, const json& y) {
    return x["range"]["start"]["line"].get<int>() < y["range"]["start"]["line"].get<int>();
  });
  return out;
}

}  // namespace rubric::lsp
