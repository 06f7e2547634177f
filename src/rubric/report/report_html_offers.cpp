// The HTML report's sections after the scorecard: each offer's evidence, sensitivity, appendix.
#include <fmt/format.h>

#include <rubric/render.hpp>
#include "rubric/output/text.hpp"
#include "rubric/report/report_sections.hpp"

namespace rubric::report_html {

namespace {

namespace rt = text;

std::string h(const std::string& text) { return rt::html(text); }

std::string fact_item(const FactUse& fact) {
  std::string out = fmt::format("<li><code>{}</code> = {}", h(fact.path), h(fact.shown()));
  if (!fact.vesting.empty()) out += " <span class=\"muted\">(" + h(fact.vesting) + ")</span>";
  if (fact.defaulted) out += " <span class=\"muted\">(the rubric's default: not in the offer)</span>";
  if (!fact.source.empty()) out += " <span class=\"muted\">(source: " + h(fact.source) + ")</span>";
  return out + "</li>";
}

// The reasons and facts under one criterion or flag, as a nested list.
std::string evidence(const std::vector<std::string>& because, const std::vector<FactUse>& facts) {
  if (because.empty() && facts.empty()) return {};
  std::string out = "<ul class=\"facts\">";
  for (const auto& b : because) out += "<li>because " + h(b) + "</li>";
  for (const auto& f : facts) out += fact_item(f);
  return out + "</ul>";
}

void criteria_html(const OfferResult& offer, std::string& out) {
  out += "<h4>Criteria</h4><ul>";
  for (const auto& c : offer.criteria) {
    out += fmt::format("<li><strong>{}</strong> (<code>{}</code>): score {} at weight {}, contributes {}", h(c.label),
                       h(c.id), render_fixed2(c.score), rt::weight(c.weight), render_fixed2(c.contribution));
    if (c.clamped) out += fmt::format(" (computed {}, clamped to the scale)", render_fixed2(c.raw_score));
    out += evidence(c.because, c.facts) + "</li>";
  }
  out += "</ul>";
}

void flags_html(const OfferResult& offer, std::string& out) {
  if (offer.flags.empty()) {
    out += "<h4>Red flags</h4><p>None raised.</p>";
    return;
  }
  out += "<h4>Red flags</h4><ul>";
  for (const auto& f : offer.flags) {
    std::string severity(to_string(f.severity));
    out += fmt::format("<li><strong>{}</strong> (<code>{}</code>): <span class=\"sev-{}\">{}</span>, {}", h(f.label),
                       h(f.id), severity, severity, h(rt::flag_effect(f)));
    out += evidence(f.because, f.facts) + "</li>";
  }
  out += "</ul>";
}

void confirms_html(const OfferResult& offer, std::string& out) {
  if (offer.confirms.empty()) return;
  std::string missing;
  for (const auto& c : offer.confirms)
    if (!c.confirmed) missing += fmt::format("<li class=\"missing\">{} (<code>{}</code>)</li>", h(c.label), h(c.id));
  if (missing.empty()) {
    out += fmt::format("<h4>Confirmed in writing</h4><p class=\"ok\">All {} items.</p>", offer.confirms.size());
  } else {
    out += "<h4>Still to confirm in writing</h4><ul>" + missing + "</ul>";
  }
}

void asks_html(const OfferResult& offer, std::string& out) {
  out += "<h4>Asks</h4>";
  if (offer.asks.empty()) {
    out += "<p>None.</p>";
    return;
  }
  out += "<ul>";
  for (const auto& a : offer.asks) {
    out += fmt::format("<li><strong>{}</strong> (<code>{}</code>)", h(a.label), h(a.id));
    if (a.range) out += ": <span class=\"num\">" + h(rt::ask_range(a)) + "</span>";
    std::vector<std::string> lines;
    for (const auto& b : a.because) lines.push_back("because " + h(b));
    if (!a.cite.empty()) {
      std::string tags;
      for (const auto& t : a.cite) tags += (tags.empty() ? "" : ", ") + h(t);
      lines.push_back("cite achievements tagged " + tags);
    }
    if (!lines.empty()) {
      out += "<ul class=\"facts\">";
      for (const auto& l : lines) out += "<li>" + l + "</li>";
      out += "</ul>";
    }
    out += "</li>";
  }
  out += "</ul>";
}

void offer_html(const Report& report, const OfferResult& offer, std::size_t number, std::string& out) {
  out += fmt::format("<article id=\"offer-{}\"><h3>3.{} {}", number, number, h(offer.id));
  if (!offer.company.empty()) out += ": " + h(offer.company);
  if (!offer.role_title.empty()) out += ", " + h(offer.role_title);
  out += "</h3>";
  if (offer.scored) {
    out += fmt::format("<p>Rank {}, total <strong>{}</strong> (weighted {}). From <code>{}</code>.</p>",
                       h(rt::rank_label(offer)), render_fixed2(offer.total), render_fixed2(offer.weighted),
                       h(offer.source));
    criteria_html(offer, out);
    compensation(report, offer, number, out);
    flags_html(offer, out);
    confirms_html(offer, out);
    asks_html(offer, out);
  } else {
    out += "<p>Not scored. From <code>" + h(offer.source) + "</code>.</p>";
  }
  if (!offer.errors.empty()) {
    out += "<h4>Errors</h4><ul>";
    for (const auto& e : offer.errors) out += "<li class=\"missing\">" + h(e.message) + "</li>";
    out += "</ul>";
  }
  out += "</article>\n";
}

}  // namespace

void offers(const Report& report, std::string& out) {
  out += "<section id=\"offers\"><h2>3. Offers</h2>\n";
  std::size_t number = 0;
  for (const auto& offer : report.run->offers) offer_html(report, offer, ++number, out);
  if (!report.input_errors.empty()) {
    out += "<h3>Inputs that could not be read</h3><ul>";
    for (const auto& e : report.input_errors) out += "<li class=\"missing\">" + h(to_string(e)) + "</li>";
    out += "</ul>";
  }
  out += "</section>\n";
}

void sensitivity(const Report& report, std::string& out) {
  const Sensitivity& s = report.sensitivity;
  out += "<section id=\"sensitivity\"><h2>4. Sensitivity</h2>";
  if (!s.applicable) {
    out += "<p>Not applicable: " + h(s.note) + ".</p></section>\n";
    return;
  }
  if (s.tie) {
    out += fmt::format("<p>{} and {} are tied. For each criterion, the offer that giving it more weight favours "
                       "(the other weights rescaled so the sum stays 100).</p>",
                       h(s.first), h(s.second));
    out += "<div class=\"table-wrap\"><table><thead><tr><th>Criterion</th><th class=\"num\">Weight</th>"
           "<th>Raising its weight</th></tr></thead><tbody>";
    for (const auto& w : s.swings)
      out += fmt::format("<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td>{}</td></tr>", h(w.label),
                         rt::weight(w.weight), h(swing_text(w, s)));
  } else {
    out += fmt::format("<p>How far each criterion's weight would have to move, the other weights rescaled so the "
                       "sum stays 100, for {} to overtake {}. At the weight shown the two tie; past it they swap.</p>",
                       h(s.second), h(s.first));
    out += "<div class=\"table-wrap\"><table><thead><tr><th>Criterion</th><th class=\"num\">Weight</th>"
           "<th class=\"num\">Swap at</th><th>Change</th></tr></thead><tbody>";
    for (const auto& w : s.swings) {
      std::string at = w.swap_weight ? render_fixed2(*w.swap_weight) : "\u2014";
      std::string change = w.swap_weight ? rt::signed2(w.change()) : "no change within 0..100 swaps them";
      out += fmt::format("<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td>"
                         "<td>{}</td></tr>",
                         h(w.label), rt::weight(w.weight), at, change);
    }
  }
  out += "</tbody></table></div></section>\n";
}

void appendix(const Report& report, std::string& out) {
  const RunResult& run = *report.run;
  out += "<section id=\"appendix\"><h2>6. Appendix: the rubric</h2><ul>";
  out += fmt::format("<li>Title: {}</li><li>File: <code>{}</code></li><li>Scale: {}..{}</li></ul>", h(run.title),
                     h(run.rubric_file), render_number(run.scale_low), render_number(run.scale_high));
  out += "<div class=\"table-wrap\"><table><thead><tr><th>Criterion</th><th>Id</th><th class=\"num\">Weight</th>"
         "<th class=\"num\">Declared</th></tr></thead><tbody>";
  for (const auto& c : run.criteria)
    out += fmt::format("<tr><th scope=\"row\">{}</th><td><code>{}</code></td><td class=\"num\">{}</td>"
                       "<td class=\"num\">{}</td></tr>",
                       h(c.label), h(c.id), rt::weight(c.weight), rt::weight(c.declared_weight));
  out += "</tbody></table></div></section>\n";
}

}  // namespace rubric::report_html
