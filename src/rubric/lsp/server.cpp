// The LSP lifecycle and dispatch. Every request gets an answer: a result, or an error response when the
// request is malformed, unknown, early or fails; nothing a client sends ends the session but `exit`.
#include "rubric/lsp/server.hpp"

#include <fmt/format.h>

#include <ostream>

#include <rubric/format.hpp>
#include <rubric/version.hpp>
#include "rubric/lsp/features.hpp"

namespace rubric::lsp {

namespace {

// The deepest nesting of objects and arrays in a message (the message object is level 1). LSP messages are
// about 6 levels deep; copying or writing an nlohmann value recurses once per level, so params nested
// 200,000 deep overflowed the stack. The parser itself does not recurse, so a deeper message is read whole
// and answered with an error instead.
constexpr int kMaxMessageDepth = 64;

json capabilities(bool utf8) {
  return {{"positionEncoding", utf8 ? "utf-8" : "utf-16"},
          {"textDocumentSync", {{"openClose", true}, {"change", 1}}},  // 1: full text on every change
          {"hoverProvider", true},
          {"definitionProvider", true},
          {"referencesProvider", true},
          {"documentSymbolProvider", true},
          {"documentFormattingProvider", true},
          {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
          {"completionProvider", {{"triggerCharacters", {".", "\"", " "}}}},
          {"semanticTokensProvider", {{"legend", semantic_tokens_legend()}, {"full", true}}}};
}

json result_response(const json& id, json result) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}};
}

}  // namespace

json error_response(const json& id, ErrorCode code, const std::string& message) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", static_cast<int>(code)}, {"message", message}}}};
}

std::vector<json> Server::handle(const std::string& body) {
  std::vector<json> out;
  bool too_deep = false;
  auto depth = [&too_deep](int level, json::parse_event_t event, json&) {
    // `level` counts the containers around the one starting here: 0 for the message object.
    if ((event == json::parse_event_t::object_start || event == json::parse_event_t::array_start) &&
        level >= kMaxMessageDepth)
      too_deep = true;
    return true;
  };
  json message = json::parse(body, depth, false);
  if (message.is_discarded()) {
    log_ << "rubric lsp: a message is not valid JSON; answered with a parse error\n";
    out.push_back(error_response(nullptr, ErrorCode::parse_error, "the message is not valid JSON"));
    return out;
  }
  if (too_deep) {
    refuse_too_deep(message, out);
    return out;
  }
  handle_message(message, out);
  return out;
}

void Server::refuse_too_deep(const json& message, std::vector<json>& out) {
  const std::string problem = fmt::format("the message is nested more than {} levels deep", kMaxMessageDepth);
  log_ << "rubric lsp: " << problem << "\n";
  if (message.is_object() && !message.contains("id")) return;  // a notification: nobody waits for an answer
  const json* id = message.is_object() ? &message["id"] : nullptr;
  const bool usable = id && (id->is_number_integer() || id->is_string());
  out.push_back(error_response(usable ? *id : json(nullptr), ErrorCode::invalid_request, problem));
}

void Server::handle_message(const json& message, std::vector<json>& out) {
  const json* id = message.is_object() && message.contains("id") ? &message["id"] : nullptr;
  if (id && !id->is_number_integer() && !id->is_string()) id = nullptr;
  if (!message.is_object() || !message.contains("method") || !message["method"].is_string()) {
    if (message.is_object() && (message.contains("result") || message.contains("error"))) return;  // a response
    out.push_back(
        error_response(id ? *id : json(nullptr), ErrorCode::invalid_request, "a request needs a string \"method\""));
    return;
  }
  const std::string method = message["method"].get<std::string>();
  const json params = message.contains("params") ? message["params"] : json::object();
  try {
    if (!id) return notification(method, params, out);
    if (!initialized_ && method != "initialize") {
      out.push_back(error_response(*id, ErrorCode::server_not_initialized, "initialize comes first"));
    } else if (shutdown_) {
      out.push_back(error_response(*id, ErrorCode::invalid_request, "the server is shutting down"));
    } else {
      out.push_back(result_response(*id, request(method, params)));
    }
  } catch (const std::out_of_range& e) {  // not a known method
    if (id) out.push_back(error_response(*id, ErrorCode::method_not_found, e.what()));
  } catch (const InvalidParams& e) {
    log_ << "rubric lsp: " << method << ": " << e.what() << "\n";
    if (id) out.push_back(error_response(*id, ErrorCode::invalid_params, e.what()));
  } catch (const json::exception& e) {
    log_ << "rubric lsp: " << method << ": invalid params: " << e.what() << "\n";
    if (id) out.push_back(error_response(*id, ErrorCode::invalid_params, e.what()));
  } catch (const std::exception& e) {
    log_ << "rubric lsp: " << method << ": " << e.what() << "\n";
    if (id) out.push_back(error_response(*id, ErrorCode::internal_error, e.what()));
  }
}

