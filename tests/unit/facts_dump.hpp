// Facts spelled out to the bit, for tests and fuzz harnesses that hold the reader's fast path to the full one.
#pragma once

#include <fmt/format.h>

#include <string>

#include <rubric/facts.hpp>
#include <rubric/money.hpp>

namespace rubric::test_support {

/// Renders a double exactly (hexadecimal significand, -0 kept).
inline std::string show_bits(double x) { return fmt::format("{:a}", x); }

/// Spells out everything a reader writes into Facts, so that two readers' facts compare as text and a
/// difference shows where it is.
inline std::string dump_facts(const Facts& f) {
  std::string s = fmt::format("id={} company={} role={} contact={}|{}|{}\n", f.id, f.company, f.role_title,
                              f.contact_name, f.contact_email, f.contact_greeting);
  for (std::size_t i = 0; i < f.numbers.size(); ++i) {
    s += fmt::format("[{}] {} '{}' src='{}' def={} origin={} {} {}\n", i, show_bits(f.numbers[i]), f.texts[i],
                     f.sources[i], f.defaulted[i], show_bits(f.origins[i].amount), show_bits(f.origins[i].rate),
                     f.origins[i].currency.view());
  }
  for (const Grant& g : f.grants) {
    s += fmt::format("grant {} {} {} {} {} {} {}", static_cast<int>(g.kind), show_bits(g.value), show_bits(g.units),
                     show_bits(g.strike), show_bits(g.price), g.years, g.cliff_months);
    for (double y : g.schedule) s += " " + show_bits(y);
    s += "\n";
  }
  for (const auto& r : f.ranges) s += fmt::format("range {} {} {}\n", r.field, show_bits(r.low), show_bits(r.high));
  for (const auto& e : f.errors) s += "error: " + e.message + "\n";
  for (const auto& w : f.warnings) s += "warning: " + w.message + "\n";
  return s;
}

}  // namespace rubric::test_support
