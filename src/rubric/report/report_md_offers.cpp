// The report's Markdown sections after the scorecard: each offer's evidence, sensitivity, appendix.
#include <fmt/format.h>

#include <rubric/render.hpp>
#include <rubric/report.hpp>
#include "rubric/output/text.hpp"
#include "rubric/report/report_sections.hpp"

namespace rubric::report_md {

namespace {

namespace rt = text;

std::string fact_line(const FactUse& fact) {
  std::string out = fmt::format("`{}` = {}", rt::one_line(fact.path), rt::md(fact.shown()));
  if (!fact.vesting.empty()) out += " (" + rt::md(fact.vesting) + ")";
  if (fact.defaulted) out += " (the rubric's default: not in the offer)";
  if (!fact.source.empty()) out += " (source: " + rt::md(fact.source) + ")";
  return out;
}

void because_and_facts(const std::vector<std::string>& because, const std::vector<FactUse>& facts, std::string& out) {
  for (const auto& b : because) out += "  - because " + rt::md(b) + "\n";
  for (const auto& f : facts) out += "  - " + fact_line(f) + "\n";
}

void criteria_md(const OfferResult& offer, std::string& out) {
  out += "**Criteria**\n\n";
  for (const auto& c : offer.criteria) {
    out += fmt::format("- **{}** (`{}`): score {} at weight {}, contributes {}", rt::md(c.label), c.id,
                       render_fixed2(c.score), rt::weight(c.weight), render_fixed2(c.contribution));
    if (c.clamped) out += fmt::format(" (computed {}, clamped to the scale)", render_fixed2(c.raw_score));
    out += "\n";
    because_and_facts(c.because, c.facts, out);
  }
  out += "\n";
}

void flags_md(const OfferResult& offer, std::string& out) {
  if (offer.flags.empty()) {
    out += "**Red flags:** none raised.\n\n";
    return;
  }
  out += "**Red flags**\n\n";
  for (const auto& f : offer.flags) {
    out += fmt::format("- **{}** (`{}`): {}, {}\n", rt::md(f.label), f.id, to_string(f.severity), rt::flag_effect(f));
    because_and_facts(f.because, f.facts, out);
  }
  out += "\n";
}

void confirms_md(const OfferResult& offer, std::string& out) {
  std::string missing;
  for (const auto& c : offer.confirms)
    if (!c.confirmed) missing += fmt::format("- {} (`{}`)\n", rt::md(c.label), c.id);
  if (offer.confirms.empty()) return;
  if (missing.empty()) {
    out += fmt::format("**Confirmed in writing:** all {} items.\n\n", offer.confirms.size());
  } else {
    out += "**Still to confirm in writing**\n\n" + missing + "\n";
  }
}

void asks_md(const OfferResult& offer, std::string& out) {
  if (offer.asks.empty()) {
    out += "**Asks:** none.\n\n";
    return;
  }
  out += "**Asks**\n\n";
  for (const auto& a : offer.asks) {
    out += fmt::format("- **{}** (`{}`)", rt::md(a.label), a.id);
    if (a.range) out += ": " + rt::ask_range(a);
    out += "\n";
    for (const auto& b : a.because) out += "  - because " + rt::md(b) + "\n";
    if (!a.cite.empty()) {
      std::string tags;
      for (const auto& t : a.cite) tags += (tags.empty() ? "" : ", ") + rt::md(t);
      out += "  - cite achievements tagged " + tags + "\n";
    }
  }
  out += "\n";
}

void offer_md(const Report& report, const OfferResult& offer, std::size_t number, std::string& out) {
  out += fmt::format("### 3.{} {}", number, rt::md(offer.id));
  if (!offer.company.empty()) out += ": " + rt::md(offer.company);
  if (!offer.role_title.empty()) out += ", " + rt::md(offer.role_title);
  out += "\n\n";
  if (offer.scored) {
    out += fmt::format("Rank {}, total **{}** (weighted {}). From {}.\n\n", rt::rank_label(offer),
                       render_fixed2(offer.total), render_fixed2(offer.weighted), rt::md(offer.source));
    criteria_md(offer, out);
    compensation(report, offer, out);
    flags_md(offer, out);
    confirms_md(offer, out);
    asks_md(offer, out);
  } else {
    out += fmt::format("Not scored. From {}.\n\n", rt::md(offer.source));
  }
  if (!offer.errors.empty()) {
    out += "**Errors**\n\n";
    for (const auto& e : offer.errors) out += "- " + rt::md(e.message) + "\n";
    out += "\n";
  }
}

}  // namespace

void offers(const Report& report, std::string& out) {
  out += "## 3. Offers\n\n";
  std::size_t number = 0;
  for (const auto& offer : report.run->offers) offer_md(report, offer, ++number, out);
  if (!report.input_errors.empty()) {
    out += "**Inputs that could not be read**\n\n";
    for (const auto& e : report.input_errors) out += "- " + rt::md(to_string(e)) + "\n";
    out += "\n";
  }
}

void sensitivity(const Report& report, std::string& out) {
  const Sensitivity& s = report.sensitivity;
  out += "## 4. Sensitivity\n\n";
  if (!s.applicable) {
    out += "Not applicable: " + rt::md(s.note) + ".\n\n";
    return;
  }
  if (s.tie) {
    out += fmt::format("{} and {} are tied. For each criterion, the offer that giving it more weight favours "
                       "(the other weights rescaled so the sum stays 100):\n\n",
                       rt::md(s.first), rt::md(s.second));
    out += "| Criterion | Weight | Raising its weight |\n|---|---:|---|\n";
    for (const auto& w : s.swings)
      out += fmt::format("| {} | {} | {} |\n", rt::md(w.label), rt::weight(w.weight), rt::md(swing_text(w, s)));
    out += "\n";
    return;
  }
  out += fmt::format("How far each criterion's weight would have to move, the other weights rescaled so the sum "
                     "stays 100, for {} to overtake {}. At the weight shown the two tie; past it they swap.\n\n",
                     rt::md(s.second), rt::md(s.first));
  out += "| Criterion | Weight | Swap at | Change |\n|---|---:|---:|---|\n";
  for (const auto& w : s.swings) {
    std::string at = w.swap_weight ? render_fixed2(*w.swap_weight) : "\u2014";
    std::string change = w.swap_weight ? rt::signed2(w.change()) : "no change within 0..100 swaps them";
    out += fmt::format("| {} | {} | {} | {} |\n", rt::md(w.label), rt::weight(w.weight), at, change);
  }
  out += "\n";
}

void appendix(const Report& report, std::string& out) {
  const RunResult& run = *report.run;
  out += "## 6. Appendix: the rubric\n\n";
  out += fmt::format("- Title: {}\n- File: {}\n- Scale: {}..{}\n\n", rt::md(run.title), rt::md(run.rubric_file),
                     render_number(run.scale_low), render_number(run.scale_high));
  bool overridden = false;
  for (const auto& c : run.criteria) overridden = overridden || c.weight != c.declared_weight;
  out += overridden ? "| Criterion | Id | Weight | Declared |\n|---|---|---:|---:|\n"
                    : "| Criterion | Id | Weight |\n|---|---|---:|\n";
  for (const auto& c : run.criteria) {
    out += fmt::format("| {} | `{}` | {} |", rt::md(c.label), c.id, rt::weight(c.weight));
    out += overridden ? fmt::format(" {} |\n", rt::weight(c.declared_weight)) : std::string("\n");
  }
  out += "\n";
}

}  // namespace rubric::report_md
