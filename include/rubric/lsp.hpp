// The language server: rubric's checker behind the Language Server Protocol 3.17 (docs/editors.md).
#pragma once

#include <iosfwd>

namespace rubric {

/// Serves LSP over Content-Length framed JSON-RPC on `in` and `out` until `exit` or the end of `in`;
/// logs what it skips to `log` and returns the exit status (0 after shutdown then exit, else 1).
int serve_lsp(std::istream& in, std::ostream& out, std::ostream& log);

}  // namespace rubric
