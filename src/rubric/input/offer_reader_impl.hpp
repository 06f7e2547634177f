// The offer reader's state, shared by its source files (document checks, the walk, the validating skip).
#pragma once

#include <simdjson.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <rubric/money.hpp>
#include "rubric/input/inputs.hpp"
#include "rubric/input/offer_reader_scan.hpp"
#include "rubric/input/offer_reader_trie.hpp"
#include "rubric/input/offer_reader_warnings.hpp"

namespace rubric {

static_assert(kJsonPadding >= simdjson::SIMDJSON_PADDING,
              "documents must carry the padding simdjson reads past their end");

namespace od = simdjson::ondemand;

/// How far a declared field got in the current document.
enum class FieldState : std::uint8_t { absent, read, failed };

/// Why the current document stopped being read before its end.
enum class StopReason : std::uint8_t { none, invalid_json, too_deep, trailing_content, bad_ending };

/// Names a field state, for debugging.
std::string_view to_string(FieldState state);
/// Names a stop reason, for debugging.
std::string_view to_string(StopReason reason);

struct OfferReader::Impl {
  explicit Impl(const OfferSchema& schema);

  OfferSchema schema;
  offer_reader::PathTrie trie;
  offer_reader::KeyWarnings key_warnings;              // unknown keys: checked only for keys the trie does not know
  std::vector<std::string> expected;                   // per field: what its value must be, for messages
  std::vector<offer_reader::RawKeyTable> member_keys;  // per field: enumeration members, for raw strings
  std::vector<std::uint8_t> is_alias;  // per field: 1 when an earlier field has the same path (it copies that one)
  od::parser parser;

  // Per document; the vectors keep their memory across documents.
  Facts* out = nullptr;
  std::string_view json;  // the document, without a byte order mark
  od::document* document = nullptr;
  std::vector<FieldState> state;    // per field
  std::vector<std::uint32_t> seen;  // per trie node: the generation of the last document that had its key
  std::uint32_t generation = 0;
  StopReason stop = StopReason::none;
  simdjson::error_code json_error = simdjson::SUCCESS;
  const char* error_at = nullptr;

  /// Reads one document into `facts` (which read() has reset, and whose byte order mark it has skipped).
  void read_document(std::string_view text);
  /// Checks the document is a JSON object and starts iterating it; false (and the error reported) otherwise.
  bool open_document(std::string_view text, od::document& doc, od::object& root);
  /// Applies defaults and reports missing required fields, after a complete walk.
  void finish();
  /// Replaces every error with the one that stopped reading.
  void report_stop();

  /// What a key of an object on a declared path stands for.
  enum class KeyRole : std::uint8_t { other, child, value, source, low, high, currency };
  /// Classifies one key of `node`'s object; `child` is the trie node for KeyRole::child.
  bool match_key(const offer_reader::PathNode& node, od::field& field, KeyRole& role, int& child, const char*& raw);
  /// Walks an object whose key path is `node`; false when reading must stop.
  bool walk_object(const offer_reader::PathNode& node, od::object& object, int level);
  /// Reads the value of a key the trie knows.
  bool read_member(const offer_reader::PathNode& node, od::value& value, int level);
  /// Reads a declared field's value (bare, or the "value" of a wrapper).
  bool read_fact(const offer_reader::PathNode& node, od::value& value, od::json_type type, int level);
  bool read_number(const offer_reader::PathNode& node, od::value& value);
  bool read_string(const offer_reader::PathNode& node, od::value& value);
  /// Reads the "value" of a wrapper.
  bool read_wrapped_value(const offer_reader::PathNode& node, od::value& value, int level);
  /// Reads a string value, without copying when it has no escapes; `text` lives as long as the document.
  bool read_text(od::value& value, std::string_view& text);
  /// Reads the "source" of a wrapper.
  bool read_source(const offer_reader::PathNode& node, od::value& value, int level);
  /// Reads the "low" or "high" of a wrapper into `bound` (offer_reader_range.cpp).
  bool read_bound(const offer_reader::PathNode& node, od::value& value, int level, std::string_view key, double& bound);
  /// Checks a wrapper's range once its object is read and records it in Facts::ranges.
  void finish_range(const offer_reader::PathNode& node, bool had_low, bool had_high, double low, double high);
  /// Validates and consumes a value the reader does not use; recursion is bounded by kMaxJsonDepth.
  bool skip_value(od::value& value, int level);
  /// Consumes a value while describing it for a message ("string \"182k\"", "number 5", "array").
  bool describe_value(od::value& value, od::json_type type, int level, std::string& found);

