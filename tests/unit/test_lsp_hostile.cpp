// Hostile messages from an editor that once crashed `rubric lsp` (issue 15). Params nested 200,000 levels
// deep (found by trying) overflowed the stack, because copying an nlohmann value recurses once per level: a
// message nested deeper than kMaxMessageDepth is now an invalid request. A didOpen without "text" (found by
// fuzz_lsp) left a document with no source behind, and the next request on it read through a null pointer.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "rubric/lsp/frame.hpp"
#include "rubric/lsp/server.hpp"

namespace {

std::string nested(int depth) { return std::string(depth, '[') + std::string(depth, ']'); }

// Returns the answers of a session that initialised, then received `body`.
std::vector<rubric::lsp::json> answer(const std::string& body) {
  std::ostringstream log;
  rubric::lsp::Server server(log);
  server.handle(R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{}})");
  return server.handle(body);
}

}  // namespace

TEST_CASE("lsp: params nested 200,000 deep are an invalid request, not a crash", "[lsp][limits]") {
  for (const char* method : {"textDocument/hover", "no/such"}) {
    auto out = answer(std::string(R"({"jsonrpc":"2.0","id":2,"method":")") + method + R"(","params":)" +
                      nested(200000) + "}");
    REQUIRE(out.size() == 1);
    CHECK(out[0]["id"] == 2);
    CHECK(out[0]["error"]["code"] == -32600);
    CHECK(out[0]["error"]["message"] == "the message is nested more than 64 levels deep");
  }
  // A notification gets no answer, and does not crash either.
  CHECK(answer(R"({"jsonrpc":"2.0","method":"textDocument/didOpen","params":)" + nested(200000) + "}").empty());
}

TEST_CASE("lsp: a message just past its depth limit is refused, one at the limit is handled", "[lsp][limits]") {
  // The message object is level 1, params level 2: params holding 62 arrays reach 64 levels.
  auto at_limit = answer(R"({"jsonrpc":"2.0","id":3,"method":"no/such","params":)" + nested(63) + "}");
  REQUIRE(at_limit.size() == 1);
  CHECK(at_limit[0]["error"]["code"] == -32601);
  auto past = answer(R"({"jsonrpc":"2.0","id":4,"method":"no/such","params":)" + nested(64) + "}");
  REQUIRE(past.size() == 1);
  CHECK(past[0]["error"]["code"] == -32600);
}

TEST_CASE("lsp: an id nested past the limit is answered with a null id", "[lsp][limits]") {
  auto out = answer(R"({"jsonrpc":"2.0","id":)" + nested(100000) + R"(,"method":"shutdown"})");
  REQUIRE(out.size() == 1);
  CHECK(out[0]["id"].is_null());
  CHECK(out[0]["error"]["code"] == -32600);
}

TEST_CASE("lsp: a didOpen without text opens nothing; requests on it say it is not open", "[lsp]") {
  std::ostringstream log;
  rubric::lsp::Server server(log);
  server.handle(R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{}})");
  CHECK(server
            .handle(R"({"jsonrpc":"2.0","method":"textDocument/didOpen",
      "params":{"textDocument":{"uri":"file:///r.rubric","languageId":"rubric","version":1," text":"x"}}})")
            .empty());
  for (const char* method : {"textDocument/hover", "textDocument/documentSymbol", "textDocument/formatting"}) {
    auto out = server.handle(
        std::string(R"({"jsonrpc":"2.0","id":2,"method":")") + method +
        R"(","params":{"textDocument":{"uri":"file:///r.rubric"},"position":{"line":0,"character":0}}})");
    REQUIRE(out.size() == 1);
    CHECK(out[0]["error"]["code"] == -32602);
    CHECK(out[0]["error"]["message"] == "file:///r.rubric is not open");
  }
  auto changed = server.handle(R"({"jsonrpc":"2.0","method":"textDocument/didChange",
      "params":{"textDocument":{"uri":"file:///r.rubric"},"contentChanges":[{"text":"rubric \"T\"\n"}]}})");
  CHECK(changed.empty());
}

TEST_CASE("lsp frames: a body one byte over the size limit is refused before it is read", "[lsp][limits]") {
  std::istringstream in("Content-Length: " + std::to_string(rubric::lsp::kMaxMessageBytes + 1) + "\r\n\r\n{}");
  rubric::lsp::FrameReader reader(in);
  rubric::lsp::Frame frame = reader.next();
  REQUIRE(frame.kind == rubric::lsp::Frame::Kind::problem);
  CHECK(frame.text.find("exceeds the limit") != std::string::npos);
}
