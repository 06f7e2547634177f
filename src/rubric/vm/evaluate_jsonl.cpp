// The direct jsonl writer. Every field, key and rule mirrors build_offer_result
// (evaluate_results.cpp) followed by append_offer_jsonl (result_json.cpp);
// tests compare the two paths byte for byte on every test rubric.
#include "rubric/vm/evaluate_jsonl.hpp"

namespace rubric {

// Room for the keys and punctuation written around one value or string (the longest,
// ",\"contribution\":" or ",\"because\":[", is under 20 bytes).
constexpr std::size_t kKeyRoom = 32;

/// One declaration's constant JSON: `head` opens its object up to its label, `tail` carries what follows
/// the label up to the first per-offer value. A constant label joins them: `head` holds it all, one copy.
struct DeclJson {
  std::string head;
  const Template* label = nullptr;  // null: the label is constant and part of `head`
  std::string tail;
};

struct JsonlLayout {
  std::vector<DeclJson> criteria, flags, confirms, asks;
  std::vector<std::string> cites;    // per ask: ",\"cite\":[...]", or empty
  std::vector<std::string> reasons;  // per reason template: its JSON string when constant, else empty
};

namespace {

/// Returns `write` run into a string (for text made once per plan).
template<typename Write>
std::string json_text(std::size_t bound, Write write) {
  JsonBuffer buffer;
  write(buffer.room(bound));
  return std::string(buffer.text());
}

std::size_t template_bound(const Template& t) { return json_string_bound(t.constant); }

DeclJson decl_json(const std::string& id, const Template& label, std::string tail) {
  DeclJson d;
  const bool constant = label.is_constant;
  d.head = json_text(json_string_bound(id) + template_bound(label) + kKeyRoom, [&](JsonWriter& w) {
    w.raw("{\"id\":");
    w.string(id);
    w.raw(",\"label\":");
    if (constant) w.string(label.constant);
  });
  if (constant) {
    d.head += tail;
  } else {
    d.label = &label;
    d.tail = std::move(tail);
  }
  return d;
}

std::string number_text(double value) {
  char digits[kMaxJsonNumberBytes];
  return std::string(digits, write_json_number(digits, value));
}

std::string cite_json(const std::vector<std::string>& cite) {
  if (cite.empty()) return {};
  std::size_t bound = kKeyRoom;
  for (const auto& tag : cite) bound += json_string_bound(tag) + 1;
  return json_text(bound, [&](JsonWriter& w) {
    w.raw(",\"cite\":");
    w.strings(cite);
  });
}

/// Writes what evaluation rendered for one offer; holds the per-offer pointers.
struct ScoredLine {
  const JsonlLayout& layout;
  const Plan& plan;
  const EvalBuffers& b;
  RenderContext ctx;
  std::string& text;
  JsonBuffer& out;

  const double* slots() const { return b.frame.data() + plan.frame.slots; }
  double frame(std::size_t at) const { return b.frame[at]; }

  /// Writes a template rendered for this offer as a JSON string.
  void rendered(const Template& t) {
    text.clear();
    render_template(t, ctx, text);
    out.room(json_string_bound(text)).string(text);
  }

  void head(const DeclJson& d) {
    if (d.label == nullptr) {
      out.room(d.head.size() + kMaxJsonNumberBytes + kKeyRoom).raw(d.head);
      return;
    }
    out.room(d.head.size()).raw(d.head);
    rendered(*d.label);
    out.room(d.tail.size() + kMaxJsonNumberBytes + kKeyRoom).raw(d.tail);
  }

  /// Writes `,"because":[...]}`: the reasons of the arms taken, then the declaration's own.
  void because(int slot, int own) {
    const auto s = static_cast<std::size_t>(slot);
    if (b.reason_begin[s] == b.reason_end[s] && own < 0) {  // the usual case: nothing to say
      out.room(kKeyRoom).raw(",\"because\":[]}");
      return;
    }
    out.room(kKeyRoom).raw(",\"because\":[");
    bool first = true;
    const auto reason = [&](std::size_t r) {
      if (!first) out.room(1).ch(',');
      first = false;
      const std::string& constant = layout.reasons[r];
      if (!constant.empty()) out.room(constant.size()).raw(constant);
      else rendered(plan.reasons[r]);
    };
    for (std::uint32_t i = b.reason_begin[s]; i < b.reason_end[s]; ++i) reason(b.reasons[i]);
    if (own >= 0) reason(static_cast<std::size_t>(own));
    out.room(2).raw("]}");
  }

