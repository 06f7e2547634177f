// The report as GitHub-flavoured Markdown: memo, scorecard, offers, sensitivity, appendix.
#include <fmt/format.h>

#include <rubric/render.hpp>
#include <rubric/report.hpp>
#include "rubric/output/text.hpp"
#include "rubric/report/report_robustness.hpp"
#include "rubric/report/report_sections.hpp"

namespace rubric {

namespace {

namespace rt = text;

std::string row(const std::vector<std::string>& cells) {
  std::string out = "|";
  for (const auto& cell : cells) out += " " + cell + " |";
  return out + "\n";
}

std::string reasons(const std::vector<std::string>& because) {
  std::string out;
  for (const auto& b : because) out += (out.empty() ? "" : "; ") + rt::md(b);
  return out;
}

void deciding_md(const Memo& memo, std::string& out) {
  const std::string& a = memo.recommended->id;
  const std::string& b = memo.runner_up->id;
  out += fmt::format("**What decided it** (weighted points, {} minus {}):\n\n", rt::md(a), rt::md(b));
  auto line = [](const CriterionDelta& d) {
    return fmt::format("{}: {} against {} at weight {}, {}", rt::md(d.label), render_fixed2(d.first_score),
                       render_fixed2(d.second_score), rt::weight(d.weight), rt::signed2(d.difference));
  };
  for (const auto& d : memo.deciding) out += "- " + line(d) + "\n";
  if (memo.against) out += fmt::format("- {} is ahead on {}\n", rt::md(b), line(*memo.against));
  if (memo.penalty_gap > 0) {
    out += fmt::format("- Red flags cost {} {} points more than {}\n", rt::md(b), render_fixed2(memo.penalty_gap),
                       rt::md(a));
  } else if (memo.penalty_gap < 0) {
    out += fmt::format("- Red flags cost {} {} points more than {}\n", rt::md(a), render_fixed2(-memo.penalty_gap),
                       rt::md(b));
  }
  out += "\n";
}

void memo_flags_md(const Memo& memo, std::string& out) {
  out += "**Red flags:**";
  if (memo.flags.empty()) {
    out += memo.recommended ? " none raised that matter.\n\n" : " none.\n\n";
    return;
  }
  out += "\n\n";
  for (const auto& f : memo.flags) {
    out += fmt::format("- {}: **{}** ({}; {})", rt::md(f.offer), rt::md(f.flag->label), to_string(f.flag->severity),
                       rt::flag_effect(*f.flag));
    std::string why = reasons(f.flag->because);
    out += why.empty() ? "\n" : ": " + why + "\n";
  }
  out += "\n";
}

void memo_actions_md(const Memo& memo, std::string& out) {
  const std::string name = rt::md(memo.recommended->id);
  if (memo.to_confirm.empty()) {
    out += fmt::format("**Confirm in writing before accepting {}:** nothing outstanding ({} confirmed).\n\n", name,
                       rt::confirm_summary(*memo.recommended));
  } else {
    out += fmt::format("**Confirm in writing before accepting {}:**\n\n", name);
    for (const auto* c : memo.to_confirm) out += "- " + rt::md(c->label) + "\n";
    out += "\n";
  }
  if (memo.asks.empty()) {
    out += fmt::format("**Negotiate with {}:** nothing the rubric asks for.\n\n", name);
    return;
  }
  out += fmt::format("**Negotiate with {}:**\n\n", name);
  for (const auto* a : memo.asks) {
    out += "- **" + rt::md(a->label) + "**";
    if (a->range) out += ": " + rt::ask_range(*a);
    std::string why = reasons(a->because);
    if (!why.empty()) out += "; " + why;
    out += "\n";
  }
  out += "\n";
}

void memo_md(const Report& report, std::string& out) {
  const Memo& memo = report.memo;
  out += "## 1. Decision\n\n**" + rt::md(memo.headline) + "**\n\n";
  if (memo.close_call && memo.margin)
    out += fmt::format("> **Close call:** a margin of {} is under 5% of the scale's width.{} Treat the two as even "
                       "and let the confirmations and negotiations below decide.\n\n",
                       render_fixed2(*memo.margin), rt::md(close_call_acceptability(*report.run)));
  if (memo.recommended && memo.runner_up) deciding_md(memo, out);
  if (!memo.robustness.empty()) out += "**How robust:** " + rt::md(memo.robustness) + "\n\n";
  memo_flags_md(memo, out);
  if (memo.recommended) memo_actions_md(memo, out);
}

}  // namespace

std::string render_report_md(const Report& report) {
  const RunResult& run = *report.run;
  std::string out = "# Decision report: " + rt::md(run.title) + "\n\n";
  if (!run.weight_note.empty()) out += "> **Note:** " + rt::md(run.weight_note) + "\n\n";
  memo_md(report, out);
  report_md::beyond_detail(report, out);
  report_md::scorecard(report, out);
  report_md::offers(report, out);
  report_md::sensitivity(report, out);
  report_md::robustness(report, out);
  report_md::appendix(report, out);
  while (out.ends_with("\n\n")) out.pop_back();
  return out;  // ends with one line break, as a text file should
}

namespace report_md {

void scorecard(const Report& report, std::string& out) {
  const RunResult& run = *report.run;
  out += "## 2. Scorecard\n\nEach cell: the score, then its weighted contribution in parentheses.\n\n";
  std::vector<std::string> head{"Criterion", "Weight"}, rule{"---", "---:"};
  for (const auto& o : run.offers) {
    head.push_back(rt::md(o.id));
    rule.push_back("---:");
  }
  out += row(head) + row(rule);
  double weights = 0;
  for (const auto& info : run.criteria) {
    weights += info.weight;
    std::vector<std::string> cells{rt::md(info.label), rt::weight(info.weight)};
    for (const auto& o : run.offers) {
      std::string cell = "\u2014";
      for (const auto& c : o.criteria)
        if (c.id == info.id && o.scored)
          cell = fmt::format("{} ({})", render_fixed2(c.score), render_fixed2(c.contribution));
      cells.push_back(cell);
    }
    out += row(cells);
  }
  auto totals = [&](const std::string& name, const std::string& weight, auto cell) {
    std::vector<std::string> cells{name, weight};
    for (const auto& o : run.offers) cells.push_back(o.scored ? cell(o) : std::string("\u2014"));
    out += row(cells);
  };
  totals("**Weighted**", rt::weight(weights), [](const OfferResult& o) { return render_fixed2(o.weighted); });
  totals("**Flags (penalties, caps)**", "", [](const OfferResult& o) { return render_fixed2(o.total - o.weighted); });
  totals("**Total**", "", [](const OfferResult& o) { return "**" + render_fixed2(o.total) + "**"; });
  std::vector<std::string> ranks{"**Rank**", ""};
  for (const auto& o : run.offers) ranks.push_back(rt::rank_label(o));
  out += row(ranks);
  totals("**Flags raised**", "", [](const OfferResult& o) {
    std::string ids;
    for (const auto& f : o.flags) ids += (ids.empty() ? "" : ", ") + f.id;
    return ids.empty() ? std::string("none") : rt::md(ids);
  });
  totals("**Confirmed**", "", [](const OfferResult& o) { return rt::md(rt::confirm_summary(o)); });
  out += "\n";
  if (std::string note = rounding_note(run); !note.empty()) out += rt::md(note) + "\n\n";
}

}  // namespace report_md

}  // namespace rubric
