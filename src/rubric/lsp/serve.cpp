// serve_lsp: read frames, answer them, write the answers; problems in the stream are logged and answered.
#include <ostream>

#include <rubric/lsp.hpp>
#include "rubric/lsp/frame.hpp"
#include "rubric/lsp/server.hpp"

namespace rubric {

int serve_lsp(std::istream& in, std::ostream& out, std::ostream& log) {
  lsp::FrameReader reader(in);
  lsp::Server server(log);
  while (!server.exited()) {
    lsp::Frame frame = reader.next();
    if (frame.kind == lsp::Frame::Kind::end) break;
    if (frame.kind == lsp::Frame::Kind::problem) {
      log << "rubric lsp: " << frame.text << "\n";
      lsp::write_frame(out, lsp::error_response(nullptr, lsp::ErrorCode::invalid_request, frame.text).dump());
      continue;
    }
    if (!frame.skipped.empty()) log << "rubric lsp: " << frame.skipped << "\n";
    for (const auto& message : server.handle(frame.text)) {
      lsp::write_frame(out, message.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    }
    server.release_retired();
  }
  log.flush();
  return server.exit_status();
}

}  // namespace rubric