  void criteria();
  void flags();
  void confirms();
  void asks();
};

void ScoredLine::criteria() {
  out.room(kKeyRoom).raw(",\"criteria\":[");
  for (std::size_t i = 0; i < plan.criteria.size(); ++i) {
    const CriterionPlan& p = plan.criteria[i];
    if (i != 0) out.room(1).ch(',');
    head(layout.criteria[i]);
    const double raw_score = frame(plan.frame.raw + i);
    const double score = slots()[p.slot];
    JsonWriter& w = out.room(3 * kMaxJsonNumberBytes + 3 * kKeyRoom);
    w.number(score);
    w.raw(",\"contribution\":");
    w.number(p.weight * score / 100);
    if (raw_score != score) {
      w.raw(",\"raw_score\":");
      w.number(raw_score);
      w.raw(",\"clamped\":true");
    }
    because(p.slot, p.because);
  }
  out.room(1).ch(']');
}

void ScoredLine::flags() {
  out.room(kKeyRoom).raw(",\"flags\":[");
  bool first = true;
  for (std::size_t i = 0; i < plan.flags.size(); ++i) {
    const FlagPlan& p = plan.flags[i];
    if (slots()[p.slot] == 0) continue;
    if (!first) out.room(1).ch(',');
    first = false;
    head(layout.flags[i]);
    JsonWriter& w = out.room(2 * kMaxJsonNumberBytes + 3 * kKeyRoom);
    w.number(p.penalty.empty() ? 0 : frame(plan.frame.penalty + i));
    if (!p.cap.empty()) {
      w.raw(",\"cap\":");
      w.number(frame(plan.frame.cap + i));
    }
    if (p.veto) w.raw(",\"veto\":true");
    because(p.slot, p.because);
  }
  out.room(1).ch(']');
}

void ScoredLine::confirms() {
  out.room(kKeyRoom).raw(",\"confirm\":[");
  for (std::size_t i = 0; i < plan.confirms.size(); ++i) {
    if (i != 0) out.room(1).ch(',');
    head(layout.confirms[i]);
    JsonWriter& w = out.room(kKeyRoom);
    w.boolean(slots()[plan.confirms[i].slot] != 0);
    w.ch('}');
  }
  out.room(1).ch(']');
}

void ScoredLine::asks() {
  out.room(kKeyRoom).raw(",\"asks\":[");
  bool first = true;
  for (std::size_t i = 0; i < plan.asks.size(); ++i) {
    const AskPlan& p = plan.asks[i];
    if (slots()[p.slot] == 0) continue;
    if (!first) out.room(1).ch(',');
    first = false;
    head(layout.asks[i]);
    JsonWriter& w = out.room(2 * kMaxJsonNumberBytes + kKeyRoom);
    if (!p.low.empty() && !p.high.empty()) {
      w.ch('[');
      w.number(frame(plan.frame.low + i));
      w.ch(',');
      w.number(frame(plan.frame.high + i));
      w.ch(']');
    } else {
      w.raw("null");
    }
    out.room(layout.cites[i].size()).raw(layout.cites[i]);
    because(p.slot, p.because);
  }
  out.room(1).ch(']');
}

/// Writes the start of the offer's object: its id, source, company and role.
void write_identity(JsonBuffer& out, const std::string& id, const std::string& source, const std::string& company,
                    const std::string& role) {
  JsonWriter& w = out.room(json_string_bound(id) + json_string_bound(source) + json_string_bound(company) +
                           json_string_bound(role) + 4 * kKeyRoom);
  w.raw("{\"id\":");
  w.string(id);
  w.raw(",\"source\":");
  w.string(source);
  if (!company.empty()) {
    w.raw(",\"company\":");
    w.string(company);
  }
  if (!role.empty()) {
    w.raw(",\"role\":");
    w.string(role);
  }
}

}  // namespace

std::shared_ptr<const JsonlLayout> make_jsonl_layout(const Plan& plan) {
  auto layout = std::make_shared<JsonlLayout>();
  for (const auto& c : plan.criteria) {
    layout->criteria.push_back(decl_json(c.id, c.label, ",\"weight\":" + number_text(c.weight) + ",\"score\":"));
  }
  for (const auto& f : plan.flags) {
    const std::string severity(to_string(f.severity));
    const std::string tail = json_text(json_string_bound(severity) + kKeyRoom, [&](JsonWriter& w) {
      w.raw(",\"severity\":");
      w.string(severity);
      w.raw(",\"penalty\":");
    });
    layout->flags.push_back(decl_json(f.id, f.label, tail));
  }
  for (const auto& c : plan.confirms) layout->confirms.push_back(decl_json(c.id, c.label, ",\"confirmed\":"));
  for (const auto& a : plan.asks) {
    layout->asks.push_back(decl_json(a.id, a.label, ",\"range\":"));
    layout->cites.push_back(cite_json(a.cite));
  }
  for (const auto& r : plan.reasons) {
    layout->reasons.push_back(r.is_constant ? json_text(template_bound(r), [&](JsonWriter& w) { w.string(r.constant); })
                                            : std::string());
  }
  return layout;
}

namespace {

/// Writes `,"warnings":[...]` when there are any, as append_offer_jsonl does.
void write_warnings(const std::vector<OfferError>& warnings, JsonBuffer& out) {
  if (warnings.empty()) return;
  out.room(kKeyRoom).raw(",\"warnings\":[");
  for (std::size_t i = 0; i < warnings.size(); ++i) {
    JsonWriter& w = out.room(json_string_bound(warnings[i].message) + 1);
    if (i != 0) w.ch(',');
    w.string(warnings[i].message);
  }
  out.room(1).raw("]");
}

}  // namespace

void write_scored_line(const JsonlLayout& layout, const Plan& plan, const Facts& facts, const EvalBuffers& buffers,
                       std::string& text, JsonBuffer& out) {
  ScoredLine line{layout, plan, buffers, RenderContext{}, text, out};
  line.ctx.facts = &facts;
  line.ctx.slots = line.slots();
  line.ctx.enums = &plan.enums;
  line.ctx.strings = &plan.strings;
  write_identity(out, facts.id, facts.source, facts.company, facts.role_title);
  JsonWriter& w = out.room(2 * kMaxJsonNumberBytes + 3 * kKeyRoom);
  w.raw(",\"total\":");
  w.number(line.slots()[plan.layout.total]);
  w.raw(",\"weighted\":");
  w.number(buffers.frame[plan.frame.weighted]);
  w.raw(",\"vetoed\":");
  w.boolean(buffers.frame[plan.frame.vetoed] != 0);
  line.criteria();
  line.flags();
  line.confirms();
  line.asks();
  out.room(kKeyRoom).raw(",\"errors\":[]");
  write_warnings(facts.warnings, out);
  out.room(2).raw("}\n");
}

void write_unscored_line(const OfferResult& offer, JsonBuffer& out) {
  write_identity(out, offer.id, offer.source, offer.company, offer.role_title);
  out.room(4 * kKeyRoom)
      .raw(",\"total\":null,\"weighted\":null,\"vetoed\":false,\"criteria\":[],\"flags\":[],"
           "\"confirm\":[],\"asks\":[],\"errors\":[");
  for (std::size_t i = 0; i < offer.errors.size(); ++i) {
    JsonWriter& w = out.room(json_string_bound(offer.errors[i].message) + 1);
    if (i != 0) w.ch(',');
    w.string(offer.errors[i].message);
  }
  out.room(1).raw("]");
  write_warnings(offer.warnings, out);
  out.room(2).raw("}\n");
}

}  // namespace rubric
