#include <algorithm>
#include <cmath>
#include <limits>

#include <rubric/limits.hpp>
#include <rubric/sensitivity.hpp>

namespace rubric {

namespace {

// Partition points closer than this (in weight points) are the same point; far below any weight a person writes.
constexpr double kSameWeight = 1e-12;
// How far the weight moves to see which offer a change favours on a tie: a hundredth of a weight point,
// small enough to stay on the current linear piece in any realistic rubric.
constexpr double kProbe = 0.01;

// The weighted average of the other criteria's scores, weighted as they will be rescaled.
double others_average(const std::vector<double>& weights, const std::vector<double>& scores, std::size_t k) {
  double rest = 0;
  for (std::size_t j = 0; j < weights.size(); ++j)
    if (j != k) rest += weights[j];
  double sum = 0;
  std::size_t others = weights.size() - 1;
  for (std::size_t j = 0; j < weights.size() && j < scores.size(); ++j) {
    if (j == k) continue;
    sum += rest > 0 ? weights[j] / rest * scores[j] : scores[j] / static_cast<double>(others);
  }
  return sum;
}

// The offer's weighted score minus penalties, as a line a + b x in the weight x of criterion k.
struct Line {
  double a = 0;
  double b = 0;
  double at(double x) const { return a + b * x; }
};

Line offer_line(const SensitivityModel& model, const SensitivityOffer& offer, std::size_t k) {
  double others = others_average(model.weights, offer.scores, k);
  double own = k < offer.scores.size() ? offer.scores[k] : 0;
  return Line{others - offer.penalties, (own - others) / kMaxWeight};
}

double clamp_total(const SensitivityModel& model, const SensitivityOffer& offer, double value) {
  if (offer.cap) value = std::min(value, *offer.cap);
  return std::max(value, model.scale_low);
}

// The lead of `first` over `second` at weight x.
double lead(const SensitivityModel& model, std::size_t k, double x) {
  return total_at_weight(model, model.first, k, x) - total_at_weight(model, model.second, k, x);
}

// Adds the weights where the offer's line meets its cap or the scale's floor: the kinks of its total.
void add_kinks(const SensitivityModel& model, const SensitivityOffer& offer, std::size_t k,
               std::vector<double>& points) {
  Line line = offer_line(model, offer, k);
  if (line.b == 0) return;
  std::vector<double> levels{model.scale_low};
  if (offer.cap) levels.push_back(*offer.cap);
  for (double level : levels) {
    double x = (level - line.a) / line.b;
    if (x > 0 && x < kMaxWeight) points.push_back(x);
  }
}

// Sorts and merges points that are the same weight.
void normalise(std::vector<double>& points) {
  std::sort(points.begin(), points.end());
  points.erase(
      std::unique(points.begin(), points.end(), [](double a, double b) { return std::fabs(a - b) < kSameWeight; }),
      points.end());
}

// Adds, on every piece where the lead is linear, the weight where it crosses zero.
void add_roots(const SensitivityModel& model, std::size_t k, std::vector<double>& points) {
  std::vector<double> roots;
  for (std::size_t i = 0; i + 1 < points.size(); ++i) {
    double l = points[i], r = points[i + 1];
    double dl = lead(model, k, l), dr = lead(model, k, r);
    if ((dl > 0 && dr < 0) || (dl < 0 && dr > 0)) roots.push_back(l + (r - l) * dl / (dl - dr));
  }
  points.insert(points.end(), roots.begin(), roots.end());
  normalise(points);
}

}  // namespace

std::vector<double> rescaled_weights(const std::vector<double>& weights, std::size_t k, double x) {
  std::vector<double> out(weights.size(), 0);
  if (k >= weights.size()) return weights;
  double rest = 0;
  for (std::size_t j = 0; j < weights.size(); ++j)
    if (j != k) rest += weights[j];
  std::size_t others = weights.size() - 1;
  for (std::size_t j = 0; j < weights.size(); ++j) {
    if (j == k) {
      out[j] = x;
    } else if (rest > 0) {
      out[j] = weights[j] * (kMaxWeight - x) / rest;
    } else {
      out[j] = (kMaxWeight - x) / static_cast<double>(others);  // all others weighed 0: share equally
    }
  }
  return out;
}

double total_at_weight(const SensitivityModel& model, const SensitivityOffer& offer, std::size_t k, double x) {
  double own = k < offer.scores.size() ? offer.scores[k] : 0;
  double others = others_average(model.weights, offer.scores, k);
  double weighted = x * own / kMaxWeight + (kMaxWeight - x) * others / kMaxWeight;
  return clamp_total(model, offer, weighted - offer.penalties);
}

std::optional<double> swap_weight(const SensitivityModel& model, std::size_t k) {
  if (k >= model.weights.size() || model.weights.size() < 2) return std::nullopt;  // a lone weight cannot move
  double current = model.weights[k];
  std::vector<double> points{0, kMaxWeight, current};
  add_kinks(model, model.first, k, points);
  add_kinks(model, model.second, k, points);
  normalise(points);
  add_roots(model, k, points);
  // Between consecutive points the lead is linear without a sign change: one sample decides each piece.
  std::optional<double> best;
  for (std::size_t i = 0; i + 1 < points.size(); ++i) {
    double l = points[i], r = points[i + 1];
    if (lead(model, k, (l + r) / 2) >= -kTieTolerance) continue;
    double boundary = r <= current ? r : l;  // the end of the overtaking piece nearest the current weight
    if (l < current && r > current) boundary = current;
    if (!best || std::fabs(boundary - current) < std::fabs(*best - current)) best = boundary;
  }
  return best;
}

SensitivityModel make_sensitivity_model(const RunResult& run, const OfferResult& first, const OfferResult& second) {
  SensitivityModel model;
  model.scale_low = run.scale_low;
  for (const auto& c : run.criteria) model.weights.push_back(c.weight);
  auto describe = [&run](const OfferResult& offer) {
    SensitivityOffer out;
    out.id = offer.id;
    for (const auto& info : run.criteria) {
      auto it = std::find_if(offer.criteria.begin(), offer.criteria.end(),
                             [&info](const CriterionResult& c) { return c.id == info.id; });
      out.scores.push_back(it == offer.criteria.end() ? 0 : it->score);
    }
    for (const auto& flag : offer.flags) {
      out.penalties += flag.penalty;
      if (flag.cap) out.cap = out.cap ? std::min(*out.cap, *flag.cap) : *flag.cap;
    }
    return out;
  };
  model.first = describe(first);
  model.second = describe(second);
  return model;
}

}  // namespace rubric

