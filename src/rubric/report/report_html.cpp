// The report as one self-contained HTML page: inline CSS and SVG, no scripts,
// every text from a rubric or an offer escaped. Memo and scorecard here.
#include <fmt/format.h>

#include <rubric/render.hpp>
#include <rubric/report.hpp>
#include "rubric/output/text.hpp"
#include "rubric/report/report_robustness.hpp"
#include "rubric/report/report_sections.hpp"

namespace rubric {

namespace {

namespace rt = text;

std::string h(const std::string& text) { return rt::html(text); }

std::string reasons(const std::vector<std::string>& because) {
  std::string out;
  for (const auto& b : because) out += (out.empty() ? "" : "; ") + h(b);
  return out;
}

void deciding_html(const Memo& memo, std::string& out) {
  const std::string a = h(memo.recommended->id), b = h(memo.runner_up->id);
  out += fmt::format("<h3>What decided it</h3><p class=\"muted\">Weighted points, {} minus {}.</p><ul>", a, b);
  auto line = [](const CriterionDelta& d) {
    return fmt::format("<strong>{}</strong>: {} against {} at weight {}, <span class=\"num\">{}</span>", h(d.label),
                       render_fixed2(d.first_score), render_fixed2(d.second_score), rt::weight(d.weight),
                       rt::signed2(d.difference));
  };
  for (const auto& d : memo.deciding) out += "<li>" + line(d) + "</li>";
  if (memo.against) out += fmt::format("<li>{} is ahead on {}</li>", b, line(*memo.against));
  if (memo.penalty_gap > 0)
    out += fmt::format("<li>Red flags cost {} {} points more than {}</li>", b, render_fixed2(memo.penalty_gap), a);
  if (memo.penalty_gap < 0)
    out += fmt::format("<li>Red flags cost {} {} points more than {}</li>", a, render_fixed2(-memo.penalty_gap), b);
  out += "</ul>";
}

void memo_flags_html(const Memo& memo, std::string& out) {
  out += "<h3>Red flags</h3>";
  if (memo.flags.empty()) {
    out += "<p>None raised that matter.</p>";
    return;
  }
  out += "<ul>";
  for (const auto& f : memo.flags) {
    std::string severity(to_string(f.flag->severity));
    out += fmt::format("<li>{}: <strong>{}</strong> (<span class=\"sev-{}\">{}</span>; {})", h(f.offer),
                       h(f.flag->label), severity, severity, h(rt::flag_effect(*f.flag)));
    std::string why = reasons(f.flag->because);
    out += why.empty() ? "</li>" : ": " + why + "</li>";
  }
  out += "</ul>";
}

void memo_actions_html(const Memo& memo, std::string& out) {
  const std::string name = h(memo.recommended->id);
  out += fmt::format("<h3>Confirm in writing before accepting {}</h3>", name);
  if (memo.to_confirm.empty()) {
    out += fmt::format("<p class=\"ok\">Nothing outstanding ({} confirmed).</p>",
                       h(rt::confirm_summary(*memo.recommended)));
  } else {
    out += "<ul>";
    for (const auto* c : memo.to_confirm) out += "<li class=\"missing\">" + h(c->label) + "</li>";
    out += "</ul>";
  }
  out += fmt::format("<h3>Negotiate with {}</h3>", name);
  if (memo.asks.empty()) {
    out += "<p>Nothing the rubric asks for.</p>";
    return;
  }
  out += "<ul>";
  for (const auto* a : memo.asks) {
    out += "<li><strong>" + h(a->label) + "</strong>";
    if (a->range) out += ": <span class=\"num\">" + h(rt::ask_range(*a)) + "</span>";
    std::string why = reasons(a->because);
    out += why.empty() ? "</li>" : "; " + why + "</li>";
  }
  out += "</ul>";
}

void memo_html(const Report& report, std::string& out) {
  const Memo& memo = report.memo;
  out += "<section class=\"memo\" id=\"decision\"><h2>1. Decision</h2>";
  out += "<p class=\"headline\">" + h(memo.headline) + "</p>";
  if (memo.close_call && memo.margin)
    out += fmt::format("<p class=\"callout\"><strong>Close call:</strong> a margin of {} is under 5% of the scale's "
                       "width.{} Treat the two as even and let the confirmations and negotiations decide.</p>",
                       render_fixed2(*memo.margin), h(close_call_acceptability(*report.run)));
  if (memo.recommended && memo.runner_up) deciding_html(memo, out);
  if (!memo.robustness.empty()) out += "<p><strong>How robust:</strong> " + h(memo.robustness) + "</p>";
  memo_flags_html(memo, out);
  if (memo.recommended) memo_actions_html(memo, out);
  out += "</section>\n";
}

std::string scorecard_cell(const OfferResult& o, const std::string& id) {
  if (!o.scored) return "<td class=\"num\">\u2014</td>";
  for (const auto& c : o.criteria)
    if (c.id == id)
      return fmt::format("<td class=\"num\">{} <span class=\"contrib\">({})</span></td>", render_fixed2(c.score),
                         render_fixed2(c.contribution));
  return "<td class=\"num\">\u2014</td>";
}

template<typename Cell>
void totals_row(const RunResult& run, const std::string& name, const std::string& cls, Cell cell, std::string& out) {
  out += fmt::format("<tr{}><th scope=\"row\">{}</th><td></td>", cls.empty() ? "" : " class=\"" + cls + "\"", name);
  for (const auto& o : run.offers) out += "<td class=\"num\">" + (o.scored ? cell(o) : "\u2014") + "</td>";
  out += "</tr>";
}

void scorecard_rows(const RunResult& run, std::string& out) {
  double weights = 0;
  for (const auto& c : run.criteria) weights += c.weight;
  totals_row(
      run, "Weighted", "", [](const OfferResult& o) { return render_fixed2(o.weighted); }, out);
  totals_row(
      run, "Flags (penalties, caps)", "", [](const OfferResult& o) { return render_fixed2(o.total - o.weighted); },
      out);
  totals_row(
      run, "Total", "total", [](const OfferResult& o) { return render_fixed2(o.total); }, out);
  out += "<tr><th scope=\"row\">Rank</th><td></td>";
  for (const auto& o : run.offers) out += "<td class=\"num\">" + h(rt::rank_label(o)) + "</td>";
  out += "</tr><tr><th scope=\"row\">Flags raised</th><td></td>";
  for (const auto& o : run.offers) {
    std::string ids;
    for (const auto& f : o.flags) ids += (ids.empty() ? "" : ", ") + h(f.id);
    out += "<td>" + (ids.empty() ? std::string("none") : ids) + "</td>";
  }
  out += "</tr><tr><th scope=\"row\">Confirmed</th><td></td>";
  for (const auto& o : run.offers) out += "<td>" + h(rt::confirm_summary(o)) + "</td>";
  const std::string note = rounding_note(run);
  out += fmt::format(
      "</tr></tbody><tfoot><tr><td colspan=\"{}\" class=\"muted\">Weights sum to {}.{}</td></tr></tfoot>",
      run.offers.size() + 2, rt::weight(weights), note.empty() ? "" : " " + h(note));
}

void scorecard_html(const Report& report, std::string& out) {
  const RunResult& run = *report.run;
  out += "<section id=\"scorecard\"><h2>2. Scorecard</h2>"
         "<p class=\"muted\">Each cell: the score, then its weighted contribution in parentheses.</p>"
         "<div class=\"table-wrap\"><table><thead><tr><th scope=\"col\">Criterion</th>"
         "<th scope=\"col\" class=\"num\">Weight</th>";
  for (const auto& o : run.offers) out += "<th scope=\"col\" class=\"num\">" + h(o.id) + "</th>";
  out += "</tr></thead><tbody>";
  for (const auto& info : run.criteria) {
    out += fmt::format("<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td>", h(info.label),
                       rt::weight(info.weight));
    for (const auto& o : run.offers) out += scorecard_cell(o, info.id);
    out += "</tr>";
  }
  scorecard_rows(run, out);
  out += "</table></div>";
  report_html::contributions_chart(report, out);
  report_html::scores_chart(report, out);
  out += "</section>\n";
}

}  // namespace

std::string render_report_html(const Report& report) {
  const RunResult& run = *report.run;
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<title>Decision report: " + h(run.title) + "</title>\n<style>" + report_html::stylesheet() +
         "</style>\n</head>\n<body>\n<main>\n";
  out += "<header><h1>Decision report: " + h(run.title) + "</h1>";
  // A run with offers beyond the detail says how many there were: "The best 50 of 1,000,000 offers".
  const std::string offers = run.beyond_detail
                                 ? fmt::format("The best {} of {} offers", run.offers.size(),
                                               render_number(static_cast<double>(run.beyond_detail->offers)))
                                 : fmt::format("{} {}", run.offers.size(), run.offers.size() == 1 ? "offer" : "offers");
  out += fmt::format("<p class=\"subtitle\">{} against the rubric <code>{}</code>, scale {}..{}.</p>", offers,
                     h(run.rubric_file), render_number(run.scale_low), render_number(run.scale_high));
  if (!run.weight_note.empty()) out += "<p class=\"callout\"><strong>Note:</strong> " + h(run.weight_note) + "</p>";
  out += "</header>\n";
  memo_html(report, out);
  report_html::beyond_detail(report, out);
  scorecard_html(report, out);
  report_html::offers(report, out);
  report_html::sensitivity(report, out);
  report_html::robustness(report, out);
  report_html::appendix(report, out);
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace rubric
