#include <rubric/facts.hpp>

namespace rubric {

void OfferIdentity::clear() {
  id.clear();
  source.clear();
  ordinal = 0;
  company.clear();
  role_title.clear();
  contact_name.clear();
  contact_email.clear();
  contact_greeting.clear();
  warnings.clear();
}

void Facts::reset(std::size_t field_count) {
  OfferIdentity::clear();
  numbers.assign(field_count, 0.0);
  texts.resize(field_count);
  for (auto& t : texts) t.clear();
  sources.resize(field_count);
  for (auto& s : sources) s.clear();
  defaulted.assign(field_count, 0);
  // Member by member: assigning whole 19-byte MoneyOrigin values went through a stack copy whose reload
  // stalls on store forwarding, 5% of a batch's time.
  origins.resize(field_count);
  for (auto& origin : origins) {
    origin.amount = 0;
    origin.rate = 1;
    origin.currency.letters = {};
  }
  errors.clear();
  ranges.clear();
}

}  // namespace rubric
