// Turning a finished evaluation into an OfferResult. Strings are assigned
// into the caller's reused result, so a warm evaluator allocates nothing;
// facts are rendered once per offer, reasons and flags only when reported.
#include <limits>

#include "rubric/vm/machine.hpp"

namespace rubric {

namespace {

// Shown for an enumeration fact whose member index is out of range (never
// expected: the reader validates members), so rendering cannot crash.
constexpr const char* kUnknownMember = "?";

// Copies only when the text differs: a reused result already holds most of its strings.
void set_text(std::string& dst, const std::string& src) {
  if (dst.size() != src.size() || std::char_traits<char>::compare(dst.data(), src.data(), src.size()) != 0)
    dst.assign(src);
}

struct Builder {
  const Plan& plan;
  const Facts& facts;
  EvalBuffers& b;
  bool explain;
  RenderContext ctx;

  const double* slots() const { return b.frame.data() + plan.frame.slots; }
  double frame(std::size_t at) const { return b.frame[at]; }

  void render(const Template& t, std::string& out) const {
    if (t.is_constant) {
      set_text(out, t.constant);
      return;
    }
    out.clear();
    render_template(t, ctx, out);
  }

  // A label may open a sentence (a list item in an email), so a count word at its start is capitalised there.
  void render_label(const Template& t, std::string& out) const {
    if (t.is_constant || ctx.style == TextStyle::plain) {
      render(t, out);
      return;
    }
    RenderContext label = ctx;
    label.capitalise = true;
    out.clear();
    render_template(t, label, out);
  }

  const std::string& field_text(int field) {
    auto f = static_cast<std::size_t>(field);
    std::string& out = b.field_text[f];
    if (b.field_stamp[f] == b.stamp) return out;
    b.field_stamp[f] = b.stamp;
    out.clear();
    const FieldPlan& fp = plan.fields[f];
    const double v = facts.numbers[f];
    if (fp.kind == TypeKind::text) {
      out = facts.texts[f];
    } else if (fp.kind == TypeKind::enumeration) {
      out += v >= 0 && static_cast<std::size_t>(v) < fp.members.size() ? fp.members[static_cast<std::size_t>(v)]
                                                                       : kUnknownMember;
    } else if (ctx.style == TextStyle::prose && fp.kind == TypeKind::number && !count_word(v).empty()) {
      out += count_word(v);  // a fact quoted in prose stands as a word: "rotation size of four"
    } else {
      append_value(v, fp.kind, out);
    }
    return out;
  }

  void reasons(int slot, int own, std::vector<std::string>& out) const {
    const auto s = static_cast<std::size_t>(slot);
    const std::uint32_t begin = b.reason_begin[s], end = b.reason_end[s];
    out.resize(end - begin + (own >= 0 ? 1 : 0));
    std::size_t k = 0;
    for (std::uint32_t i = begin; i < end; ++i) render(plan.reasons[b.reasons[i]], out[k++]);
    if (own >= 0) render(plan.reasons[static_cast<std::size_t>(own)], out[k]);
  }

  void fact_uses(const std::vector<int>& fields, std::vector<FactUse>& out) {
    out.resize(explain ? fields.size() : 0);
    if (!explain) return;
    for (std::size_t i = 0; i < fields.size(); ++i) {
      const auto f = static_cast<std::size_t>(fields[i]);
      FactUse& u = out[i];
      if (u.field != fields[i] || u.path.size() != plan.fields[f].path.size()) {  // reused: path already set
        u.field = fields[i];
        u.path = plan.fields[f].path;
      }
      set_text(u.value, field_text(fields[i]));
      set_text(u.source, facts.sources[f]);
      u.defaulted = facts.defaulted[f] != 0;
      u.origin = f < facts.origins.size() ? facts.origins[f] : MoneyOrigin{};
      const int g = plan.schema.fields[f].grant;
      if (g >= 0 && static_cast<std::size_t>(g) < facts.grants.size()) {
        u.vesting = render_vesting(facts.grants[static_cast<std::size_t>(g)]);
      } else {
        u.vesting.clear();
      }
    }
  }

