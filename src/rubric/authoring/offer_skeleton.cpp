// `rubric offer`: a skeleton offer file. Fields with a default hold it; required fields hold a
// placeholder string in the evidence form, so an offer with a placeholder left in fails to read.
#include <fmt/format.h>

#include <rubric/json_schema.hpp>
#include "rubric/authoring/field_notes.hpp"

namespace rubric {

namespace {

using Json = nlohmann::ordered_json;

std::string placeholder(const FieldSpec& field, const authoring::FieldNotes& notes) {
  std::string out = fmt::format("{}: {}", kPlaceholderPrefix, authoring::type_description(field));
  if (!notes.comment.empty()) out += " (" + notes.comment + ")";
  return out;
}

/// Returns the object at `segments` (all but the last), creating the groups on the way.
Json& group(Json& root, const std::vector<std::string>& segments) {
  Json* node = &root;
  for (std::size_t i = 0; i + 1 < segments.size(); ++i) {
    Json& child = (*node)[segments[i]];
    if (!child.is_object()) child = Json::object();
    node = &child;
  }
  return *node;
}

}  // namespace

std::string offer_skeleton(const CompiledRubric& rubric, const std::string& id) {
  Json root = Json::object();
  if (!id.empty()) root["id"] = id;
  root["company"] = std::string(kPlaceholderPrefix) + ": the company";
  const std::vector<authoring::FieldNotes> notes = authoring::field_notes(rubric);
  const auto& fields = rubric.schema().fields;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const FieldSpec& field = fields[i];
    Json& node = group(root, field.segments);
    if (field.required) {
      node[field.segments.back()] = {
          {"value", placeholder(field, notes[i])},
          {"source", std::string(kPlaceholderPrefix) + ": where this comes from (offer letter, recruiter call ...)"}};
    } else {
      node[field.segments.back()] = authoring::default_json(field);
    }
  }
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace rubric
