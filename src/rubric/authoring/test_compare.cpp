// Comparing results with a test's expectations: numbers within the tolerance, flags as an exact set,
// everything else exactly. Each difference becomes one mismatch named by its item.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>

#include "rubric/authoring/test_spec.hpp"

namespace rubric::testing {

namespace {

bool near(const Json& expected, const Json& got, double tolerance) {
  if (expected.is_null() || got.is_null()) return expected.is_null() && got.is_null();
  return std::fabs(expected.get<double>() - got.get<double>()) <= tolerance;
}

Json number_or_null(bool present, double value) { return present ? Json(value) : Json(nullptr); }

void mismatch(std::vector<Found>& out, std::string item, const Json& expected, const Json& got,
              std::vector<std::string> decls = {}) {
  Found found{{std::move(item), one_line(expected), one_line(got), {}}, std::move(decls), false};
  found.whole = found.decls.empty();
  out.push_back(std::move(found));
}

/// Returns the ids in one sorted list and not the other.
std::vector<std::string> difference(const Json& a, const Json& b) {
  std::vector<std::string> x = a.get<std::vector<std::string>>(), y = b.get<std::vector<std::string>>(), out;
  std::set_symmetric_difference(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(out));
  return out;
}

Json raised_flags(const OfferResult& got) {
  std::vector<std::string> ids;
  for (const auto& flag : got.flags) ids.push_back(flag.id);
  std::sort(ids.begin(), ids.end());
  return Json(ids);
}

Json sorted_ids(const Json& ids) {
  std::vector<std::string> out = ids.get<std::vector<std::string>>();
  std::sort(out.begin(), out.end());
  return Json(out);
}

Json ask_got(const OfferResult& got, const std::string& id) {
  for (const auto& ask : got.asks) {
    if (ask.id != id) continue;
    if (!ask.range) return Json(nullptr);
    return Json::array({ask.range->first, ask.range->second});
  }
  return Json(false);
}

bool ask_matches(const Json& expected, const Json& got, double tolerance) {
  if (expected.is_array() != got.is_array()) return false;
  if (!expected.is_array()) return expected == got;
  return near(expected[0], got[0], tolerance) && near(expected[1], got[1], tolerance);
}

void compare_scores(const std::string& id, const Json& expect, const OfferResult& got, double tolerance,
                    std::vector<Found>& out) {
  const bool scored = got.scored;
  if (expect.contains("total") && !near(expect["total"], number_or_null(scored, got.total), tolerance))
    mismatch(out, id + ".total", expect["total"], number_or_null(scored, got.total));
  if (expect.contains("weighted") && !near(expect["weighted"], number_or_null(scored, got.weighted), tolerance))
    mismatch(out, id + ".weighted", expect["weighted"], number_or_null(scored, got.weighted));
  const Json rank = scored && got.rank > 0 ? Json(got.rank) : Json(nullptr);
  if (expect.contains("rank") && expect["rank"] != rank) mismatch(out, id + ".rank", expect["rank"], rank);
  if (expect.contains("vetoed") && expect["vetoed"] != Json(got.vetoed))
    mismatch(out, id + ".vetoed", expect["vetoed"], Json(got.vetoed));
  if (!expect.contains("criteria")) return;
  for (const auto& [criterion, value] : expect["criteria"].items()) {
    // clang 14 cannot capture a structured binding in a lambda (the fuzz build is clang): a named reference.
    const std::string& wanted = criterion;
    const auto it = std::find_if(got.criteria.begin(), got.criteria.end(),
                                 [&](const CriterionResult& c) { return c.id == wanted; });
    const Json score = scored && it != got.criteria.end() ? Json(it->score) : Json(nullptr);
    if (!near(value, score, tolerance)) mismatch(out, id + ".criteria." + criterion, value, score, {criterion});
  }
}

void compare_items(const std::string& id, const Json& expect, const OfferResult& got, double tolerance,
                   std::vector<Found>& out) {
  if (expect.contains("flags") && sorted_ids(expect["flags"]) != raised_flags(got))
    mismatch(out, id + ".flags", sorted_ids(expect["flags"]), raised_flags(got),
             difference(sorted_ids(expect["flags"]), raised_flags(got)));
  if (expect.contains("confirm")) {
    for (const auto& [confirm, value] : expect["confirm"].items()) {
      const std::string& wanted = confirm;  // a named reference, for clang 14 (above)
      const auto it = std::find_if(got.confirms.begin(), got.confirms.end(),
                                   [&](const ConfirmResult& c) { return c.id == wanted; });
      const Json confirmed = got.scored && it != got.confirms.end() ? Json(it->confirmed) : Json(nullptr);
      if (value != confirmed) mismatch(out, id + ".confirm." + confirm, value, confirmed, {confirm});
    }
  }
  if (expect.contains("asks")) {
    for (const auto& [ask, value] : expect["asks"].items()) {
      const Json range = got.scored ? ask_got(got, ask) : Json(nullptr);
      if (!ask_matches(value, range, tolerance)) mismatch(out, id + ".asks." + ask, value, range, {ask});
    }
  }
}

std::string errors_text(const OfferResult& got) {
  std::string out;
  for (const auto& e : got.errors) out += (out.empty() ? "" : "; ") + e.message;
  return out;
}

}  // namespace

void compare_offer(const std::string& id, const Json& expect, const OfferResult* got, double tolerance,
                   std::vector<Found>& out) {
  if (got == nullptr) {
    out.push_back({{id, "an offer with id \"" + id + "\"", "no such offer in this test", {}}, {}, false});
    return;
  }
  const std::size_t before = out.size();
  if (expect.contains("scored") && expect["scored"] != Json(got->scored))
    mismatch(out, id + ".scored", expect["scored"], Json(got->scored));
  compare_scores(id, expect, *got, tolerance, out);
  compare_items(id, expect, *got, tolerance, out);
  // An offer that could not be scored says why once, under its first mismatch.
  if (!got->scored && out.size() > before) out[before].mismatch.trace = "not scored: " + errors_text(*got);
}

void compare_decision(const Json& expect, const Decision& got, double tolerance, std::vector<Found>& out) {
  const auto text = [](const std::optional<std::string>& s) { return s ? Json(*s) : Json(nullptr); };
  const std::size_t before = out.size();
  for (const auto& [key, value] : expect.items()) {
    Json actual;
    if (key == "recommended") actual = text(got.recommended);
    else if (key == "runner_up") actual = text(got.runner_up);
    else if (key == "margin") actual = got.margin ? Json(*got.margin) : Json(nullptr);
    else if (key == "close_call") actual = got.close_call;
    else if (key == "tie") actual = got.tie;
    else actual = got.all_vetoed;
    const bool same = key == "margin" ? near(value, actual, tolerance) : value == actual;
    if (!same) mismatch(out, "decision." + key, value, actual);
  }
  for (std::size_t i = before; i < out.size(); ++i) out[i].whole = false;  // the summary explains a decision
  if (out.size() > before) out[before].mismatch.trace = got.summary;
}

}  // namespace rubric::testing
