// Helpers for the offer reader's tests: hand-built schemas and padded documents.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rubric/input/inputs.hpp"

namespace rubric::test {

/// Returns a declared field; `required` false means it has the given default.
inline FieldSpec field(std::string path, TypeKind kind, bool required = true, double default_number = 0,
                       std::string default_text = {}) {
  FieldSpec spec;
  spec.path = path;
  std::size_t start = 0;
  for (;;) {
    std::size_t dot = path.find('.', start);
    spec.segments.push_back(path.substr(start, dot - start));
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  spec.kind = kind;
  spec.required = required;
  spec.default_number = default_number;
  spec.default_text = std::move(default_text);
  return spec;
}

/// Returns a declared enumeration field.
inline FieldSpec enum_field(std::string path, std::vector<std::string> members, bool required = true,
                            double default_index = 0) {
  FieldSpec spec = field(std::move(path), TypeKind::enumeration, required, default_index);
  spec.members = std::move(members);
  return spec;
}

/// Reads JSON texts with one reader, the way the engine does: padded documents, reused Facts.
class Reading {
 public:
  explicit Reading(OfferSchema schema) : schema_(std::move(schema)), reader_(schema_) {}

  /// Reads `json` as one document and returns the facts.
  const Facts& read(std::string_view json, std::string fallback_id = "fallback", std::size_t ordinal = 0) {
    storage_.assign(json);
    // Hostile padding: closing braces right after the document must not be read as part of it.
    storage_.append(kJsonPadding, '}');
    InputDocument doc;
    doc.source = "offers/" + fallback_id + ".json";
    doc.fallback_id = std::move(fallback_id);
    doc.ordinal = ordinal;
    doc.json = std::string_view(storage_.data(), json.size());
    reader_.read(doc, facts_);
    return facts_;
  }

  /// Reads a document that could not be read at all.
  const Facts& read_failed(std::string error) {
    InputDocument doc;
    doc.source = "big.jsonl:7";
    doc.fallback_id = "line-7";
    doc.error = std::move(error);
    reader_.read(doc, facts_);
    return facts_;
  }

  /// Returns the field index of `path`.
  std::size_t index(std::string_view path) const {
    for (std::size_t i = 0; i < schema_.fields.size(); ++i) {
      if (schema_.fields[i].path == path) return i;
    }
    return schema_.fields.size();
  }

 private:
  OfferSchema schema_;
  OfferReader reader_;
  Facts facts_;
  std::string storage_;
};

/// Returns every error message of `facts`, for readable assertions.
inline std::vector<std::string> messages(const Facts& facts) {
  std::vector<std::string> out;
  for (const auto& e : facts.errors) out.push_back(e.message);
  return out;
}

/// The schema most reader tests use: a small offer with every kind of field.
inline OfferSchema offer_schema() {
  OfferSchema s;
  s.fields.push_back(field("comp.base", TypeKind::money));
  s.fields.push_back(field("comp.bonus_pct", TypeKind::percent, false, 0.05));
  s.fields.push_back(enum_field("scope.level", {"team", "multi-team", "org"}));
  s.fields.push_back(field("team.size", TypeKind::number));
  s.fields.push_back(field("promotion.ladder_published", TypeKind::boolean, false, 1));
  s.fields.push_back(field("notes", TypeKind::text, false, 0, "none"));
  s.fields.push_back(enum_field("company_info.stage", {"seed", "public"}, false, 1));
  return s;
}

}  // namespace rubric::test
