// The facts of one offer as the evaluator reads them: one slot per declared
// offer field, filled by the offer reader, read by index (no name look-ups).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <rubric/types.hpp>

namespace rubric {

/// One declared offer field, as the reader needs it.
struct FieldSpec {
  std::string path;                   // "comp.base"
  std::vector<std::string> segments;  // {"comp", "base"}
  TypeKind kind = TypeKind::number;
  std::vector<std::string> members;  // enumeration members, in declared order
  bool required = true;              // false when the field has a default
  bool negotiable = false;           // marked `negotiable`: reports search the value that would rank it first
  double default_number = 0;         // default for numeric, bool (0/1) and enumeration (member index)
  std::string default_text;          // default for text
};

/// A fact the reader sets after reading an offer (`--set`), already typed.
struct SetFact {
  std::string offer;  // the offer's id; empty for every offer
  int field = -1;     // index into OfferSchema::fields
  double number = 0;  // numeric (percent as a fraction), bool 0/1, enumeration member index
  std::string text;   // for text fields
};

/// Every declared field, in declaration order; slot i of Facts is field i.
struct OfferSchema {
  std::vector<FieldSpec> fields;
  std::vector<std::string> ignored;  // `ignore { ... }` paths: keys the rubric knows it does not read
  bool strict = false;               // offer warnings (unknown keys, fraction percents) are errors (--strict)
  std::vector<SetFact> sets;         // `--set` what-ifs, applied in order after each offer is read
};

/// A problem with one offer; the offer is not scored but the run goes on.
struct OfferError {
  /// Complete message without the leading source, e.g.
  /// "$.comp.base: expected money (a number), found string \"abc\"" or
  /// "division by zero at rules/x.rubric:22:48 (let equity_share)".
  std::string message;
};

/// Who an offer is and where it came from: read with its facts, carried unchanged into its results.
struct OfferIdentity {
  std::string id;                    // the offer's `id`, else the file stem, else "line-N"
  std::string source;                // file path, "FILE:LINE" for JSON Lines, "-:LINE" for stdin
  std::size_t ordinal = 0;           // position in the run's input order, from 0
  std::string company;               // `company`, when present and a string
  std::string role_title;            // `role.title`, when present and a string
  std::string contact_name;          // `contact.name` (the recruiter), when present and a string
  std::string contact_email;         // `contact.email`, when present and a string
  std::string contact_greeting;      // `contact.greeting` ("Dear Dr. Lee"), how drafts greet the recruiter
  std::vector<OfferError> warnings;  // what the offer file probably did not mean ("$.x: not in the rubric")

  /// Empties every field, keeping capacity.
  void clear();
};

/// A numeric fact's doubt, from `{"value": V, "low": L, "high": H}`: only the robustness run draws from it.
struct FactRange {
  int field = -1;   // index into OfferSchema::fields
  double low = 0;   // as the fact is stored (percent as a fraction)
  double high = 0;  // low <= value <= high
};

/// The facts of one offer. Reused across offers to avoid reallocation.
struct Facts : OfferIdentity {
  std::vector<double> numbers;          // per field: numeric value (percent as a fraction), bool 0/1, enum member index
  std::vector<std::string> texts;       // per field: text value; empty for other kinds
  std::vector<std::string> sources;     // per field: the `source` of {"value":..., "source":...}, else empty
  std::vector<std::uint8_t> defaulted;  // per field: 1 when the field was absent and its default was used
  std::vector<OfferError> errors;       // non-empty: the offer cannot be scored
  std::vector<FactRange> ranges;        // the facts given with a range, in the order read (usually none)

  /// Empties every slot for `field_count` fields, keeping capacity.
  void reset(std::size_t field_count);
};

}  // namespace rubric