json Server::initialize(const json& params) {
  if (initialized_) throw std::invalid_argument("initialize was already called");
  initialized_ = true;
  const json encodings = params.value("/capabilities/general/positionEncodings"_json_pointer, json::array());
  for (const auto& e : encodings) utf8_ = utf8_ || e == "utf-8";
  return {{"capabilities", capabilities(utf8_)}, {"serverInfo", {{"name", "rubric"}, {"version", RUBRIC_VERSION}}}};
}

Document& Server::document(const json& params) {
  const std::string uri = params.at("textDocument").at("uri").get<std::string>();
  auto it = documents_.find(uri);
  if (it == documents_.end()) throw InvalidParams(fmt::format("{} is not open", uri));
  return it->second;
}

json Server::request(const std::string& method, const json& params) {
  if (method == "initialize") return initialize(params);
  if (method == "shutdown") {
    shutdown_ = true;
    return nullptr;
  }
  if (method == "textDocument/formatting") {
    // `rubric fmt`'s layout as one edit over the whole text; none when it is formatted or does not parse.
    Document& doc = document(params);
    const FormatResult formatted = format_rubric(doc.source);
    if (!formatted.text || *formatted.text == doc.source->text()) return json::array();
    PositionMap map(*doc.source, utf8_);
    const json range = {{"start", map.position(0)}, {"end", map.position(doc.source->text().size())}};
    return json::array({{{"range", range}, {"newText", *formatted.text}}});
  }
  if (method == "textDocument/documentSymbol" || method == "textDocument/semanticTokens/full") {
    Document& doc = document(params);
    PositionMap map(*doc.source, utf8_);
    return method == "textDocument/documentSymbol" ? document_symbols(doc, map) : semantic_tokens(doc, map);
  }
  using Feature = json (*)(const Document&, const PositionMap&, const json&);
  static const std::map<std::string, Feature> features = {
      {"textDocument/hover", hover},
      {"textDocument/definition", definition},
      {"textDocument/references", references},
      {"textDocument/completion", completion},
      {"textDocument/codeAction", code_actions},
  };
  auto it = features.find(method);
  if (it == features.end()) throw std::out_of_range(fmt::format("unknown method {}", method));
  Document& doc = document(params);
  return it->second(doc, PositionMap(*doc.source, utf8_), params);
}

void Server::notification(const std::string& method, const json& params, std::vector<json>& out) {
  if (method == "exit") {
    exited_ = true;
    return;
  }
  if (!initialized_ || shutdown_) return;  // notifications before initialize are dropped (LSP 3.17)
  if (method == "textDocument/didOpen") {
    const json& item = params.at("textDocument");
    // Both read before the document exists: a didOpen without them must not leave one with no source.
    std::string uri = item.at("uri").get<std::string>();
    std::string text = item.at("text").get<std::string>();
    Document& doc = documents_[uri];
    doc.uri = std::move(uri);
    analyze(doc, std::move(text));
    publish(doc, out);
  } else if (method == "textDocument/didChange") {
    Document& doc = document(params);
    const json& changes = params.at("contentChanges");
    if (changes.empty()) return;
    analyze(doc, changes.back().at("text").get<std::string>());  // full sync: the last change is the text
    publish(doc, out);
  } else if (method == "textDocument/didClose") {
    const std::string uri = params.at("textDocument").at("uri").get<std::string>();
    if (documents_.erase(uri)) {
      out.push_back({{"jsonrpc", "2.0"},
                     {"method", "textDocument/publishDiagnostics"},
                     {"params", {{"uri", uri}, {"diagnostics", json::array()}}}});
    }
  }
  // Other notifications (initialized, $/cancelRequest, didSave, ...) need nothing.
}

void Server::release_retired() {
  for (auto& [uri, doc] : documents_) doc.retired.clear();
}

void Server::publish(const Document& doc, std::vector<json>& out) const {
  out.push_back({{"jsonrpc", "2.0"},
                 {"method", "textDocument/publishDiagnostics"},
                 {"params", diagnostics_params(doc, PositionMap(*doc.source, utf8_))}});
}

}  // namespace rubric::lsp
