// Compiling `{name}` texts into pieces once, and rendering them per offer.
#include "rubric/compile/interpolate.hpp"

namespace rubric {

namespace {

// Rendered in place of a value that cannot be looked up (a malformed handle);
// never expected after checking, but rendering must not crash.
constexpr const char* kUnknownValue = "?";

const std::string& unknown_text() {
  static const std::string text = kUnknownValue;
  return text;
}

}  // namespace

std::string_view to_string(PieceSource source) {
  switch (source) {
    case PieceSource::literal: return "literal";
    case PieceSource::field: return "field";
    case PieceSource::slot: return "slot";
  }
  return "literal";
}

int SlotLayout::slot_of(const ast::Symbol& symbol) const {
  int i = symbol.index;
  switch (symbol.kind) {
    case SymbolKind::let: return i >= 0 && lets + i < criteria ? lets + i : -1;
    case SymbolKind::criterion: return i >= 0 && criteria + i < flags ? criteria + i : -1;
    case SymbolKind::flag: return i >= 0 && flags + i < confirms ? flags + i : -1;
    case SymbolKind::confirm: return i >= 0 && confirms + i < asks ? confirms + i : -1;
    case SymbolKind::ask: return i >= 0 && asks + i < total ? asks + i : -1;
    case SymbolKind::total: return total;
    default: return -1;
  }
}

Template compile_template(const ast::Text& text, const SlotLayout& layout) {
  Template out;
  if (!text.branches.empty()) {
    out.is_constant = false;
    out.choice.source = text.choice_symbol.kind == SymbolKind::field ? PieceSource::field : PieceSource::slot;
    out.choice.index = out.choice.source == PieceSource::field ? text.choice_symbol.index
                                                               : layout.slot_of(text.choice_symbol);
    for (const auto& branch : text.branches) out.branches.push_back(compile_template(branch, layout));
    return out;
  }
  if (text.pieces.empty()) {
    out.constant = text.value;
    return out;
  }
  std::vector<SymbolKind> symbols;  // each kept piece's kind, for mark_counts
  for (const auto& piece : text.pieces) {
    TemplatePiece p;
    p.type = piece.type;
    if (piece.symbol.kind == SymbolKind::none) {
      p.literal = piece.literal;
    } else if (piece.symbol.kind == SymbolKind::field) {
      p.source = PieceSource::field;
      p.index = piece.symbol.index;
    } else {
      p.source = PieceSource::slot;
      p.index = layout.slot_of(piece.symbol);
      if (p.index < 0) {  // unresolved: show the name as written rather than a wrong value
        p.source = PieceSource::literal;
        p.literal = "{" + piece.name + "}";
      }
    }
    // Adjacent literals merge so rendering appends once.
    if (p.source == PieceSource::literal && !out.pieces.empty() && out.pieces.back().source == PieceSource::literal) {
      out.pieces.back().literal += p.literal;
    } else {
      symbols.push_back(p.source == PieceSource::literal ? SymbolKind::none : piece.symbol.kind);
      out.pieces.push_back(std::move(p));
    }
  }
  mark_counts(out.pieces, symbols);
  out.is_constant = out.pieces.size() == 1 && out.pieces[0].source == PieceSource::literal;
  if (out.is_constant) {
    out.constant = out.pieces[0].literal;
    out.pieces.clear();
  } else if (out.pieces.empty()) {
    out.is_constant = true;
  }
  return out;
}

const std::string& text_of(double handle, const RenderContext& ctx) {
  if (handle >= 0) {
    auto i = static_cast<std::size_t>(handle);
    if (ctx.facts && i < ctx.facts->texts.size()) return ctx.facts->texts[i];
    return unknown_text();
  }
  auto i = static_cast<std::size_t>(-1.0 - handle);
  if (ctx.strings && i < ctx.strings->size()) return (*ctx.strings)[i];
  return unknown_text();
}

void append_typed(double value, const Type& type, const RenderContext& ctx, std::string& out) {
  switch (type.kind) {
    case TypeKind::text: out += text_of(value, ctx); return;
    case TypeKind::enumeration: {
      if (ctx.enums && type.enum_id >= 0 && static_cast<std::size_t>(type.enum_id) < ctx.enums->size()) {
        const auto& members = (*ctx.enums)[static_cast<std::size_t>(type.enum_id)];
        if (value >= 0 && static_cast<std::size_t>(value) < members.size()) {
          out += members[static_cast<std::size_t>(value)];
          return;
        }
      }
      out += kUnknownValue;
      return;
    }
    default: append_value(value, type.kind, out); return;
  }
}

namespace {

// Appends a value piece; in prose a count that renders as 0 to 9 is a word ("four"), capitalised when it opens
// a label. `start` is where this text began in `out`.
void append_piece(const TemplatePiece& piece, double value, const RenderContext& ctx, std::size_t start,
                  std::string& out) {
  if (piece.count && ctx.style == TextStyle::prose) {
    std::string_view word = count_word(value);
    if (!word.empty()) {
      const std::size_t at = out.size();
      out += word;
      if (ctx.capitalise && at == start) out[at] = static_cast<char>(out[at] - 'a' + 'A');
      return;
    }
  }
  append_typed(value, piece.type, ctx, out);
}

}  // namespace

void render_template(const Template& tmpl, const RenderContext& ctx, std::string& out) {
  if (tmpl.is_constant) {
    out += tmpl.constant;
    return;
  }
  if (tmpl.branches.size() == 2) {
    const auto i = static_cast<std::size_t>(tmpl.choice.index);
    double holds = 0;
    if (tmpl.choice.source == PieceSource::field) {
      holds = ctx.facts && i < ctx.facts->numbers.size() ? ctx.facts->numbers[i] : 0;
    } else if (tmpl.choice.index >= 0) {
      holds = ctx.slots[i];
    }
    render_template(tmpl.branches[holds != 0 ? 0 : 1], ctx, out);
    return;
  }
  const std::size_t start = out.size();
  for (const auto& piece : tmpl.pieces) {
    switch (piece.source) {
      case PieceSource::literal: out += piece.literal; break;
      case PieceSource::slot: append_piece(piece, ctx.slots[piece.index], ctx, start, out); break;
      case PieceSource::field: {
        auto i = static_cast<std::size_t>(piece.index);
        if (piece.type.kind == TypeKind::text) {
          out += i < ctx.facts->texts.size() ? ctx.facts->texts[i] : unknown_text();
        } else {
          append_piece(piece, i < ctx.facts->numbers.size() ? ctx.facts->numbers[i] : 0, ctx, start, out);
        }
        break;
      }
    }
  }
}

}  // namespace rubric
