// The offer reader's validating skip: values it does not use are still checked to be JSON, at bounded depth.
// On-Demand alone would step over them unchecked; checking costs little and rejects broken documents.
#include <rubric/limits.hpp>
#include "rubric/input/offer_reader_impl.hpp"
#include "rubric/input/offer_reader_messages.hpp"

namespace rubric {

bool OfferReader::Impl::fail_atom(od::value& value) {
  std::string_view raw = value.raw_json_token();
  char first = raw.empty() ? 'n' : raw.front();
  return fail_json(first == 't'   ? simdjson::T_ATOM_ERROR
                   : first == 'f' ? simdjson::F_ATOM_ERROR
                                  : simdjson::N_ATOM_ERROR);
}

bool OfferReader::Impl::skip_value(od::value& value, int level) {
  od::json_type type;
  if (auto error = value.type().get(type)) return fail_json(error);
  switch (type) {
    case od::json_type::object: {
      if (level > kMaxJsonDepth) return fail_depth();
      od::object object;
      if (auto error = value.get_object().get(object)) return fail_json(error);
      for (auto member : object) {
        if (auto error = member.error()) return fail_json(error);
        od::field& field = member.value_unsafe();  // checked just above; no copy
        if (offer_reader::scan_raw_string(field.key().raw()).escaped) {
          std::string_view key;  // unescaped only to check the escapes
          if (auto error = field.unescaped_key().get(key)) return fail_json(error);
        }
        if (!skip_value(field.value(), level + 1)) return false;
      }
      return true;
    }
    case od::json_type::array: {
      if (level > kMaxJsonDepth) return fail_depth();
      od::array array;
      if (auto error = value.get_array().get(array)) return fail_json(error);
      for (auto element : array) {
        if (auto error = element.error()) return fail_json(error);
        od::value& item = element.value_unsafe();
        if (!skip_value(item, level + 1)) return false;
      }
      return true;
    }
    case od::json_type::string: {
      // Only escapes can make a string invalid past stage 1 (which checks UTF-8, quotes and control characters).
      if (!offer_reader::scan_raw_string(value.raw_json_token().data() + 1).escaped) {
        od::raw_json_string raw;
        if (auto error = value.get_raw_json_string().get(raw)) return fail_json(error);
        return true;
      }
      std::string_view text;
      if (auto error = value.get_string().get(text)) return fail_json(error);
      return true;
    }
    case od::json_type::number: {
      double number = 0;
      if (auto error = value.get_double().get(number)) {
        // A well-formed number beyond double range is still JSON; here it is unused, so it is fine.
        if (!offer_reader::is_json_number(value.raw_json_token())) return fail_json(error);
      }
      return true;
    }
    case od::json_type::boolean: {
      bool flag = false;
      if (value.get_bool().get(flag) != simdjson::SUCCESS) return fail_atom(value);
      return true;
    }
    case od::json_type::null: {
      bool is_null = false;
      if (value.is_null().get(is_null) != simdjson::SUCCESS || !is_null) return fail_atom(value);
      return true;
    }
  }
  return fail_json(simdjson::TAPE_ERROR);
}

bool OfferReader::Impl::describe_value(od::value& value, od::json_type type, int level, std::string& found) {
  switch (type) {
    case od::json_type::string: {
      std::string_view text;
      if (auto error = value.get_string().get(text)) return fail_json(error);
      found = "string " + offer_reader::quoted(text);
      return true;
    }
    case od::json_type::number: found = "number " + offer_reader::shown_token(value.raw_json_token()); break;
    case od::json_type::boolean: found = offer_reader::shown_token(value.raw_json_token()); break;
    case od::json_type::null: found = "null"; break;
    case od::json_type::array: found = "array"; break;
    case od::json_type::object: found = "object"; break;
  }
  return skip_value(value, level);
}

}  // namespace rubric
