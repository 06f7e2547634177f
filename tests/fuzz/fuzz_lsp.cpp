// A byte stream from an editor -> Content-Length frames, each body handled by a language server session
// (initialize, didOpen/didChange with rubric text, hover, completion, ...), every answer serialised.
#include <sstream>

#include "fuzz_support.hpp"
#include "rubric/lsp/frame.hpp"
#include "rubric/lsp/server.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rubric;
  std::istringstream in(fuzz::text_of(data, size));
  std::ostringstream log, out;
  lsp::FrameReader reader(in);
  lsp::Server server(log);
  for (lsp::Frame frame = reader.next(); frame.kind != lsp::Frame::Kind::end && !server.exited();
       frame = reader.next()) {
    if (frame.kind != lsp::Frame::Kind::body) continue;
    for (const auto& answer : server.handle(frame.text)) lsp::write_frame(out, answer.dump());
    server.release_retired();
  }
  return 0;
}