namespace rubric {

namespace {

const OfferResult* find_offer(const RunResult& run, const std::optional<std::string>& id) {
  if (!id) return nullptr;
  for (const auto& offer : run.offers)
    if (offer.id == *id && offer.scored) return &offer;
  return nullptr;
}

// On a tie: which of the two a small rise of weight k favours (empty when neither).
std::string raising_favours(const SensitivityModel& model, std::size_t k) {
  double w = model.weights[k];
  double probe = w + kProbe <= kMaxWeight ? lead(model, k, w + kProbe) : -lead(model, k, w - kProbe);
  if (probe > kTieTolerance) return model.first.id;
  if (probe < -kTieTolerance) return model.second.id;
  return {};
}

}  // namespace

Sensitivity compute_sensitivity(const RunResult& run) {
  Sensitivity out;
  const Decision& d = run.decision;
  const OfferResult* first = find_offer(run, d.recommended);
  const OfferResult* second = find_offer(run, d.runner_up);
  if (d.tie && d.tied.size() >= 2) {
    first = find_offer(run, d.tied[0]);
    second = find_offer(run, d.tied[1]);
    out.tie = true;
  }
  if (!first || !second) {
    if (d.all_vetoed) {
      out.note = "every scored offer is vetoed, and no weight changes a veto";
    } else if (first) {
      out.note = "only one offer can be recommended, so there is nothing for it to swap with";
    } else {
      out.note = "no offer could be scored";
    }
    return out;
  }
  out.applicable = true;
  out.first = first->id;
  out.second = second->id;
  SensitivityModel model = make_sensitivity_model(run, *first, *second);
  for (std::size_t k = 0; k < run.criteria.size(); ++k) {
    WeightSwing swing;
    swing.id = run.criteria[k].id;
    swing.label = run.criteria[k].label;
    swing.weight = run.criteria[k].weight;
    if (out.tie) {
      if (model.weights.size() > 1) swing.raising_favours = raising_favours(model, k);
    } else {
      swing.swap_weight = swap_weight(model, k);
    }
    out.swings.push_back(std::move(swing));
  }
  return out;
}

}  // namespace rubric