  void criteria(std::vector<CriterionResult>& out) {
    out.resize(plan.criteria.size());
    for (std::size_t i = 0; i < plan.criteria.size(); ++i) {
      const CriterionPlan& p = plan.criteria[i];
      CriterionResult& r = out[i];
      set_text(r.id, p.id);
      render_label(p.label, r.label);
      r.weight = p.weight;
      r.raw_score = frame(plan.frame.raw + i);
      r.score = slots()[p.slot];
      r.clamped = r.raw_score != r.score;
      r.contribution = p.weight * r.score / 100;
      reasons(p.slot, p.because, r.because);
      fact_uses(p.facts, r.facts);
    }
  }

  void flags(std::vector<FlagResult>& out) {
    std::size_t raised = 0;
    for (const auto& p : plan.flags) raised += slots()[p.slot] != 0 ? 1 : 0;
    out.resize(raised);
    std::size_t k = 0;
    for (std::size_t i = 0; i < plan.flags.size(); ++i) {
      const FlagPlan& p = plan.flags[i];
      if (slots()[p.slot] == 0) continue;
      FlagResult& r = out[k++];
      set_text(r.id, p.id);
      render_label(p.label, r.label);
      r.severity = p.severity;
      r.penalty = p.penalty.empty() ? 0 : frame(plan.frame.penalty + i);
      r.cap = p.cap.empty() ? std::nullopt : std::optional<double>(frame(plan.frame.cap + i));
      r.veto = p.veto;
      reasons(p.slot, p.because, r.because);
      fact_uses(p.facts, r.facts);
    }
  }

  void confirms(std::vector<ConfirmResult>& out) const {
    out.resize(plan.confirms.size());
    for (std::size_t i = 0; i < plan.confirms.size(); ++i) {
      const ConfirmPlan& p = plan.confirms[i];
      set_text(out[i].id, p.id);
      render_label(p.label, out[i].label);
      out[i].confirmed = slots()[p.slot] != 0;
    }
  }

  void asks(std::vector<AskResult>& out) {
    std::size_t raised = 0;
    for (const auto& p : plan.asks) raised += slots()[p.slot] != 0 ? 1 : 0;
    out.resize(raised);
    std::size_t k = 0;
    for (std::size_t i = 0; i < plan.asks.size(); ++i) {
      const AskPlan& p = plan.asks[i];
      if (slots()[p.slot] == 0) continue;
      AskResult& r = out[k++];
      set_text(r.id, p.id);
      render_label(p.label, r.label);
      r.range.reset();
      if (!p.low.empty() && !p.high.empty())
        r.range = std::make_pair(frame(plan.frame.low + i), frame(plan.frame.high + i));
      r.range_type = p.range_type;
      if (r.cite != p.cite) r.cite = p.cite;
      reasons(p.slot, p.because, r.because);
      fact_uses(p.facts, r.facts);
    }
  }

  void lets(std::vector<LetValue>& out) const {
    out.resize(explain ? plan.lets.size() : 0);
    if (!explain) return;
    for (std::size_t i = 0; i < plan.lets.size(); ++i) {
      const LetPlan& p = plan.lets[i];
      set_text(out[i].name, p.name);
      out[i].number = slots()[p.slot];
      out[i].rendered.clear();
      append_typed(out[i].number, p.type, ctx, out[i].rendered);
    }
  }
};

}  // namespace

void build_offer_result(const Plan& plan, const Facts& facts, EvalBuffers& buffers, bool explain, TextStyle style,
                        OfferResult& out) {
  if (++buffers.stamp == std::numeric_limits<std::uint32_t>::max()) {  // wrapped: forget every cached rendering
    buffers.stamp = 1;
    std::fill(buffers.field_stamp.begin(), buffers.field_stamp.end(), 0);
  }
  Builder builder{plan, facts, buffers, explain, RenderContext{}};
  builder.ctx.facts = &facts;
  builder.ctx.slots = builder.slots();
  builder.ctx.enums = &plan.enums;
  builder.ctx.strings = &plan.strings;
  builder.ctx.style = style;
  out.scored = true;
  out.weighted = buffers.frame[plan.frame.weighted];
  out.total = builder.slots()[plan.layout.total];
  out.vetoed = buffers.frame[plan.frame.vetoed] != 0;
  out.errors.clear();
  builder.criteria(out.criteria);
  builder.flags(out.flags);
  builder.confirms(out.confirms);
  builder.asks(out.asks);
  builder.lets(out.lets);
}

}  // namespace rubric
