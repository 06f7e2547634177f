// The offer reader's grants: {"rsu": AMOUNT} or {"options": N, "strike": S, "price": P}, each with an optional
// "vesting" {"years", "cliff_months", "schedule"}, "currency" and "source" (docs/language.md, "Grants").
// A grant is read into a fixed-size Grant: no allocation per offer. Its value is set by convert_money().
#include <fmt/format.h>

#include <cmath>

#include <rubric/limits.hpp>
#include <rubric/render.hpp>
#include "rubric/input/offer_reader_impl.hpp"
#include "rubric/input/offer_reader_messages.hpp"

namespace rubric {

using offer_reader::PathNode;

namespace {

// Which keys a grant had, as bits, so a repeated key and a missing one are both errors.
enum GrantKey : std::uint32_t {
  key_none = 0,
  key_rsu = 1,
  key_options = 2,
  key_strike = 4,
  key_price = 8,
  key_vesting = 16,
  key_currency = 32,
  key_source = 64,
  key_years = 128,
  key_cliff = 256,
  key_schedule = 512,
};

GrantKey grant_key(std::string_view key) {
  if (key == "rsu") return key_rsu;
  if (key == "options") return key_options;
  if (key == "strike") return key_strike;
  if (key == "price") return key_price;
  if (key == "vesting") return key_vesting;
  if (key == "currency") return key_currency;
  if (key == "source") return key_source;
  return key_none;
}

GrantKey vesting_key(std::string_view key) {
  if (key == "years") return key_years;
  if (key == "cliff_months") return key_cliff;
  if (key == "schedule") return key_schedule;
  return key_none;
}

bool whole(double v) { return std::floor(v) == v; }

}  // namespace

bool OfferReader::Impl::read_grant(const PathNode& node, od::value& value, od::json_type type, int level) {
  const auto f = static_cast<std::size_t>(node.field);
  Grant& grant = out->grants[static_cast<std::size_t>(schema.fields[f].grant)];
  if (type == od::json_type::null) return skip_value(value, level);  // absent: the default (no grant) applies
  std::string found;
  if (type == od::json_type::number) {
    double number = 1;
    if (value.get_double().get(number) == simdjson::SUCCESS && number == 0) {
      grant = Grant{};  // 0 stands for no grant
      out->numbers[f] = 0;
      state[f] = FieldState::read;
      return true;
    }
    found = "number " + offer_reader::shown_token(value.raw_json_token());
  } else if (type != od::json_type::object) {
    if (!describe_value(value, type, level, found)) return false;
  }
  if (type != od::json_type::object) {
    field_error(node.field, node.path +
                                ": expected a grant ({\"rsu\": AMOUNT} or {\"options\": COUNT, \"strike\": "
                                "S, \"price\": P}) or 0 for none, found " +
                                found);
    return true;
  }
  if (level > kMaxJsonDepth) return fail_depth();
  od::object object;
  if (auto error = value.get_object().get(object)) return fail_json(error);
  grant = Grant{};
  draft_years = kDefaultVestingYears;
  draft_cliff = kDefaultCliffMonths;
  std::uint32_t keys = 0;
  int entries = 0;
  if (!read_grant_object(node, object, level, grant, keys, entries)) return false;
  if (state[f] == FieldState::failed) return true;
  if (!validate_grant(node, grant, keys, entries)) return true;
  state[f] = FieldState::read;
  return true;
}

bool OfferReader::Impl::read_grant_object(const PathNode& node, od::object& object, int level, Grant& grant,
                                          std::uint32_t& keys, int& entries) {
  bool ok = true;
  for (auto member : object) {
    if (auto error = member.error()) return fail_json(error);
    od::field& field = member.value_unsafe();
    std::string_view key;
    if (auto error = field.unescaped_key().get(key)) return fail_json(error);
    const GrantKey which = grant_key(key);
    od::value& value = field.value();
    if (which == key_none) {  // other keys are notes for the reader, as in a {"value": ...} wrapper
      if (!skip_value(value, level + 1)) return false;
      continue;
    }
    if (keys & which) {
      duplicate_key(node, key);
      if (!skip_value(value, level + 1)) return false;
      ok = false;
      continue;
    }
    keys |= which;
    const GrantPath path{node.path, key, {}, -1};
    bool read = true;
    switch (which) {
      case key_rsu: read = read_grant_number(node.field, path, value, level + 1, grant.units, ok); break;
      case key_options: read = read_grant_number(node.field, path, value, level + 1, grant.units, ok); break;
      case key_strike: read = read_grant_number(node.field, path, value, level + 1, grant.strike, ok); break;
      case key_price: read = read_grant_number(node.field, path, value, level + 1, grant.price, ok); break;
      case key_vesting: read = read_vesting(node, value, level + 1, grant, keys, entries); break;
      case key_currency: read = read_field_currency(node, value, level + 1); break;
      case key_source: read = read_source(node, value, level + 1); break;
      default: read = skip_value(value, level + 1); break;
    }
    if (!read) return false;
  }
  if (!ok) state[static_cast<std::size_t>(node.field)] = FieldState::failed;
  return true;
}

std::string OfferReader::Impl::GrantPath::str() const {
  std::string text = node + "." + std::string(key);
  if (!sub.empty()) text += "." + std::string(sub);
  if (index >= 0) text += fmt::format("[{}]", index);
  return text;
}

bool OfferReader::Impl::read_grant_number(int field, const GrantPath& path, od::value& value, int level, double& number,
                                          bool& ok) {
  od::json_type type;
  if (auto error = value.type().get(type)) return fail_json(error);
  if (type == od::json_type::number && value.get_double().get(number) == simdjson::SUCCESS) return true;
  std::string found;
  if (type == od::json_type::number) {
    found = "number " + offer_reader::shown_token(value.raw_json_token()) + " (out of double range)";
  } else if (!describe_value(value, type, level, found)) {
    return false;
  }
  field_error(field, path.str() + ": expected a number, found " + found);
  ok = false;
  return true;
}

bool OfferReader::Impl::read_vesting(const PathNode& node, od::value& value, int level, Grant& grant,
                                     std::uint32_t& keys, int& entries) {
  const GrantPath base{node.path, "vesting", {}, -1};
  od::json_type type;
  if (auto error = value.type().get(type)) return fail_json(error);
  if (type != od::json_type::object) {
    std::string found;
    if (!describe_value(value, type, level, found)) return false;
    field_error(node.field,
                base.str() + ": expected an object {\"years\", \"cliff_months\", \"schedule\"}, found " + found);
    return true;
  }
  if (level > kMaxJsonDepth) return fail_depth();
  od::object object;
  if (auto error = value.get_object().get(object)) return fail_json(error);
  bool ok = true;
  for (auto member : object) {
    if (auto error = member.error()) return fail_json(error);
    od::field& field = member.value_unsafe();
    std::string_view key;
    if (auto error = field.unescaped_key().get(key)) return fail_json(error);
    const GrantKey which = vesting_key(key);
    od::value& item = field.value();
    if (which == key_none || (keys & which)) {
      if (which != key_none) {
        field_error(node.field, base.str() + ": duplicate key " + offer_reader::quoted(key));
        ok = false;
      }
      if (!skip_value(item, level + 1)) return false;
      continue;
    }
    keys |= which;
    const GrantPath path{node.path, "vesting", key, -1};
    double number = 0;
    if (which != key_schedule) {
      if (!read_grant_number(node.field, path, item, level + 1, number, ok)) return false;
      // Stored as read; validate_grant() checks they are whole and in range.
      (which == key_years ? draft_years : draft_cliff) = number;  // validate_grant() checks them
      continue;
    }
    od::json_type item_type;
    if (auto error = item.type().get(item_type)) return fail_json(error);
    if (item_type != od::json_type::array) {
      std::string found;
      if (!describe_value(item, item_type, level + 1, found)) return false;
      field_error(node.field, path.str() + ": expected an array of percentages, one per year, found " + found);
      ok = false;
      continue;
    }
    od::array array;
    if (auto error = item.get_array().get(array)) return fail_json(error);
    for (auto element : array) {
      if (auto error = element.error()) return fail_json(error);
      const GrantPath at{node.path, "vesting", key, entries};
      if (entries >= kMaxVestingYears) {
        if (!skip_value(element.value_unsafe(), level + 2)) return false;
        ++entries;
        continue;
      }
      if (!read_grant_number(node.field, at, element.value_unsafe(), level + 2,
                             grant.schedule[static_cast<std::size_t>(entries)], ok))
        return false;
      ++entries;
    }
  }
  if (!ok) state[static_cast<std::size_t>(node.field)] = FieldState::failed;
  return true;
}

bool OfferReader::Impl::validate_grant(const PathNode& node, Grant& grant, std::uint32_t keys, int entries) {
  const std::string& path = node.path;
  auto fail = [&](const std::string& message) {
    field_error(node.field, message);
    return false;
  };
  const bool rsu = keys & key_rsu, options = keys & key_options;
  if (rsu && options) return fail(path + ": a grant is either \"rsu\" or \"options\", not both");
  if (!rsu && !options)
    return fail(path + ": a grant needs \"rsu\" (an amount) or \"options\" (a count, with \"strike\" and \"price\")");
  if (options && (keys & (key_strike | key_price)) != (key_strike | key_price))
    return fail(path + ": options need \"strike\" and \"price\" (missing \"" +
                ((keys & key_strike) ? "price" : "strike") + "\")");
  if (rsu && (keys & (key_strike | key_price)))
    return fail(path + ": \"strike\" and \"price\" belong to options; an \"rsu\" grant is worth its amount");
  const std::pair<const char*, double> amounts[] = {
      {rsu ? "rsu" : "options", grant.units}, {"strike", grant.strike}, {"price", grant.price}};
  for (const auto& [name, v] : amounts) {
    if (v < 0) return fail(path + "." + name + ": must not be negative, found " + render_number(v));
  }
  grant.kind = rsu ? GrantKind::rsu : GrantKind::options;
  const auto vesting = [&] { return path + ".vesting"; };
  if (!whole(draft_years) || draft_years < 1 || draft_years > kMaxVestingYears)
    return fail(fmt::format("{}.years: expected a whole number of years from 1 to {}, found {}", vesting(),
                            kMaxVestingYears, render_number(draft_years)));
  grant.years = static_cast<int>(draft_years);
  if (!whole(draft_cliff) || draft_cliff < 0 || draft_cliff > 12 * grant.years)
    return fail(fmt::format("{}.cliff_months: expected a whole number of months from 0 to {} (12 x {} years), found {}",
                            vesting(), 12 * grant.years, grant.years, render_number(draft_cliff)));
  grant.cliff_months = static_cast<int>(draft_cliff);
  if (!(keys & key_schedule)) {
    even_schedule(grant);
    return true;
  }
  if (entries != grant.years)
    return fail(fmt::format("{}.schedule: has {} entr{} for {} year{} (one percentage per year)", vesting(), entries,
                            entries == 1 ? "y" : "ies", grant.years, grant.years == 1 ? "" : "s"));
  double sum = 0;
  for (int y = 0; y < entries; ++y) {
    const double v = grant.schedule[static_cast<std::size_t>(y)];
    if (v < 0)
      return fail(fmt::format("{}.schedule[{}]: must not be negative, found {}", vesting(), y, render_number(v)));
    sum += v;
  }
  if (std::fabs(sum - 100) > kScheduleSumTolerance)
    return fail(fmt::format("{}.schedule: sums to {}, not 100", vesting(), render_number(sum)));
  return true;
}

}  // namespace rubric
