// Where offers come from: files, folders (every *.json, in name order), and
// JSON Lines (a .jsonl file, or `-` for stdin). One reading path for all.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <rubric/facts.hpp>
#include <rubric/result.hpp>

namespace rubric {

// simdjson may read this many bytes past a document's end (SIMDJSON_PADDING; the reader static_asserts it),
// so every InputDocument::json must be followed by this many readable bytes.
constexpr std::size_t kJsonPadding = 64;

/// One JSON document to read as an offer.
struct InputDocument {
  std::string source;       // "examples/offers/lumen.json", "big.jsonl:12", "-:3"
  std::string fallback_id;  // the file stem, or "line-N" for JSON Lines
  std::size_t ordinal = 0;  // position in the run, from 0
  std::string_view json;    // the bytes, followed by kJsonPadding readable bytes; valid until the next call to next()
  std::optional<std::string> error;  // the document could not even be read (e.g. a line over the size limit)
};

struct DocumentBlock;

/// Walks the INPUT arguments in order and yields one document per offer.
class InputStream {
 public:
  /// Takes the INPUT arguments as given on the command line.
  explicit InputStream(std::vector<std::string> inputs, std::FILE* stdin_file = stdin);
  ~InputStream();
  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;

  /// Fills `doc` with the next document; returns false at the end of all inputs.
  bool next(InputDocument& doc);

  /// Appends the next documents to `block`, the same ones next() would yield, until `max_docs` documents or
  /// `max_bytes` bytes were added or one block of JSON Lines was read straight into its arena; returns false
  /// when there were none left.
  bool fill(DocumentBlock& block, std::size_t max_docs, std::size_t max_bytes);

  /// Returns problems with the inputs themselves (a missing file, a folder without *.json), in order.
  const std::vector<InputError>& input_errors() const;

  /// Returns what was skipped and why (a candidate profile in an offers folder), in order.
  const std::vector<InputError>& input_notes() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Which reader takes a document: the one-pass fast path first (falling back to the full reader for anything
/// unusual), or the full reader alone, so that tests can hold the two to the same facts.
enum class ReadMode : std::uint8_t { fast_first, full_only };

/// Names a read mode, for test output.
std::string_view to_string(ReadMode mode);

/// Reads offer documents into Facts (one pass over plain documents, simdjson On-Demand for the rest); one per
/// thread.
class OfferReader {
 public:
  /// Prepares a reader for the schema's fields.
  explicit OfferReader(const OfferSchema& schema, ReadMode mode = ReadMode::fast_first);
  ~OfferReader();
  OfferReader(const OfferReader&) = delete;
  OfferReader& operator=(const OfferReader&) = delete;

  /// Reads one document; on any problem `out.errors` names the JSON path, what was expected and what was found.
  void read(const InputDocument& doc, Facts& out);
  /// Returns how many documents the fast path read whole (the others went to the full reader).
  std::size_t fast_reads() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace rubric
