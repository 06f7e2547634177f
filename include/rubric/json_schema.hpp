// What an offer file for a rubric looks like, for people and tools: a JSON Schema (draft 2020-12) that
// editors and validators check offer files against, and a skeleton offer file to fill in.
#pragma once

#include <string>
#include <string_view>

#include <rubric/engine.hpp>

namespace rubric {

/// Begins every placeholder of a skeleton offer: a string where a value belongs, so an offer whose
/// placeholders were not all filled fails to read with an error naming the field, never scores silently.
inline constexpr std::string_view kPlaceholderPrefix = "TODO";

/// Returns the JSON Schema (draft 2020-12) of `rubric`'s offer files, pretty-printed, ending in a newline.
std::string offer_json_schema(const CompiledRubric& rubric);

/// Returns a skeleton offer file for `rubric`: defaults filled in, required fields as placeholders with a
/// `source` to fill, nested as the paths nest; `id` is written when not empty.
std::string offer_skeleton(const CompiledRubric& rubric, const std::string& id);

}  // namespace rubric
