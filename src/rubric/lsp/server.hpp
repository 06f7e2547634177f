// The LSP server's state machine: one JSON-RPC message in, the messages to send out.
#pragma once

#include <iosfwd>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "rubric/lsp/document.hpp"

namespace rubric::lsp {

/// JSON-RPC and LSP error codes.
enum class ErrorCode : int {
  parse_error = -32700,
  invalid_request = -32600,
  method_not_found = -32601,
  invalid_params = -32602,
  internal_error = -32603,
  server_not_initialized = -32002,
};

/// Thrown by a handler whose params name something that is not there (a document that is not open).
struct InvalidParams : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// Returns a JSON-RPC error response (id null when the request's id is unknown).
json error_response(const json& id, ErrorCode code, const std::string& message);

/// Holds the open documents and the lifecycle (initialize, shutdown, exit) of one session.
class Server {
 public:
  /// Logs what it cannot answer to `log`.
  explicit Server(std::ostream& log) : log_(log) {}
  /// Handles one message body; returns the responses and notifications to send, in order.
  std::vector<json> handle(const std::string& body);
  /// Frees what the last message replaced; call after its answers are sent.
  void release_retired();
  /// Returns true once `exit` arrived.
  bool exited() const { return exited_; }
  /// Returns the exit status: 0 when `shutdown` came before `exit`, else 1.
  int exit_status() const { return shutdown_ ? 0 : 1; }

 private:
  void handle_message(const json& message, std::vector<json>& out);
  void refuse_too_deep(const json& message, std::vector<json>& out);
  json request(const std::string& method, const json& params);
  void notification(const std::string& method, const json& params, std::vector<json>& out);
  json initialize(const json& params);
  Document& document(const json& params);
  void publish(const Document& doc, std::vector<json>& out) const;

  std::ostream& log_;
  std::map<std::string, Document> documents_;
  bool initialized_ = false;
  bool shutdown_ = false;
  bool exited_ = false;
  bool utf8_ = false;
};

}  // namespace rubric::lsp
