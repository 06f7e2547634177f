// Limits on what the offer reader accepts, shared by the input stream and the reader.
#pragma once

#include <cstddef>

namespace rubric {

/// The largest offer document, in bytes. Real offers are about 1 KiB; the bound keeps one runaway
/// line (a missing newline, a binary file) from holding the whole input in memory.
inline constexpr std::size_t kMaxDocumentBytes = 16u * 1024u * 1024u;

/// Names kMaxDocumentBytes in messages.
inline constexpr const char* kMaxDocumentText = "16 MiB";

/// The deepest nesting of JSON objects and arrays in an offer. Offers are 2-3 levels deep; the bound
/// keeps the reader's recursion (it validates values it does not use) to a small, fixed stack.
inline constexpr int kMaxJsonDepth = 64;

}  // namespace rubric
