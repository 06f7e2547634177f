#include "rubric/input/offer_reader_trie.hpp"

#include "rubric/base/path.hpp"

namespace rubric::offer_reader {

std::string_view to_string(Label label) {
  switch (label) {
    case Label::none: return "";
    case Label::id: return "id";
    case Label::company: return "company";
    case Label::role_title: return "role.title";
    case Label::contact_name: return "contact.name";
    case Label::contact_email: return "contact.email";
    case Label::contact_greeting: return "contact.greeting";
    case Label::currency: return "currency";
  }
  return "";
}

PathTrie::PathTrie(const OfferSchema& schema) {
  nodes_.push_back(PathNode{"", "$", -1, Label::none, {}, {}, {}});
  for (std::size_t f = 0; f < schema.fields.size(); ++f) {
    const FieldSpec& spec = schema.fields[f];
    int node = add_path(spec.segments.empty() ? split_path(spec.path) : spec.segments);
    int field = static_cast<int>(f);
    PathNode& target = nodes_[static_cast<std::size_t>(node)];
    if (target.field >= 0) {
      aliases_.emplace_back(field, target.field);
      continue;
    }
    target.field = field;
    // Every proper ancestor (the root included) learns that this field lies below it.
    const std::vector<std::string> segments = spec.segments.empty() ? split_path(spec.path) : spec.segments;
    int at = 0;
    for (const auto& segment : segments) {
      nodes_[static_cast<std::size_t>(at)].fields_below.push_back(field);
      at = find_child(nodes_[static_cast<std::size_t>(at)], segment);
    }
  }
  for (Label label : {Label::id, Label::company, Label::role_title, Label::contact_name, Label::contact_email,
                      Label::contact_greeting, Label::currency}) {
    int node = add_path(split_path(std::string(to_string(label))));
    nodes_[static_cast<std::size_t>(node)].label = label;
  }
  // Ignored paths are walked to, so a stray key beside one (`perks.food` beside `perks.gym`) is still seen.
  for (const auto& ignored : schema.ignored) add_path(split_path(ignored));
  for (auto& node : nodes_) {
    std::vector<std::pair<std::string, int>> keys;
    for (int child : node.children) keys.emplace_back(nodes_[static_cast<std::size_t>(child)].key, child);
    node.child_keys.build(keys);
  }
}

int PathTrie::add_path(const std::vector<std::string>& segments) {
  int at = 0;
  for (const auto& segment : segments) {
    int child = find_child(nodes_[static_cast<std::size_t>(at)], segment);
    if (child < 0) {
      child = static_cast<int>(nodes_.size());
      std::string path = nodes_[static_cast<std::size_t>(at)].path + "." + segment;
      nodes_.push_back(PathNode{segment, std::move(path), -1, Label::none, {}, {}, {}});
      nodes_[static_cast<std::size_t>(at)].children.push_back(child);
    }
    at = child;
  }
  return at;
}

}  // namespace rubric::offer_reader
