// The offer reader, document level: checks a document is one JSON object, walks it, applies defaults.
#include <algorithm>

#include <rubric/limits.hpp>
#include "rubric/input/offer_reader_impl.hpp"
#include "rubric/input/offer_reader_messages.hpp"

namespace rubric {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool is_json_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view type_name(od::json_type type) {
  switch (type) {
    case od::json_type::array: return "array";
    case od::json_type::object: return "object";
    case od::json_type::number: return "number";
    case od::json_type::string: return "string";
    case od::json_type::boolean: return "bool";
    case od::json_type::null: return "null";
  }
  return "unknown";
}

}  // namespace

std::string_view to_string(FieldState state) {
  switch (state) {
    case FieldState::absent: return "absent";
    case FieldState::read: return "read";
    case FieldState::failed: return "failed";
  }
  return "unknown";
}

std::string_view to_string(StopReason reason) {
  switch (reason) {
    case StopReason::none: return "none";
    case StopReason::invalid_json: return "invalid JSON";
    case StopReason::too_deep: return "too deep";
    case StopReason::trailing_content: return "trailing content";
    case StopReason::bad_ending: return "bad ending";
  }
  return "unknown";
}

OfferReader::Impl::Impl(const OfferSchema& schema_in) : schema(schema_in), trie(schema), key_warnings(schema, trie) {
  for (const auto& spec : schema.fields) {
    expected.push_back(offer_reader::expected_phrase(spec));
    std::vector<std::pair<std::string, int>> members;
    for (std::size_t m = 0; m < spec.members.size(); ++m) members.emplace_back(spec.members[m], static_cast<int>(m));
    member_keys.emplace_back();
    member_keys.back().build(members);
  }
  seen.assign(trie.size(), 0);
  key_guesses.resize(trie.size());
  is_alias.assign(schema.fields.size(), 0);
  for (auto [later, earlier] : trie.aliases()) is_alias[static_cast<std::size_t>(later)] = 1;
}

void OfferReader::Impl::read_document(std::string_view text) {
  od::document doc;
  od::object root;
  if (!open_document(text, doc, root)) return;
  bool ok = walk_object(trie.node(0), root, 1);
  // On-Demand stops at the root object's end: anything after it makes the document invalid.
  const char* after = nullptr;
  if (ok && doc.current_location().get(after) == simdjson::SUCCESS) {
    stop = StopReason::trailing_content;
    error_at = after;
    ok = false;
  }
  if (!ok) {
    report_stop();
    return;
  }
  finish();
}

bool OfferReader::Impl::open_document(std::string_view text, od::document& doc, od::object& root) {
  json = text;
  if (text.size() > kMaxDocumentBytes) {
    out->errors.push_back({std::string("document is larger than the ") + kMaxDocumentText + " limit"});
    return false;
  }
  if (std::all_of(text.begin(), text.end(), is_json_space)) {
    out->errors.push_back({"empty document"});
    return false;
  }
  if (auto error = parser.iterate(text.data(), text.size(), text.size() + kJsonPadding).get(doc)) {
    json_error = error;
    stop = StopReason::invalid_json;
    report_stop();
    return false;
  }
  document = &doc;
  od::json_type type;
  if (auto error = doc.type().get(type)) {
    fail_json(error);
    report_stop();
    return false;
  }
  if (type != od::json_type::object) {
    out->errors.push_back({"expected a JSON object (an offer), found " + std::string(type_name(type))});
    return false;
  }
  if (doc.get_object().get(root) != simdjson::SUCCESS) {
    // On-Demand refuses a root object whose last token is not its closing brace; say where the last token is.
    std::size_t last = text.find_last_not_of(" \t\r\n");
    stop = text[last] == '}' ? StopReason::invalid_json : StopReason::bad_ending;
    json_error = simdjson::INCOMPLETE_ARRAY_OR_OBJECT;
    error_at = text.data() + last;
    report_stop();
    return false;
  }
  return true;
}

