// `rubric schema`: the JSON Schema (draft 2020-12) of a rubric's offer files. Each declared field is its
// value or the evidence form {"value": V, "source": "..."} (a numeric one may add a range "low", "high");
// fields with a default may be absent or null; the metadata the reader picks up (id, company, role.title,
// contact.name, contact.email) are strings. Other keys are allowed, as the reader ignores them.
#include <fmt/format.h>

#include <algorithm>

#include <rubric/json_schema.hpp>
#include <rubric/money.hpp>
#include "rubric/authoring/field_notes.hpp"

namespace rubric {

namespace {

using Json = nlohmann::ordered_json;
using authoring::FieldNotes;

constexpr const char* kDraft = "https://json-schema.org/draft/2020-12/schema";

/// The metadata the reader picks up when they are strings (docs/design.md, "Offer files").
constexpr std::pair<const char*, const char*> kMetadata[] = {
    {"id", "names the offer in every output; the file name without .json when absent"},
    {"company", "the company, shown next to the offer's id"},
    {"role.title", "the role's title, shown in reports"},
    {"contact.name", "the recruiter's name, for negotiation drafts"},
    {"contact.email", "the recruiter's email address, for negotiation drafts"},
};

/// Returns the schema of a grant: 0 (no grant), restricted stock or options, with optional vesting.
Json grant_schema() {
  const Json number = {{"type", "number"}, {"minimum", 0}};
  const Json vesting = {{"type", "object"},
                        {"properties",
                         {{"years", {{"type", "integer"}, {"minimum", 1}}},
                          {"cliff_months", {{"type", "integer"}, {"minimum", 0}}},
                          {"schedule", {{"type", "array"}, {"items", number}}}}}};
  const Json grant = {{"type", "object"},
                      {"properties",
                       {{"rsu", number},
                        {"options", number},
                        {"strike", number},
                        {"price", number},
                        {"vesting", vesting},
                        {"currency", {{"$ref", "#/$defs/currency"}}},
                        {"source", {{"$ref", "#/$defs/source"}}}}},
                      {"oneOf", Json::array({{{"required", Json::array({"rsu"})}},
                                             {{"required", Json::array({"options", "strike", "price"})}}})}};
  return {{"anyOf", Json::array({{{"const", 0}}, grant})}};
}

Json value_schema(const FieldSpec& field) {
  switch (field.kind) {
    case TypeKind::boolean: return {{"type", "boolean"}};
    case TypeKind::text: return {{"type", "string"}};
    case TypeKind::enumeration: return {{"type", "string"}, {"enum", field.members}};
    case TypeKind::grant: return grant_schema();
    default: return {{"type", "number"}};
  }
}

std::string description(const FieldSpec& field, const FieldNotes& notes) {
  std::string out = notes.comment.empty() ? "" : notes.comment + ". ";
  out += authoring::type_description(field) + ". ";
  out += field.required ? "Required." : "Optional (default " + authoring::default_json(field).dump() + ").";
  if (!notes.readers.empty()) {
    out += " Read by: ";
    for (std::size_t i = 0; i < notes.readers.size(); ++i) out += (i ? ", " : "") + notes.readers[i];
    out += ".";
  }
  return out;
}

/// Adds the range form of a numeric fact, {"value": V, "low": L, "high": H} (docs/language.md, "Offer
/// files"): both bounds or neither, and a range needs a value (not null) for the normal run.
void add_range(Json& evidence, const Json& value, TypeKind kind) {
  const std::string unit = kind == TypeKind::percent ? ", in percent points like the value" : "";
  evidence["properties"]["low"] = {
      {"type", "number"},
      {"description",
       "the lowest value you think likely" + unit +
           "; only `rubric report` and `eval --robustness` draw from [low, high]; low <= value <= high"}};
  evidence["properties"]["high"] = {{"type", "number"},
                                    {"description", "the highest value you think likely" + unit + "; see low"}};
  evidence["dependentSchemas"] = {{"low", {{"required", Json::array({"high"})}, {"properties", {{"value", value}}}}},
                                  {"high", {{"required", Json::array({"low"})}}}};
}

Json field_schema(const FieldSpec& field, const FieldNotes& notes) {
  const Json value = value_schema(field);
  const Json null = {{"type", "null"}};  // null counts as absent: the default applies
  Json evidence = {{"type", "object"},
                   {"description", "the value with the evidence for it"},
                   {"properties",
                    {{"value", field.required ? value : Json{{"anyOf", Json::array({value, null})}}},
                     {"source", {{"$ref", "#/$defs/source"}}}}},
                   {"required", Json::array({"value"})}};
  if (field.kind == TypeKind::money) evidence["properties"]["currency"] = {{"$ref", "#/$defs/currency"}};
  if (is_numeric(field.kind)) add_range(evidence, value, field.kind);
  // A grant carries its own "source" and "currency": it has no {"value": ...} form.
  Json forms = field.kind == TypeKind::grant ? (field.required ? Json::array({value}) : Json::array({value, null}))
               : field.required              ? Json::array({value, evidence})
                                             : Json::array({value, null, evidence});
  Json out = {{"description", description(field, notes)}, {"anyOf", std::move(forms)}};
  if (!field.required) out["default"] = authoring::default_json(field);
  return out;
}

/// Returns the object schema at `segments` (all but the last), creating groups on the way.
Json& group(Json& root, const std::vector<std::string>& segments, bool required) {
  Json* node = &root;
  for (std::size_t i = 0; i + 1 < segments.size(); ++i) {
    // ordered_json keeps an object's members in a vector: adding "required" moves "properties", so the
    // reference to "properties" is taken only after it.
    if (required) {
      Json& list = (*node)["required"];
      if (std::find(list.begin(), list.end(), segments[i]) == list.end()) list.push_back(segments[i]);
    }
    Json& properties = (*node)["properties"];
    if (!properties.contains(segments[i]))
      properties[segments[i]] = {{"type", "object"}, {"properties", Json::object()}};
    node = &properties[segments[i]];
    if (!node->contains("properties")) return *node;  // a declared field, not a group: the caller checks
  }
  return *node;
}

void add_metadata(Json& root) {
  for (const auto& [path, what] : kMetadata) {
    std::vector<std::string> segments;
    for (std::string_view rest = path; !rest.empty();) {
      const auto dot = rest.find('.');
      segments.emplace_back(rest.substr(0, dot));
      rest = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
    }
    Json& node = group(root, segments, false);
    if (!node.contains("properties")) continue;  // a declared field already sits where the group would
    Json& properties = node["properties"];
    if (!properties.contains(segments.back()))
      properties[segments.back()] = {{"type", "string"}, {"description", std::string("Offer metadata: ") + what}};
  }
}

/// Returns the schema of a currency code: the rubric's own or one it declares a rate for (others are errors).
Json currency_schema(const Currencies& currencies) {
  Json codes = Json::array({std::string(currencies.base.view())});
  for (const auto& rate : currencies.rates) codes.push_back(std::string(rate.code.view()));
  return {{"type", "string"},
          {"enum", std::move(codes)},
          {"description", "a currency code: the rubric's currency or one its rates { } convert"}};
}

}  // namespace

std::string offer_json_schema(const CompiledRubric& rubric) {
  Json root = {{"$schema", kDraft},
               {"title", fmt::format("Offer file for the rubric \"{}\"", rubric.outline().title)},
               {"description", fmt::format("An offer to score with {}. Each fact is its value or "
                                           "{{\"value\": V, \"source\": \"where it comes from\"}}; "
                                           "other keys are ignored.",
                                           rubric.source().name())},
               {"type", "object"},
               {"properties", Json::object()}};
  const std::vector<FieldNotes> notes = authoring::field_notes(rubric);
  const auto& fields = rubric.schema().fields;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    Json& node = group(root, fields[i].segments, fields[i].required);
    if (!node.contains("properties")) continue;  // the checker rejects a field inside another field
    node["properties"][fields[i].segments.back()] = field_schema(fields[i], notes[i]);
    Json& required = node["required"];
    if (fields[i].required && std::find(required.begin(), required.end(), fields[i].segments.back()) == required.end())
      required.push_back(fields[i].segments.back());
    if (required.empty()) node.erase("required");
  }
  add_metadata(root);
  if (!root["properties"].contains("currency"))
    root["properties"]["currency"] = {{"$ref", "#/$defs/currency"},
                                      {"description", "the currency of every money fact and grant that names none; "
                                                      "the rubric's currency when absent"}};
  root["$defs"] = {
      {"source", {{"type", "string"}, {"description", "where the value comes from, e.g. \"offer letter\""}}},
      {"currency", currency_schema(rubric.schema().currencies)}};
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace rubric
