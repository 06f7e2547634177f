// What a rubric says about each offer field besides its type: the comments written at its declaration
// and the declarations (by label) that read it, for schema descriptions and skeleton offers.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include <rubric/engine.hpp>

namespace rubric::authoring {

/// The notes of one declared offer field.
struct FieldNotes {
  std::string comment;               // the comment on its line or the comment lines just above it
  std::vector<std::string> readers;  // "Compensation (criterion pay)", in rubric order
};

/// Returns the notes of every declared field, in declaration order (OfferSchema::fields order).
std::vector<FieldNotes> field_notes(const CompiledRubric& rubric);

/// Describes what a value of the field's type looks like in an offer file ("money: a number, e.g. 182000").
std::string type_description(const FieldSpec& field);

/// Returns a field's default as the JSON value an offer file would hold (percent in percent points).
nlohmann::ordered_json default_json(const FieldSpec& field);

}  // namespace rubric::authoring
