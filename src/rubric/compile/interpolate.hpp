// Interpolated strings (labels, `because`) compiled once into pieces and
// rendered per offer, plus the fast value renderers the evaluator uses.
// Every renderer here gives byte for byte what render.hpp gives.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <rubric/facts.hpp>
#include <rubric/render.hpp>
#include <rubric/types.hpp>
#include "rubric/syntax/ast.hpp"

namespace rubric {

/// Where an interpolated piece takes its value from.
enum class PieceSource : std::uint8_t { literal, field, slot };

/// Names a piece source, for debugging.
std::string_view to_string(PieceSource source);

/// One piece of a compiled template: literal text or a value to render.
struct TemplatePiece {
  PieceSource source = PieceSource::literal;
  std::string literal;  // for literal pieces
  int index = -1;       // field index or evaluation slot
  Type type;            // how the value renders
  bool count = false;   // in prose, spelled out when it renders as 0 to 9 (a plain count standing as a word)
};

/// A compiled interpolated string; constant when it references nothing.
struct Template {
  std::vector<TemplatePiece> pieces;
  std::string constant;  // the whole text when is_constant
  bool is_constant = true;
  // `because if C then "A" else "B"`: C is the field or slot `choice`, and branches hold A then B.
  TemplatePiece choice;
  std::vector<Template> branches;
};

/// Everything rendering needs to turn a value into text for one offer.
struct RenderContext {
  const Facts* facts = nullptr;
  const double* slots = nullptr;
  const std::vector<std::vector<std::string>>* enums = nullptr;  // CheckResult::enums
  const std::vector<std::string>* strings = nullptr;             // the plan's text constants
  TextStyle style = TextStyle::plain;                            // prose: small counts in words (email text)
  bool capitalise = false;  // a count word that opens the text starts with a capital (labels, not reasons)
};

/// Where each kind of declaration keeps its per-offer value: lets, criteria, flags, confirms, asks, total.
struct SlotLayout {
  int lets = 0;  // first slot of each kind
  int criteria = 0;
  int flags = 0;
  int confirms = 0;
  int asks = 0;
  int total = 0;
  int count = 0;  // number of slots

  /// Returns the slot of a let, criterion, flag, confirm, ask or `total`; -1 for anything else.
  int slot_of(const ast::Symbol& symbol) const;
};

/// Compiles a checked Text (its pieces) into a template.
Template compile_template(const ast::Text& text, const SlotLayout& layout);

/// Marks the value pieces prose may spell out (TemplatePiece::count): plain numbers from a fact or a let
/// that stand alone as a word (docs/drafts.md, "Punctuation and numbers"). `symbols` gives each piece's kind.
void mark_counts(std::vector<TemplatePiece>& pieces, const std::vector<SymbolKind>& symbols);

/// Appends a template rendered for one offer to `out`.
void render_template(const Template& tmpl, const RenderContext& ctx, std::string& out);

/// Appends a value of static type `type` (number kinds, bool, enumeration, text handle) to `out`.
void append_typed(double value, const Type& type, const RenderContext& ctx, std::string& out);

/// Appends a number rendered per its kind, exactly as render_value() would.
void append_value(double value, TypeKind kind, std::string& out);

/// Appends money exactly as render_money() would: "255,200", "7.80".
void append_money(double value, std::string& out);

/// Appends a percentage exactly as render_percent() would: "52.2%".
void append_percent(double fraction, std::string& out);

/// Appends a plain number exactly as render_number() would: "3.67".
void append_number(double value, std::string& out);

/// Encodes a text constant's index as a runtime value (fields use their own index, constants are negative).
constexpr double text_constant_handle(int string_index) { return -1.0 - string_index; }

/// Returns the text a runtime text value names: a field's text or a plan constant.
const std::string& text_of(double handle, const RenderContext& ctx);

}  // namespace rubric
