// Draft templates: the built-in one, loading and checking others, and rendering
// with kainjow mustache. Templates render plain text: no HTML escaping, and no
// partials (a partial would look its name up in the data, so an offer's company
// name could otherwise be rendered as a template, recursively).
#include <fmt/format.h>
#include <kainjow/mustache.hpp>

#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <vector>

#include <rubric/diagnostic.hpp>
#include <rubric/draft.hpp>
#include <rubric/engine.hpp>
#include "rubric/base/source_text.hpp"
#include "rubric/draft/draft_phrasing.hpp"

namespace rubric {

namespace {

namespace mustache = kainjow::mustache;
using nlohmann::json;

// The built-in template's text, generated at build time from rules/templates/negotiation.mustache.
constexpr std::string_view kDefaultTemplate =
#include "rubric_generated/negotiation_mustache.inc"
    ;

// kainjow parses iteratively but checks and renders sections recursively, one stack
// frame per nesting level; bounding the depth before it parses keeps a hostile
// template from overflowing the stack. Hand-written templates nest two or three deep.
constexpr int kMaxSectionDepth = 64;

// A template is a short hand-written file; a larger one is a mistake (a data file passed by accident).
constexpr std::uintmax_t kMaxTemplateBytes = 1024u * 1024u;

// Builds a template error located at byte `offset` of its text.
std::string template_error(const std::string& name, const std::string& text, std::size_t offset, std::string message) {
  SourceFile file(name, text);
  Diagnostic diagnostic;
  diagnostic.range.begin = file.position_at(std::min(offset, text.size()));
  diagnostic.range.end = diagnostic.range.begin;
  diagnostic.message = std::move(message);
  std::string out = format_diagnostic(file, diagnostic);
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

// A problem found in a template's structure, at a byte offset.
struct StructureError {
  std::size_t offset = 0;
  std::string message;
};

std::string trimmed(const std::string& text) {
  auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// Checks tags and sections the way kainjow reads them (including set-delimiter tags), before kainjow
// parses: sections must close in order and nest at most kMaxSectionDepth deep. Messages name the
// section and where it opened, which kainjow's own messages do not.
std::optional<StructureError> check_structure(const std::string& text) {
  std::string open = "{{", close = "}}";
  std::vector<std::pair<std::string, std::size_t>> sections;  // name, offset of the opening tag
  SourceFile file("", text);
  std::size_t at = 0;
  while ((at = text.find(open, at)) != std::string::npos) {
    std::size_t start = at + open.size();
    bool triple = open == "{{" && start < text.size() && text[start] == '{';
    std::string end_delimiter = triple ? "}}}" : close;
    std::size_t end = text.find(end_delimiter, start + (triple ? 1 : 0));
    if (end == std::string::npos) {
      return StructureError{at, fmt::format("'{}' is never closed by '{}'", open, end_delimiter)};
    }
    std::string contents = trimmed(text.substr(start + (triple ? 1 : 0), end - start - (triple ? 1 : 0)));
    char kind = triple || contents.empty() ? '\0' : contents[0];
    std::string name = kind == '\0' ? contents : trimmed(contents.substr(1));
    if (kind == '#' || kind == '^') {
      if (sections.size() >= static_cast<std::size_t>(kMaxSectionDepth)) {
        return StructureError{at, fmt::format("sections nest more than {} levels deep", kMaxSectionDepth)};
      }
      sections.emplace_back(name, at);
    } else if (kind == '/') {
      std::string tag = open + "/" + name + close;
      if (sections.empty()) return StructureError{at, fmt::format("'{}' closes a section that is not open", tag)};
      if (sections.back().first != name) {
        return StructureError{at, fmt::format("'{}' does not close section '{}' (opened at line {})", tag,
                                              sections.back().first, file.position_at(sections.back().second).line)};
      }
      sections.pop_back();
    } else if (kind == '=') {
      std::istringstream parts(trimmed(contents.substr(1, contents.size() - (contents.back() == '=' ? 2 : 1))));
      std::string new_open, new_close;
      if (!(parts >> new_open >> new_close)) return std::nullopt;  // kainjow reports the bad delimiter tag
      open = new_open;
      close = new_close;
    }
    at = end + end_delimiter.size();
  }
  if (!sections.empty()) {
    return StructureError{sections.back().second,
                          fmt::format("section '{}' is never closed (no '{}/{}{}')", sections.back().first, open,
                                      sections.back().first, close)};
  }
  return std::nullopt;
}

// Rewrites kainjow's "Unclosed section \"x\" at 12" as our message and offset.
std::pair<std::string, std::size_t> translate_error(const std::string& raw) {
  std::size_t offset = 0;
  std::string message = raw;
  auto at = raw.rfind(" at ");
  if (at != std::string::npos && raw.find_first_not_of("0123456789", at + 4) == std::string::npos) {
    offset = std::stoull(raw.substr(at + 4));
    message = raw.substr(0, at);
  }
  for (auto& c : message) {
    if (c == '"') c = '\'';
  }
  if (!message.empty()) message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
  if (message.rfind("unclosed tag", 0) == 0) message += ": no closing '}}'";
  if (message.rfind("unclosed section", 0) == 0) message += " (or closed by a tag with another name)";
  if (message.rfind("unopened section", 0) == 0) message += ": a closing tag without its opening tag";
  return {message, offset};
}

// Converts the context into kainjow's data (strings, bools, lists, objects; numbers become text).
mustache::data to_data(const json& value) {
  switch (value.type()) {
    case json::value_t::object: {
      mustache::data out = mustache::data::type::object;
      for (const auto& [key, item] : value.items()) out.set(key, to_data(item));
      return out;
    }
    case json::value_t::array: {
      mustache::data out = mustache::data::type::list;
      for (const auto& item : value) out.push_back(to_data(item));
      return out;
    }
    case json::value_t::string: return mustache::data(value.get<std::string>());
    case json::value_t::boolean: return mustache::data(value.get<bool>());
    case json::value_t::null: return mustache::data(false);
    default: return mustache::data(value.dump());
  }
}

// Removes blank lines at the start, collapses runs of blank lines into one, ends with one newline, and drops
// the period a template puts after a value that already ends a sentence ("Driftwood Health, Inc.." -> "Inc.").
// kainjow leaves an empty line where a skipped section stood on lines of its own, so templates
// could not otherwise lay out optional paragraphs cleanly.
std::string tidy_body(const std::string& body) {
  std::string out;
  std::size_t blank_run = 0;
  std::istringstream lines(body);
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    bool blank = line.find_first_not_of(" \t") == std::string::npos;
    blank_run = blank ? blank_run + 1 : 0;
    if (blank && (out.empty() || blank_run > 1)) continue;
    out += blank ? std::string() : draft_detail::drop_doubled_periods(line);
    out += '\n';
  }
  while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
  return out;
}

// A rendering context that knows no partials: `{{> name}}` renders nothing.
class NoPartials : public mustache::context<std::string> {
 public:
  using mustache::context<std::string>::context;
  const mustache::data* get_partial(const std::string&) const override { return nullptr; }
};

}  // namespace

DraftTemplate default_draft_template() {
  return DraftTemplate{"<built-in negotiation.mustache>", std::string(kDefaultTemplate)};
}

TemplateLoad make_draft_template(std::string name, std::string text) {
  TemplateLoad out;
  if (auto problem = check_structure(text)) {
    out.error = template_error(name, text, problem->offset, problem->message);
    return out;
  }
  try {
    mustache::mustache parsed(text);
    if (!parsed.is_valid()) {
      auto [message, offset] = translate_error(parsed.error_message());
      out.error = template_error(name, text, offset, message);
      return out;
    }
  } catch (const std::exception& e) {
    out.error = template_error(name, text, text.size(), fmt::format("template does not parse: {}", e.what()));
    return out;
  }
  out.draft_template = DraftTemplate{std::move(name), std::move(text)};
  return out;
}

TemplateLoad load_draft_template(const std::string& path) {
  TemplateLoad out;
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::is_regular_file(status)) {
    out.error = fmt::format("{}: error: {}", path,
                            std::filesystem::exists(status) ? "not a file, expected a Mustache template"
                                                            : "no such file (the draft template)");
    return out;
  }
  if (std::filesystem::file_size(path, ec) > kMaxTemplateBytes && !ec) {
    out.error = fmt::format("{}: error: template is larger than {} bytes", path, kMaxTemplateBytes);
    return out;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) {
    out.error = fmt::format("{}: error: cannot read the file", path);
    return out;
  }
  std::string body = std::move(text).str();
  strip_byte_order_mark(body);  // Windows editors write one; it would start every draft
  return make_draft_template(path, std::move(body));
}

TemplateLoad select_draft_template(const CompiledRubric& rubric, const std::string& override_path) {
  if (!override_path.empty()) return load_draft_template(override_path);
  const RubricOutline& outline = rubric.outline();
  if (outline.draft_template.empty()) {
    return make_draft_template(default_draft_template().name, default_draft_template().text);
  }
  std::filesystem::path path = outline.draft_template;
  if (path.is_relative()) path = std::filesystem::path(rubric.source().name()).parent_path() / path;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    Diagnostic diagnostic;
    diagnostic.range = outline.draft_template_range;
    diagnostic.message = fmt::format("draft template '{}' not found (looked for '{}')", outline.draft_template,
                                     path.lexically_normal().string());
    TemplateLoad out;
    out.error = format_diagnostic(rubric.source(), diagnostic);
    while (!out.error.empty() && out.error.back() == '\n') out.error.pop_back();
    return out;
  }
  return load_draft_template(path.lexically_normal().string());
}

std::string render_draft_body(const DraftTemplate& draft_template, const json& context, std::string& error) {
  mustache::mustache parsed(draft_template.text);
  if (!parsed.is_valid()) {
    error = fmt::format("{}: error: {}", draft_template.name, parsed.error_message());
    return {};
  }
  parsed.set_custom_escape([](const std::string& text) { return text; });
  mustache::data data = to_data(context);
  NoPartials scope(&data);
  std::string body = parsed.render(scope);
  if (!parsed.is_valid()) {
    error = fmt::format("{}: error: {}", draft_template.name, parsed.error_message());
    return {};
  }
  return tidy_body(body);
}

}  // namespace rubric
