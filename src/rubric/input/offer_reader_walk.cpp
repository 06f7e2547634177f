// The offer reader's walk: one pass over the document's keys, matched against the trie of declared paths.
#include <cstring>

#include <rubric/limits.hpp>
#include "rubric/input/offer_reader_impl.hpp"
#include "rubric/input/offer_reader_messages.hpp"

namespace rubric {

using offer_reader::Label;
using offer_reader::PathNode;

// Hands back the raw key: the slow path's unescaped_key() consumes it, so field.key() is gone after it.
bool OfferReader::Impl::match_key(const PathNode& node, od::field& field, KeyRole& role, int& child, const char*& raw) {
  role = KeyRole::other;
  child = -1;
  const bool wrapper = node.field >= 0;  // a declared field may be written {"value": V, "source": "..."}
  raw = field.key().raw();
  const std::size_t length = offer_reader::raw_key_length(raw, field.value().raw_json_token().data());
  // Fast path: raw bytes equal to a declared key are that key (declared keys need no escapes).
  if (wrapper && offer_reader::raw_equals(raw, length, "value", 5)) {
    role = KeyRole::value;
  } else if (wrapper && offer_reader::raw_equals(raw, length, "source", 6)) {
    role = KeyRole::source;
  } else if (wrapper && offer_reader::raw_equals(raw, length, "low", 3)) {
    role = KeyRole::low;
  } else if (wrapper && offer_reader::raw_equals(raw, length, "high", 4)) {
    role = KeyRole::high;
  } else if ((child = trie.find_child_raw(node, raw, length)) >= 0) {
    role = KeyRole::child;
  }
  if (role != KeyRole::other) return true;
  if (node.child_keys.all_raw() && std::memchr(raw, '\\', length) == nullptr) return true;
  // Slow path: unescaping also checks the escapes are valid.
  std::string_view key;
  if (auto error = field.unescaped_key().get(key)) return fail_json(error);
  if (wrapper && key == "value") {
    role = KeyRole::value;
  } else if (wrapper && key == "source") {
    role = KeyRole::source;
  } else if (wrapper && key == "low") {
    role = KeyRole::low;
  } else if (wrapper && key == "high") {
    role = KeyRole::high;
  } else if ((child = trie.find_child(node, key)) >= 0) {
    role = KeyRole::child;
  }
  return true;
}

// Flattened: On-Demand's iterators are meant to live in registers inside one function; passed between
// out-of-line functions they go through memory on every value (about 15% of the reader's time).
[[gnu::flatten]] bool OfferReader::Impl::walk_object(const PathNode& node, od::object& object, int level) {
  if (level > kMaxJsonDepth) return fail_depth();
  bool had_value = false;
  bool had_source = false;
  bool had_low = false;
  bool had_high = false;
  double low = 0;
  double high = 0;
  for (auto member : object) {
    if (auto error = member.error()) return fail_json(error);
    od::field& field = member.value_unsafe();  // checked just above; no copy
    KeyRole role;
    int child;
    const char* raw_key = nullptr;
    if (!match_key(node, field, role, child, raw_key)) return false;
    od::value& value = field.value();
    bool ok = true;
    switch (role) {
      case KeyRole::other:
        unknown_key(node, raw_key, value);
        ok = skip_value(value, level + 1);
        break;
      case KeyRole::value:
      case KeyRole::source: {
        bool& had = role == KeyRole::value ? had_value : had_source;
        if (had) {
          duplicate_key(node, role == KeyRole::value ? "value" : "source");
          ok = skip_value(value, level + 1);
        } else {
          had = true;
          ok = role == KeyRole::value ? read_wrapped_value(node, value, level + 1)
                                      : read_source(node, value, level + 1);
        }
        break;
      }
      case KeyRole::low:
      case KeyRole::high: {
        const bool is_low = role == KeyRole::low;
        bool& had = is_low ? had_low : had_high;
        if (had) {
          duplicate_key(node, is_low ? "low" : "high");
          ok = skip_value(value, level + 1);
        } else {
          had = true;
          ok = read_bound(node, value, level + 1, is_low ? "low" : "high", is_low ? low : high);
        }
        break;
      }
      case KeyRole::child: {
        auto& mark = seen[static_cast<std::size_t>(child)];
        if (mark == generation) {
          duplicate_key(node, trie.node(child).key);
          ok = skip_value(value, level + 1);
        } else {
          mark = generation;
          ok = read_member(trie.node(child), value, level + 1);
        }
        break;
      }
    }
    if (!ok) return false;
  }
  if (had_low || had_high) finish_range(node, had_low, had_high, low, high);
  return true;
}

bool OfferReader::Impl::read_wrapped_value(const PathNode& node, od::value& value, int level) {
  od::json_type type;
  if (auto error = value.type().get(type)) return fail_json(error);
  return read_fact(node, value, type, level);
}

bool OfferReader::Impl::read_member(const PathNode& node, od::value& value, int level) {
  od::json_type type;
  if (auto error = value.type().get(type)) return fail_json(error);
  if (type == od::json_type::object && (node.field >= 0 || !node.children.empty())) {
    od::object object;
    if (auto error = value.get_object().get(object)) return fail_json(error);
    return walk_object(node, object, level);
  }
  if (node.field >= 0) return read_fact(node, value, type, level);
  if (type == od::json_type::string && node.label != Label::none) {
    std::string_view text;
    if (!read_text(value, text)) return false;
    set_label(node.label, text);
    return true;
  }
  if (type == od::json_type::null || node.fields_below.empty()) return skip_value(value, level);
  // A container of declared fields that is not an object: one error here, none for each field inside.
  std::string found;
  if (!describe_value(value, type, level, found)) return false;
  out->errors.push_back({node.path + ": expected an object, found " + found});
  for (int f : node.fields_below) state[static_cast<std::size_t>(f)] = FieldState::failed;
  return true;
}

bool OfferReader::Impl::read_fact(const PathNode& node, od::value& value, od::json_type type, int level) {
  const TypeKind kind = schema.fields[static_cast<std::size_t>(node.field)].kind;
  switch (type) {
    case od::json_type::null: return skip_value(value, level);  // absent: the default applies
    case od::json_type::number:
      if (is_numeric(kind)) return read_number(node, value);
      break;
    case od::json_type::string:
      if (kind == TypeKind::text || kind == TypeKind::enumeration || node.label != Label::none) {
        return read_string(node, value);
      }
      break;
    case od::json_type::boolean:
      if (kind == TypeKind::boolean) {
        bool flag = false;
        if (value.get_bool().get(flag) != simdjson::SUCCESS) return fail_atom(value);
        out->numbers[static_cast<std::size_t>(node.field)] = flag ? 1.0 : 0.0;
        state[static_cast<std::size_t>(node.field)] = FieldState::read;
        return true;
      }
      break;
    default: break;
  }
  std::string found;
  if (!describe_value(value, type, level, found)) return false;
  type_error(node, found);
  return true;
}

bool OfferReader::Impl::read_number(const PathNode& node, od::value& value) {
  const auto f = static_cast<std::size_t>(node.field);
  double number = 0;
  if (auto error = value.get_double().get(number)) {
    std::string_view raw = value.raw_json_token();
    if (!offer_reader::is_json_number(raw)) return fail_json(error);
    // Left unconsumed: On-Demand steps over it when the walk moves on.
    type_error(node, "number " + offer_reader::shown_token(raw) + " (out of double range)");
    return true;
  }
  const bool percent = schema.fields[f].kind == TypeKind::percent;
  out->numbers[f] = percent ? number / 100 : number;
  state[f] = FieldState::read;
  if (percent && number > 0 && number < 1)
    warn(offer_reader::percent_fraction_warning(node, number, value.raw_json_token()));
  return true;
}

bool OfferReader::Impl::read_string(const PathNode& node, od::value& value) {
  const auto f = static_cast<std::size_t>(node.field);
  const FieldSpec& spec = schema.fields[f];
  if (spec.kind == TypeKind::enumeration && node.label == Label::none) {
    // Fast path: the raw bytes are compared in place, never copied.
    const std::string_view token = value.raw_json_token();
    const char* raw = token.data() + 1;
    const std::size_t length = offer_reader::raw_token_length(token);
    const int member = member_keys[f].find(raw, length);
    const bool plain = member >= 0 || (member_keys[f].all_raw() && std::memchr(raw, '\\', length) == nullptr);
    if (plain) {
      od::raw_json_string consumed;
      if (auto error = value.get_raw_json_string().get(consumed)) return fail_json(error);
      if (member < 0) {
        type_error(node, offer_reader::quoted(std::string_view(raw, length)));
        return true;
      }
      out->numbers[f] = member;
      state[f] = FieldState::read;
      return true;
    }
  }
  std::string_view text;
  if (!read_text(value, text)) return false;
  if (node.label != Label::none) set_label(node.label, text);
  if (spec.kind == TypeKind::text) {
    out->texts[f].assign(text);
    state[f] = FieldState::read;
  } else if (spec.kind == TypeKind::enumeration) {
    for (std::size_t m = 0; m < spec.members.size(); ++m) {
      if (spec.members[m] == text) {
        out->numbers[f] = static_cast<double>(m);
        state[f] = FieldState::read;
        return true;
      }
    }
    type_error(node, offer_reader::quoted(text));
  } else {
    type_error(node, "string " + offer_reader::quoted(text));
  }
  return true;
}

bool OfferReader::Impl::read_text(od::value& value, std::string_view& text) {
  // Without escapes the raw bytes are the text (stage 1 has checked UTF-8 and control characters): no copy.
  const std::string_view token = value.raw_json_token();
  const std::size_t length = offer_reader::raw_token_length(token);
  if (std::memchr(token.data() + 1, '\\', length) == nullptr) {
    od::raw_json_string consumed;
    if (auto error = value.get_raw_json_string().get(consumed)) return fail_json(error);
    text = std::string_view(token.data() + 1, length);
    return true;
  }
  if (auto error = value.get_string().get(text)) return fail_json(error);
  return true;
}

bool OfferReader::Impl::read_source(const PathNode& node, od::value& value, int level) {
  od::json_type type;
  if (auto error = value.type().get(type)) return fail_json(error);
  if (type == od::json_type::string) {
    std::string_view text;
    if (!read_text(value, text)) return false;
    out->sources[static_cast<std::size_t>(node.field)].assign(text);
    return true;
  }
  if (type == od::json_type::null) return skip_value(value, level);
  std::string found;
  if (!describe_value(value, type, level, found)) return false;
  out->errors.push_back({node.path + ".source: expected text (a string), found " + found});
  return true;
}

void OfferReader::Impl::field_error(int field, std::string message) {
  out->errors.push_back({std::move(message)});
  state[static_cast<std::size_t>(field)] = FieldState::failed;
}

void OfferReader::Impl::type_error(const PathNode& node, const std::string& found) {
  field_error(node.field,
              node.path + ": expected " + expected[static_cast<std::size_t>(node.field)] + ", found " + found);
}

void OfferReader::Impl::duplicate_key(const PathNode& node, std::string_view key) {
  out->errors.push_back({node.path + ": duplicate key " + offer_reader::quoted(key)});
  // Which of the two values counts would be a guess: the fields below the key are not used.
  if (node.field >= 0 && (key == "value" || key == "source" || key == "low" || key == "high")) {
    state[static_cast<std::size_t>(node.field)] = FieldState::failed;
    return;
  }
  int child = trie.find_child(node, key);
  if (child < 0) return;
  const PathNode& dup = trie.node(child);
  if (dup.field >= 0) state[static_cast<std::size_t>(dup.field)] = FieldState::failed;
  for (int f : dup.fields_below) state[static_cast<std::size_t>(f)] = FieldState::failed;
}

void OfferReader::Impl::set_label(Label label, std::string_view text) {
  switch (label) {
    case Label::none: break;
    case Label::id: out->id.assign(text); break;
    case Label::company: out->company.assign(text); break;
    case Label::role_title: out->role_title.assign(text); break;
    case Label::contact_name: out->contact_name.assign(text); break;
    case Label::contact_email: out->contact_email.assign(text); break;
    case Label::contact_greeting: out->contact_greeting.assign(text); break;
  }
}

}  // namespace rubric