  /// Records a warning (an error under --strict) for a key of `node` the rubric does not declare.
  void unknown_key(const offer_reader::PathNode& node, const char* raw, od::value& value);
  /// Records `message` as the offer's warning, or as its error under --strict.
  void warn(std::string message);
  /// Applies the schema's `--set` facts that concern this offer.
  void apply_sets();
  // ---- compensation (offer_reader_money.cpp, offer_reader_grant.cpp) ----
  std::vector<CurrencyCode> field_currency;  // per field: the "currency" of its wrapper or grant, else empty
  bool any_field_currency = false;           // some field_currency is set
  CurrencyCode offer_currency;               // the document's top-level "currency", else empty
  bool offer_currency_bad = false;           // the top-level "currency" was reported as invalid
  double draft_years = 0, draft_cliff = 0;   // the grant being read: its vesting as written, checked at its end

  /// Reads the "currency" of a money wrapper or a grant.
  bool read_field_currency(const offer_reader::PathNode& node, od::value& value, int level);
  /// Reads the document's top-level "currency".
  bool read_offer_currency(const offer_reader::PathNode& node, od::value& value, od::json_type type, int level);
  /// Reads a grant field's value: 0 (no grant) or {"rsu": ...} / {"options": ..., "strike": ..., "price": ...}.
  bool read_grant(const offer_reader::PathNode& node, od::value& value, od::json_type type, int level);
  /// Reads a grant's keys into `grant`, noting them in `keys`; false when reading must stop.
  bool read_grant_object(const offer_reader::PathNode& node, od::object& object, int level, Grant& grant,
                         std::uint32_t& keys, int& entries);
  /// Reads a grant's "vesting" object; `entries` counts the schedule's entries.
  bool read_vesting(const offer_reader::PathNode& node, od::value& value, int level, Grant& grant, std::uint32_t& keys,
                    int& entries);
  /// A grant key's JSON path, spelled only for an error message (reading a valid grant never allocates).
  struct GrantPath {
    const std::string& node;  // "$.comp.equity"
    std::string_view key;     // "rsu", "vesting"
    std::string_view sub;     // "schedule", or empty
    int index = -1;           // a schedule entry, or -1
    std::string str() const;
  };
  /// Reads one number of a grant into `number`; records an error (and sets `ok` false) when it is not one.
  bool read_grant_number(int field, const GrantPath& path, od::value& value, int level, double& number, bool& ok);
  /// Checks a grant read whole; records the first problem and returns false.
  bool validate_grant(const offer_reader::PathNode& node, Grant& grant, std::uint32_t keys, int entries);
  /// Converts every money fact and grant read to the rubric's currency; reports missing rates.
  void convert_money();

  // ---- the fast path (offer_reader_fast.cpp): each returns the position after what it read, or nullptr ----
  ReadMode mode = ReadMode::fast_first;
  std::size_t fast_reads = 0;  // documents the fast path read whole
  /// Reads a plain document in one pass; false when the full reader must read it (what was written is void).
  bool fast_read(std::string_view text);
  std::vector<std::vector<offer_reader::scan::KeyGuess>> key_guesses;  // per trie node: its keys, last time
  /// Reads the members of an object whose key path is trie node `at`; `p` is just past its opening brace.
  const char* fast_object(int at, const char* p, const char* end, int level);
  /// Reads the value at `p` of a key the trie knows as node `child`.
  const char* fast_member(int child, const char* p, const char* end, int level);
  /// Reads a declared field's bare value.
  const char* fast_fact(const offer_reader::PathNode& node, const char* p, const char* end, int level);
  /// Reads a declared field's string; `p` is just past its opening quote.
  const char* fast_string(const offer_reader::PathNode& node, const char* p, const char* end);
  /// Reads a report label's string; `p` is just past its opening quote.
  const char* fast_label(offer_reader::Label label, const char* p, const char* end);
  /// Validates a value the reader does not use.
  const char* fast_skip(const char* p, const char* end, int level);
  const char* fast_skip_object(const char* p, const char* end, int level);
  const char* fast_skip_array(const char* p, const char* end, int level);
  /// Empties `out` and the per-document state for a new document.
  void begin(const InputDocument& doc, Facts& out);

  /// Records an offer error about one declared field.
  void field_error(int field, std::string message);
  /// Records a type mismatch for a declared field.
  void type_error(const offer_reader::PathNode& node, const std::string& found);
  void duplicate_key(const offer_reader::PathNode& node, std::string_view key);
  void set_label(offer_reader::Label label, std::string_view text);
  /// Notes a simdjson error and where it happened; returns false so callers can `return fail_json(e)`.
  bool fail_json(simdjson::error_code error);
  /// Notes nesting beyond kMaxJsonDepth; returns false.
  bool fail_depth();
  /// Notes a bad `true`, `false` or `null` (simdjson calls it a type error); returns false.
  bool fail_atom(od::value& value);
};

}  // namespace rubric
