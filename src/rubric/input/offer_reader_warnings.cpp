#include "rubric/input/offer_reader_warnings.hpp"

#include <array>

#include <rubric/suggest.hpp>

namespace rubric::offer_reader {

namespace {

// Top-level keys that describe the offer rather than score it (docs/language.md, "Offer files"): never
// reported, whatever the rubric declares. `currency` names the unit of the money fields.
constexpr std::array<std::string_view, 5> kMetadataKeys = {"id", "company", "role", "contact", "currency"};

// Past this many distinct unknown paths, a reader stops remembering suggestions (memory stays flat on
// a generated batch where every offer has its own stray key); suggestions are still given.
constexpr std::size_t kMaxRememberedHints = 4096;

/// Returns "a.b" for the trie path "$.a.b".
std::string_view dotted(const std::string& trie_path) {
  return trie_path.size() > 2 ? std::string_view(trie_path).substr(2) : std::string_view();
}

bool covers(const std::string& ignored, std::string_view path) {
  if (path.size() < ignored.size()) {  // a key on the way to an ignored path: its object is not judged
    return ignored.compare(0, path.size(), path) == 0 && ignored[path.size()] == '.';
  }
  return path.compare(0, ignored.size(), ignored) == 0 &&
         (path.size() == ignored.size() || path[ignored.size()] == '.');
}

}  // namespace

KeyWarnings::KeyWarnings(const OfferSchema& schema, const PathTrie& trie) : ignored_(schema.ignored) {
  for (std::size_t i = 1; i < trie.size(); ++i) {
    const PathNode& node = trie.node(static_cast<int>(i));
    if (node.field >= 0 || !node.fields_below.empty()) declared_.emplace_back(dotted(node.path));
  }
}

std::string KeyWarnings::unknown_key(const PathNode& node, std::string_view key) {
  if (node.field >= 0) return "";  // a {"value", "source"} wrapper: its other keys are notes
  const bool root = node.path.size() <= 1;
  if (root) {
    for (auto metadata : kMetadataKeys) {
      if (key == metadata) return "";
    }
  } else {
    const std::string_view parent = dotted(node.path);
    const std::string_view first = parent.substr(0, parent.find('.'));
    for (auto metadata : kMetadataKeys) {
      if (first == metadata) return "";
    }
  }
  std::string path(root ? std::string_view() : dotted(node.path));
  if (!root) path += '.';
  path += key;
  for (const auto& ignored : ignored_) {
    if (covers(ignored, path)) return "";
  }
  std::string message = "$." + path + ": not in the rubric";
  const std::string& hint = suggestion(path);
  if (!hint.empty()) return message + "; did you mean " + hint + "?";
  return message + " (list it in the rubric's ignore { } if it is meant to be there)";
}

const std::string& KeyWarnings::suggestion(const std::string& path) {
  if (auto it = hints_.find(path); it != hints_.end()) return it->second;
  thread_local std::string scratch;
  scratch = closest_name(path, declared_);
  if (hints_.size() >= kMaxRememberedHints) return scratch;
  return hints_.emplace(path, scratch).first->second;
}

std::string percent_fraction_warning(const PathNode& node, double percent_points, std::string_view raw) {
  if (!(percent_points > 0 && percent_points < 1)) return "";
  const std::string written(raw);
  std::string whole = std::to_string(percent_points * 100);
  whole.erase(whole.find_last_not_of('0') + 1);
  if (!whole.empty() && whole.back() == '.') whole.pop_back();
  return node.path + ": " + written + " reads as " + written + "%; write " + whole + " for " + whole + "%";
}

}  // namespace rubric::offer_reader

// ---- The reader's side: where the walk meets a key it does not know ----

#include "rubric/input/offer_reader_impl.hpp"
#include "rubric/input/offer_reader_raw.hpp"

namespace rubric {

void OfferReader::Impl::unknown_key(const offer_reader::PathNode& node, const char* raw, od::value& field_value) {
  if (node.field >= 0) return;  // the common case inside wrappers, decided before any string is made
  const char* value = field_value.raw_json_token().data();
  // In a document that is not valid JSON the value may not follow its key: no warning (the error says more).
  if (raw < json.data() || value <= raw || value > json.data() + json.size()) return;
  const std::size_t length = offer_reader::raw_key_length(raw, value);
  if (length > static_cast<std::size_t>(value - raw)) return;
  std::string message = key_warnings.unknown_key(node, std::string_view(raw, length));
  if (!message.empty()) warn(std::move(message));
}

void OfferReader::Impl::warn(std::string message) {
  if (message.empty()) return;
  if (schema.strict) {
    out->errors.push_back({std::move(message) + " (--strict)"});
  } else {
    out->warnings.push_back({std::move(message)});
  }
}

}  // namespace rubric

namespace rubric {

// Where a fact set by `--set` came from, as evidence in explain and reports.
constexpr const char* kSetSource = "--set";

void OfferReader::Impl::apply_sets() {
  for (const SetFact& set : schema.sets) {
    if (!set.offer.empty() && set.offer != out->id) continue;
    const std::string& path = schema.fields[static_cast<std::size_t>(set.field)].path;
    for (std::size_t f = 0; f < schema.fields.size(); ++f) {  // a path declared twice is one fact
      if (schema.fields[f].path != path) continue;
      out->numbers[f] = set.number;
      if (schema.fields[f].kind == TypeKind::text) out->texts[f] = set.text;
      out->sources[f] = kSetSource;
      out->defaulted[f] = 0;
    }
    // A required fact the offer left out is no longer missing once set.
    const std::string missing = "$." + path + ": missing required field";
    std::erase_if(out->errors, [&](const OfferError& e) { return e.message.rfind(missing, 0) == 0; });
  }
}

}  // namespace rubric
