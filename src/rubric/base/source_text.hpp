// Text as editors save it, made ready for the parser and the template engine (docs/language.md section 2).
#pragma once

#include <string>

namespace rubric {

/// Removes a leading UTF-8 byte order mark (EF BB BF), which Windows editors write and users never see.
void strip_byte_order_mark(std::string& text);

/// Prepares rubric text for parsing: strips a leading byte order mark and reads each lone CR (the classic
/// Mac line ending) as LF, so comments end and lines count as the editor shows them. CRLF stays as it is;
/// byte offsets after the mark are unchanged.
void prepare_rubric_text(std::string& text);

}  // namespace rubric
