// The offer reader's currencies: an offer's top-level "currency", a money fact's own, and the conversion of
// every money fact and grant to the rubric's currency once the whole document is read (docs/language.md,
// "Currencies"). The original amount, currency and rate stay beside the converted value.
#include <algorithm>

#include "rubric/input/offer_reader_impl.hpp"
#include "rubric/input/offer_reader_messages.hpp"

namespace rubric {

using offer_reader::PathNode;

namespace {

std::string code_error(const std::string& path, const std::string& found) {
  return path + ": expected a currency code (three capital letters, like EUR), found " + found;
}

}  // namespace

bool OfferReader::Impl::read_field_currency(const PathNode& node, od::value& value, int level) {
  const auto f = static_cast<std::size_t>(node.field);
  const auto path = [&] { return node.path + ".currency"; };  // spelled only for an error: no allocation per fact
  od::json_type type;
  if (auto error = value.type().get(type)) return fail_json(error);
  if (type == od::json_type::null) return skip_value(value, level);
  const TypeKind kind = schema.fields[f].kind;
  if (kind != TypeKind::money && kind != TypeKind::grant) {
    if (!skip_value(value, level)) return false;
    field_error(node.field, path() + ": only money facts and grants take a currency; " + schema.fields[f].path +
                                " is " + offer_reader::type_phrase(schema.fields[f]));
    return true;
  }
  if (type != od::json_type::string) {
    std::string found;
    if (!describe_value(value, type, level, found)) return false;
    field_error(node.field, code_error(path(), found));
    return true;
  }
  std::string_view text;
  if (!read_text(value, text)) return false;
  if (!is_currency_code(text)) {
    field_error(node.field, code_error(path(), "string " + offer_reader::quoted(text)));
    return true;
  }
  field_currency[f] = make_currency(text);
  any_field_currency = true;
  return true;
}

bool OfferReader::Impl::read_offer_currency(const PathNode& node, od::value& value, od::json_type type, int level) {
  if (type == od::json_type::null) return skip_value(value, level);
  if (type == od::json_type::string) {
    std::string_view text;
    if (!read_text(value, text)) return false;
    set_label(node.label, text);
    return true;
  }
  std::string found;
  if (!describe_value(value, type, level, found)) return false;
  out->errors.push_back({code_error("$.currency", found)});
  offer_currency_bad = true;
  return true;
}

void OfferReader::Impl::convert_money() {
  // Everything in the rubric's currency and no grant to value: nothing changes (the usual offer).
  if (offer_currency.empty() && !any_field_currency && schema.grant_count == 0) return;
  const Currencies& currencies = schema.currencies;
  bool offer_currency_used = false;
  for (std::size_t f = 0; f < schema.fields.size(); ++f) {
    const FieldSpec& spec = schema.fields[f];
    if ((spec.kind != TypeKind::money && spec.kind != TypeKind::grant) || state[f] != FieldState::read) continue;
    Grant* grant = spec.grant >= 0 ? &out->grants[static_cast<std::size_t>(spec.grant)] : nullptr;
    if (grant && grant->kind == GrantKind::none) continue;  // 0: no grant, in no currency
    const bool own = !field_currency[f].empty();
    if (!own && offer_currency_bad) continue;  // its currency is unknown: already an error
    offer_currency_used = offer_currency_used || !own;
    const CurrencyCode code = own ? field_currency[f] : offer_currency.empty() ? currencies.base : offer_currency;
    const double rate = currencies.rate_of(code);
    if (rate == 0) {
      field_error(static_cast<int>(f),
                  "$." + spec.path + ": no rate for " + std::string(code.view()) + " (add it to rates { })");
      continue;
    }
    double amount = out->numbers[f];
    if (grant) {
      amount = grant->kind == GrantKind::rsu ? grant->units
                                             : round_cents(grant->units * std::max(grant->price - grant->strike, 0.0));
    }
    const double value = code == currencies.base ? amount : rubric::convert_money(amount, rate);
    if (code != currencies.base) {
      out->origins[f] = MoneyOrigin{amount, rate, code};
      for (FactRange& range : out->ranges) {  // a range is stated in the fact's currency too
        if (range.field != static_cast<int>(f)) continue;
        range.low = rubric::convert_money(range.low, rate);
        range.high = rubric::convert_money(range.high, rate);
      }
    }
    out->numbers[f] = value;
    if (grant) grant->value = value;
  }
  // An offer in a currency without a rate is an error even when no money fact uses it: never a silent default.
  if (!offer_currency_used && !offer_currency.empty() && currencies.rate_of(offer_currency) == 0) {
    out->errors.push_back({"$.currency: no rate for " + std::string(offer_currency.view()) + " (add it to rates { })"});
  }
}

}  // namespace rubric
