// `rubric test --update`: the snapshot workflow. Each named test's expectations get what the rubric makes
// of its offers now; the keys a test checks stay as written (an empty expectation gets the main ones).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <filesystem>

#include <rubric/testing.hpp>
#include "rubric/authoring/test_spec.hpp"

namespace rubric {

namespace {

namespace fs = std::filesystem;
using testing::Json;

/// The width the rewritten file keeps to: a value that fits stays on one line, as people write test files.
constexpr std::size_t kUpdateLineWidth = 100;

/// Rounds away floating-point noise (5.260000000000002 is written 5.26); far below any sensible tolerance.
/// Whole numbers are written without a fraction (10, not 10.0).
Json number(double value) {
  const double rounded = std::round(value * 1e6) / 1e6;
  if (rounded == std::round(rounded) && std::fabs(rounded) < 1e15) return Json(static_cast<std::int64_t>(rounded));
  return Json(rounded);
}

/// Renders `value` on a line indented by `indent` after `prefix` characters: on one line when it fits,
/// else one member or element a line.
std::string pretty(const Json& value, std::size_t indent, std::size_t prefix = 0) {
  std::string flat = testing::one_line(value);
  if (indent + prefix + flat.size() <= kUpdateLineWidth || !value.is_structured() || value.empty()) return flat;
  const std::string pad(indent + 2, ' ');
  std::string out = value.is_object() ? "{\n" : "[\n";
  bool first = true;
  for (const auto& [key, member] : value.items()) {
    out += (first ? "" : ",\n") + pad;
    first = false;
    const std::string name = value.is_object() ? Json(key).dump() + ": " : "";
    out += name + pretty(member, indent + 2, name.size());
  }
  return out + "\n" + std::string(indent, ' ') + (value.is_object() ? "}" : "]");
}

Json maybe_number(bool present, double value) { return present ? number(value) : Json(nullptr); }

Json flags_of(const OfferResult& got) {
  std::vector<std::string> ids;
  for (const auto& flag : got.flags) ids.push_back(flag.id);
  std::sort(ids.begin(), ids.end());
  return Json(ids);
}

Json criterion_of(const OfferResult& got, const std::string& id) {
  for (const auto& c : got.criteria)
    if (c.id == id && got.scored) return number(c.score);
  return Json(nullptr);
}

Json confirm_of(const OfferResult& got, const std::string& id) {
  for (const auto& c : got.confirms)
    if (c.id == id && got.scored) return Json(c.confirmed);
  return Json(nullptr);
}

Json ask_of(const OfferResult& got, const std::string& id) {
  if (!got.scored) return Json(nullptr);
  for (const auto& ask : got.asks) {
    if (ask.id != id) continue;
    if (!ask.range) return Json(nullptr);
    return Json::array({number(ask.range->first), number(ask.range->second)});
  }
  return Json(false);
}

/// Rewrites one offer's expectation key by key; an empty one gets scored, total, rank, vetoed and flags.
Json updated_offer(const Json& expect, const OfferResult& got) {
  Json out = expect.empty() ? Json{{"scored", true}, {"total", 0}, {"rank", 0}, {"vetoed", false}, {"flags", 0}}
                            : expect;
  for (auto& [key, value] : out.items()) {
    if (key == "scored") value = got.scored;
    else if (key == "total") value = maybe_number(got.scored, got.total);
    else if (key == "weighted") value = maybe_number(got.scored, got.weighted);
    else if (key == "rank") value = got.scored && got.rank > 0 ? Json(got.rank) : Json(nullptr);
    else if (key == "vetoed") value = got.vetoed;
    else if (key == "flags") value = flags_of(got);
    else if (key == "criteria")
      for (auto& [id, v] : value.items()) v = criterion_of(got, id);
    else if (key == "confirm")
      for (auto& [id, v] : value.items()) v = confirm_of(got, id);
    else if (key == "asks")
      for (auto& [id, v] : value.items()) v = ask_of(got, id);
  }
  return out;
}

/// Rewrites the decision's expectation; an empty one gets recommended, runner_up, margin and close_call.
Json updated_decision(const Json& expect, const Decision& got) {
  const auto text = [](const std::optional<std::string>& s) { return s ? Json(*s) : Json(nullptr); };
  Json out = expect.empty() ? Json{{"recommended", 0}, {"runner_up", 0}, {"margin", 0}, {"close_call", 0}} : expect;
  for (auto& [key, value] : out.items()) {
    if (key == "recommended") value = text(got.recommended);
    else if (key == "runner_up") value = text(got.runner_up);
    else if (key == "margin") value = got.margin ? number(*got.margin) : Json(nullptr);
    else if (key == "close_call") value = got.close_call;
    else if (key == "tie") value = got.tie;
    else value = got.all_vetoed;
  }
  return out;
}

/// Rewrites one test's expectations from a fresh run of its offers; false (with errors) when it cannot.
bool update_one(const CompiledRubric& rubric, Json& test, const fs::path& folder, const std::string& where,
                std::vector<std::string>& errors) {
  std::vector<OfferText> offers;
  if (!testing::gather_offers(test["offers"], folder, where, offers, errors)) return false;
  const TracedRun run = run_traced_texts(rubric, offers);
  for (auto& [key, expect] : test["expect"].items()) {
    if (key == "decision") {
      expect = updated_decision(expect, run.output.run.decision);
      continue;
    }
    const auto& all = run.output.run.offers;
    // A named copy, not the binding: clang 14 cannot capture a structured binding in a lambda.
    const std::string& id = key;
    const auto it = std::find_if(all.begin(), all.end(), [&](const OfferResult& o) { return o.id == id; });
    if (it == all.end()) {
      errors.push_back(fmt::format("{}.expect.{}: no offer of this test has id \"{}\"", where, key, key));
      return false;
    }
    expect = updated_offer(expect, *it);
  }
  return true;
}

}  // namespace

TestUpdate update_test_text(const CompiledRubric& rubric, const std::string& path, const std::string& text,
                            const std::vector<std::string>& names) {
  TestUpdate result;
  result.before = text;
  std::optional<Json> root = testing::parse_test_file(text, testing::rubric_ids(rubric), result.errors);
  if (!root) return result;
  std::vector<bool> named(names.size(), false);
  const fs::path folder = fs::path(path).parent_path();
  for (std::size_t i = 0; i < (*root)["tests"].size(); ++i) {
    Json& test = (*root)["tests"][i];
    const auto name = std::find(names.begin(), names.end(), test["name"].get<std::string>());
    if (!names.empty() && name == names.end()) continue;
    if (name != names.end()) named[static_cast<std::size_t>(name - names.begin())] = true;
    if (update_one(rubric, test, folder, fmt::format("{}: $.tests[{}]", path, i), result.errors)) ++result.updated;
  }
  for (std::size_t i = 0; i < names.size(); ++i)
    if (!named[i]) result.errors.push_back(fmt::format("no test is named \"{}\"", names[i]));
  if (result.errors.empty()) result.text = pretty(*root, 0) + "\n";
  return result;
}

TestUpdate update_test_file(const CompiledRubric& rubric, const std::string& path,
                            const std::vector<std::string>& names) {
  std::string text;
  const std::string problem = testing::read_file(path, text);
  if (problem.empty()) return update_test_text(rubric, path, text, names);
  TestUpdate result;
  result.errors.push_back(problem);
  return result;
}

}  // namespace rubric
