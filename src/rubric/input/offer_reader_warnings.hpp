// What an offer file probably did not mean: keys the rubric does not declare (a typo makes a fact
// silently take its default) and fractions in percent fields. docs/language.md, "Offer warnings".
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <rubric/facts.hpp>
#include "rubric/input/offer_reader_trie.hpp"

namespace rubric::offer_reader {

/// Decides which unknown keys are worth a warning and words it; built once per reader, used rarely.
class KeyWarnings {
 public:
  /// Learns the declared paths, the `ignore { }` paths and the offer's metadata keys.
  KeyWarnings(const OfferSchema& schema, const PathTrie& trie);

  /// Returns the warning for key `key` of the object at `node`, or "" when the key is exempt.
  std::string unknown_key(const PathNode& node, std::string_view key);

 private:
  /// Returns "did you mean P?" for a declared path or container near `path`, or "".
  const std::string& suggestion(const std::string& path);

  std::vector<std::string> ignored_;                    // `ignore { }` paths
  std::vector<std::string> declared_;                   // declared fields and their containers, "a.b"
  std::unordered_map<std::string, std::string> hints_;  // path -> suggestion, so each is computed once
};

/// Returns the warning for a percent value strictly between 0 and 1 (a fraction, most likely), or "".
std::string percent_fraction_warning(const PathNode& node, double percent_points, std::string_view raw);

}  // namespace rubric::offer_reader
