// The declared offer paths as a trie, so the reader matches each JSON key once while walking the document.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <rubric/facts.hpp>
#include "rubric/input/offer_reader_raw.hpp"

namespace rubric::offer_reader {

/// A report label the reader picks up besides the declared fields.
enum class Label : std::uint8_t {
  none,
  id,
  company,
  role_title,
  contact_name,
  contact_email,
  contact_greeting,
  currency
};

/// Names a label by its JSON path ("id", "role.title", ...).
std::string_view to_string(Label label);

/// One object key on the way to declared fields or labels.
struct PathNode {
  std::string key;                // the key in the parent object; empty for the root
  std::string path;               // "$.comp.base", for messages
  int field = -1;                 // the declared field at this path, or -1
  Label label = Label::none;      // the report label at this path
  std::vector<int> children;      // node indexes
  std::vector<int> fields_below;  // declared fields strictly inside this node
  RawKeyTable child_keys;         // children by key, for raw JSON keys
};

/// Every declared path and label path, merged by common prefix.
class PathTrie {
 public:
  /// Builds the trie for the schema's fields plus the report labels.
  explicit PathTrie(const OfferSchema& schema);

  /// Returns node `index`; node 0 is the document's root object.
  const PathNode& node(int index) const { return nodes_[static_cast<std::size_t>(index)]; }
  /// Returns the number of nodes.
  std::size_t size() const { return nodes_.size(); }
  /// Returns the index of the child of `parent` whose key is `key`, or -1.
  int find_child(const PathNode& parent, std::string_view key) const {
    for (int child : parent.children) {
      if (nodes_[static_cast<std::size_t>(child)].key == key) return child;
    }
    return -1;
  }
  /// Returns the index of the child of `parent` whose key is the unescaped raw JSON string `raw`, or -1.
  int find_child_raw(const PathNode& parent, const char* raw, std::size_t length) const {
    return parent.child_keys.find(raw, length);
  }
  /// Returns (later field, earlier field) for every path declared twice: the later one copies the earlier.
  const std::vector<std::pair<int, int>>& aliases() const { return aliases_; }

 private:
  int add_path(const std::vector<std::string>& segments);

  std::vector<PathNode> nodes_;
  std::vector<std::pair<int, int>> aliases_;
};

}  // namespace rubric::offer_reader