void OfferReader::Impl::finish() {
  convert_money();
  for (std::size_t f = 0; f < schema.fields.size(); ++f) {
    if (state[f] != FieldState::absent || is_alias[f]) continue;
    const FieldSpec& spec = schema.fields[f];
    if (spec.required) {
      out->errors.push_back({"$." + spec.path + ": missing required field (" + offer_reader::type_phrase(spec) + ")"});
      continue;
    }
    out->numbers[f] = spec.default_number;
    if (spec.kind == TypeKind::text) out->texts[f] = spec.default_text;
    out->sources[f].clear();  // a wrapper whose value was null or missing
    out->defaulted[f] = 1;
  }
  for (auto [later, earlier] : trie.aliases()) {
    auto l = static_cast<std::size_t>(later), e = static_cast<std::size_t>(earlier);
    out->numbers[l] = out->numbers[e];
    out->texts[l] = out->texts[e];
    out->sources[l] = out->sources[e];
    out->defaulted[l] = out->defaulted[e];
    for (std::size_t r = 0, n = out->ranges.size(); r < n; ++r)
      if (out->ranges[r].field == earlier)
        out->ranges.push_back(FactRange{later, out->ranges[r].low, out->ranges[r].high});
    out->origins[l] = out->origins[e];
    const int lg = schema.fields[l].grant, eg = schema.fields[e].grant;
    if (lg >= 0 && eg >= 0) out->grants[static_cast<std::size_t>(lg)] = out->grants[static_cast<std::size_t>(eg)];
  }
}

void OfferReader::Impl::report_stop() {
  out->errors.clear();
  out->warnings.clear();  // a document that stopped being read has one thing to say
  switch (stop) {
    case StopReason::too_deep:
      out->errors.push_back(
          {"nested too deeply: more than " + std::to_string(kMaxJsonDepth) + " levels of objects and arrays"});
      break;
    case StopReason::trailing_content:
      out->errors.push_back({"not valid JSON: unexpected content after the offer's closing brace" +
                             offer_reader::describe_position(json, error_at)});
      break;
    case StopReason::bad_ending:
      out->errors.push_back({"not valid JSON: the document does not end with the offer's closing brace" +
                             offer_reader::describe_position(json, error_at)});
      break;
    case StopReason::invalid_json:
    case StopReason::none:
      out->errors.push_back({"not valid JSON: " + offer_reader::simdjson_message(json_error) +
                             offer_reader::describe_position(json, error_at)});
      break;
  }
}

bool OfferReader::Impl::fail_json(simdjson::error_code error) {
  if (stop == StopReason::none) {
    stop = StopReason::invalid_json;
    json_error = error;
    const char* at = nullptr;
    if (document != nullptr && document->current_location().get(at) == simdjson::SUCCESS) error_at = at;
  }
  return false;
}

bool OfferReader::Impl::fail_depth() {
  if (stop == StopReason::none) stop = StopReason::too_deep;
  return false;
}

std::string_view to_string(ReadMode mode) {
  switch (mode) {
    case ReadMode::fast_first: return "fast first";
    case ReadMode::full_only: return "full only";
  }
  return "unknown";
}

OfferReader::OfferReader(const OfferSchema& schema, ReadMode mode) : impl_(std::make_unique<Impl>(schema)) {
  impl_->mode = mode;
}

OfferReader::~OfferReader() = default;

std::size_t OfferReader::fast_reads() const { return impl_->fast_reads; }

void OfferReader::Impl::begin(const InputDocument& doc, Facts& facts) {
  const std::size_t fields = schema.fields.size();
  facts.reset(fields);
  facts.source = doc.source;
  facts.ordinal = doc.ordinal;
  out = &facts;
  state.assign(fields, FieldState::absent);
  field_currency.assign(fields, CurrencyCode{});
  any_field_currency = false;
  offer_currency = CurrencyCode{};
  offer_currency_bad = false;
  facts.grants.assign(schema.grant_count, Grant{});
  if (++generation == 0) {  // wrapped after 2^32 documents: forget every old mark
    std::fill(seen.begin(), seen.end(), 0);
    generation = 1;
  }
  document = nullptr;
  stop = StopReason::none;
  json_error = simdjson::SUCCESS;
  error_at = nullptr;
}

void OfferReader::read(const InputDocument& doc, Facts& out) {
  Impl& r = *impl_;
  r.begin(doc, out);
  // A UTF-8 byte order mark is not JSON, but editors write it; it carries no meaning, so it is skipped.
  std::string_view text = doc.json;
  if (text.substr(0, kByteOrderMark.size()) == kByteOrderMark) text.remove_prefix(kByteOrderMark.size());
  if (doc.error) {
    out.errors.push_back({*doc.error});
  } else if (r.mode != ReadMode::fast_first || !r.fast_read(text)) {
    if (r.mode == ReadMode::fast_first) r.begin(doc, out);  // forget what the fast path read
    r.read_document(text);
  }
  r.document = nullptr;
  if (out.id.empty()) out.id = doc.fallback_id;
  if (!r.schema.sets.empty()) r.apply_sets();
}

}  // namespace rubric
