// Quick looks at a document before it is read as an offer: is a line of standard input the start of one
// pretty-printed JSON document, and is a file in an offers folder a candidate profile instead of an offer.
#pragma once

#include <string_view>

namespace rubric {

/// Returns true when `line` opens an object or array it does not close (a pretty-printed document).
bool opens_multiline_document(std::string_view line);

/// Returns true when `json` is an object with a top-level "achievements" key: what `rubric draft
/// --profile` reads (docs/drafts.md), never an offer.
bool looks_like_profile(std::string_view json);

}  // namespace rubric
