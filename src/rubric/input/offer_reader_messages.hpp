// The words of the offer reader's error messages: what was expected, what was found, where.
#pragma once

#include <simdjson.h>

#include <string>
#include <string_view>

#include <rubric/facts.hpp>

namespace rubric::offer_reader {

/// Describes what a field accepts: "money (a number)", "one of \"team\", \"org\"".
std::string expected_phrase(const FieldSpec& spec);

/// Names a field's type for a missing-field message: "number", "one of \"team\", \"org\"".
std::string type_phrase(const FieldSpec& spec);

/// Quotes a string value as JSON would, cut to a readable length: "\"182k\"".
std::string quoted(std::string_view text);

/// Shows a raw JSON token (a number as written), cut to a readable length.
std::string shown_token(std::string_view raw);

/// Describes where `at` lies in `json`: " (at column 7)" or " (at line 3, column 7)"; empty when unknown.
std::string describe_position(std::string_view json, const char* at);

/// Returns simdjson's message for `error` in this project's style: lower case, no final period.
std::string simdjson_message(simdjson::error_code error);

/// Returns true when `raw` (trailing whitespace allowed) is a number as the JSON grammar spells it.
bool is_json_number(std::string_view raw);

}  // namespace rubric::offer_reader
