// The language server's framing and session, in process: garbage in the stream is reported and skipped,
// the next message is still read; the session answers every request. tests/editors/test_lsp.py drives the
// binary through pipes for the features.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "rubric/lsp/frame.hpp"
#include "rubric/lsp/server.hpp"

namespace {

using rubric::lsp::Frame;
using rubric::lsp::FrameReader;

std::string framed(const std::string& body) {
  return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

}  // namespace

TEST_CASE("lsp frames: bodies are read whole, with other headers and blank lines between them", "[lsp]") {
  std::istringstream in(framed("{\"a\":1}") + "\r\n" + "Content-Type: application/vscode-jsonrpc\r\n" + framed("[]"));
  FrameReader reader(in);
  Frame first = reader.next();
  REQUIRE(first.kind == Frame::Kind::body);
  CHECK(first.text == "{\"a\":1}");
  Frame second = reader.next();
  REQUIRE(second.kind == Frame::Kind::body);
  CHECK(second.text == "[]");
  CHECK(reader.next().kind == Frame::Kind::end);
}

TEST_CASE("lsp frames: garbage, bad and huge lengths are reported, then the next frame is read", "[lsp]") {
  std::istringstream in("Content-Length: x\r\n\r\n"
                        "Content-Length: 99999999999999\r\n\r\n{}" +
                        framed("one") + "no newline at all" + framed("two") + std::string(100000, 'z') + "\n" +
                        framed("three"));
  FrameReader reader(in);
  Frame bad = reader.next();
  REQUIRE(bad.kind == Frame::Kind::problem);
  CHECK(bad.text == "Content-Length is not a number");
  Frame huge = reader.next();
  REQUIRE(huge.kind == Frame::Kind::problem);
  CHECK(huge.text.find("exceeds the limit") != std::string::npos);
  // `{}` runs into the next header; the header is found inside the line.
  Frame one = reader.next();
  REQUIRE(one.kind == Frame::Kind::body);
  CHECK(one.text == "one");
  Frame two = reader.next();
  REQUIRE(two.kind == Frame::Kind::body);
  CHECK(two.text == "two");
  CHECK(two.skipped == "skipped 17 bytes of garbage before a header");
  Frame skipped = reader.next();  // a 100,000-byte line that is no header
  CHECK(skipped.kind == Frame::Kind::body);
  CHECK(skipped.text == "three");
  CHECK(reader.next().kind == Frame::Kind::end);
}

TEST_CASE("lsp frames: input that ends inside a body or a header is the end", "[lsp]") {
  std::istringstream body("Content-Length: 10\r\n\r\nabc");
  CHECK(FrameReader(body).next().kind == Frame::Kind::end);
  std::istringstream header("Content-Length: 10");
  CHECK(FrameReader(header).next().kind == Frame::Kind::end);
}

TEST_CASE("lsp session: every request is answered, whatever arrives", "[lsp]") {
  std::ostringstream log;
  rubric::lsp::Server server(log);
  auto code = [&](const std::string& body) {
    auto out = server.handle(body);
    REQUIRE(out.size() == 1);
    return out[0]["error"]["code"].get<int>();
  };
  CHECK(code("{nope") == -32700);
  CHECK(code("42") == -32600);
  CHECK(code(R"({"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{}})") == -32002);
  auto init = server.handle(R"({"jsonrpc":"2.0","id":2,"method":"initialize","params":{"capabilities":{}}})");
  REQUIRE(init.size() == 1);
  CHECK(init[0]["result"]["capabilities"]["hoverProvider"] == true);
  CHECK(code(R"({"jsonrpc":"2.0","id":3,"method":"no/such"})") == -32601);
  CHECK(code(R"({"jsonrpc":"2.0","id":4,"method":"textDocument/hover","params":{"textDocument":1}})") == -32602);
  CHECK(code(R"({"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":{"textDocument":{"uri":"u"},
             "position":{"line":0,"character":0}}})") == -32602);
  CHECK(server.handle(R"({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{}})").empty());
  CHECK(server.handle(R"({"jsonrpc":"2.0","method":"unknown/notification"})").empty());
  auto shutdown = server.handle(R"({"jsonrpc":"2.0","id":6,"method":"shutdown"})");
  REQUIRE(shutdown.size() == 1);
  CHECK(shutdown[0]["result"].is_null());
  CHECK(code(R"({"jsonrpc":"2.0","id":7,"method":"textDocument/hover"})") == -32600);
  CHECK_FALSE(server.exited());
  server.handle(R"({"jsonrpc":"2.0","method":"exit"})");
  CHECK(server.exited());
  CHECK(server.exit_status() == 0);
}
