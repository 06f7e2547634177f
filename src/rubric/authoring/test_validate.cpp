// The shape of a test file (docs/testing.md): every key known, every value of the right type, every id
// one the rubric declares. A file that breaks any rule runs nothing (exit 2), so a typo cannot pass.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "rubric/authoring/test_spec.hpp"
#include "rubric/run/compiled.hpp"

namespace rubric::testing {

RubricIds rubric_ids(const CompiledRubric& rubric) {
  RubricIds ids;
  const ast::Rubric& syntax = rubric.syntax();
  for (const auto& c : syntax.criteria) ids.criteria.push_back(c.id.name);
  for (const auto& f : syntax.flags) ids.flags.push_back(f.id.name);
  for (const auto& c : syntax.confirms) ids.confirms.push_back(c.id.name);
  for (const auto& a : syntax.asks) ids.asks.push_back(a.id.name);
  return ids;
}

std::string one_line(const Json& value) {
  if (value.is_array()) {
    std::string out = "[";
    for (std::size_t i = 0; i < value.size(); ++i) out += (i ? ", " : "") + one_line(value[i]);
    return out + "]";
  }
  if (value.is_object()) {
    std::string out = "{";
    for (auto it = value.begin(); it != value.end(); ++it)
      out += (it == value.begin() ? "" : ", ") + Json(it.key()).dump() + ": " + one_line(it.value());
    return out + "}";
  }
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

namespace {

using Errors = std::vector<std::string>;

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out.empty() ? "none" : out;
}

void add(Errors& errors, const std::string& path, const std::string& message) {
  errors.push_back(path + ": " + message);
}

/// Reports every key of `object` not in `allowed`.
void known_keys(const Json& object, const std::string& path, const std::vector<std::string>& allowed, Errors& errors) {
  for (auto it = object.begin(); it != object.end(); ++it) {
    if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end())
      add(errors, path + "." + it.key(), "unknown key (expected one of " + join(allowed) + ")");
  }
}

bool expect_type(bool ok, const Json& value, const std::string& path, const char* what, Errors& errors) {
  if (!ok) add(errors, path, fmt::format("expected {}, found {}", what, one_line(value)));
  return ok;
}

/// Checks that `id` is one of `known`, naming them when it is not.
bool known_id(const std::string& id, const std::vector<std::string>& known, const char* kind, const std::string& path,
              Errors& errors) {
  if (std::find(known.begin(), known.end(), id) != known.end()) return true;
  const std::string kinds = std::string(kind) == "criterion" ? "criteria" : std::string(kind) + "s";
  add(errors, path, fmt::format("the rubric has no {} '{}' ({}: {})", kind, id, kinds, join(known)));
  return false;
}

/// Checks an object keyed by ids of one kind whose values satisfy `valid`.
template<typename Valid>
void id_map(const Json& value, const std::string& path, const std::vector<std::string>& known, const char* kind,
            const char* what, Valid valid, Errors& errors) {
  if (!expect_type(value.is_object(), value, path, "an object keyed by id", errors)) return;
  for (auto it = value.begin(); it != value.end(); ++it) {
    const std::string item = path + "." + it.key();
    if (known_id(it.key(), known, kind, item, errors)) expect_type(valid(it.value()), it.value(), item, what, errors);
  }
}

bool is_range(const Json& v) {
  return v.is_null() || v == false || (v.is_array() && v.size() == 2 && v[0].is_number() && v[1].is_number());
}

void validate_flags(const Json& value, const std::string& path, const RubricIds& ids, Errors& errors) {
  if (!expect_type(value.is_array(), value, path, "an array of flag ids", errors)) return;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const std::string item = fmt::format("{}[{}]", path, i);
    if (!expect_type(value[i].is_string(), value[i], item, "a flag id", errors)) continue;
    const std::string id = value[i].get<std::string>();
    if (known_id(id, ids.flags, "flag", item, errors) && !seen.insert(id).second)
      add(errors, item, "flag '" + id + "' is listed twice");
  }
}

void validate_offer_expect(const Json& e, const std::string& path, const RubricIds& ids, Errors& errors) {
  if (!expect_type(e.is_object(), e, path, "an object of expectations", errors)) return;
  known_keys(e, path, {"scored", "total", "weighted", "rank", "vetoed", "flags", "criteria", "confirm", "asks"},
             errors);
  const auto number = [](const Json& v) { return v.is_number() || v.is_null(); };
  for (const char* key : {"total", "weighted"})
    if (e.contains(key)) expect_type(number(e[key]), e[key], path + "." + key, "a number or null", errors);
  if (e.contains("rank"))
    expect_type(e["rank"].is_null() || (e["rank"].is_number_integer() && e["rank"].get<long long>() >= 1), e["rank"],
                path + ".rank", "a rank (an integer from 1) or null", errors);
  for (const char* key : {"scored", "vetoed"})
    if (e.contains(key)) expect_type(e[key].is_boolean(), e[key], path + "." + key, "true or false", errors);
  if (e.contains("flags")) validate_flags(e["flags"], path + ".flags", ids, errors);
  if (e.contains("criteria"))
    id_map(
        e["criteria"], path + ".criteria", ids.criteria, "criterion", "a score (a number)",
        [](const Json& v) { return v.is_number(); }, errors);
  if (e.contains("confirm"))
    id_map(
        e["confirm"], path + ".confirm", ids.confirms, "confirm", "true or false",
        [](const Json& v) { return v.is_boolean(); }, errors);
  if (e.contains("asks"))
    id_map(e["asks"], path + ".asks", ids.asks, "ask", "a range [low, high], null (raised, no range) or false",
           is_range, errors);
}

void validate_decision(const Json& d, const std::string& path, Errors& errors) {
  if (!expect_type(d.is_object(), d, path, "an object", errors)) return;
  known_keys(d, path, {"recommended", "runner_up", "margin", "close_call", "tie", "all_vetoed"}, errors);
  for (const char* key : {"recommended", "runner_up"})
    if (d.contains(key))
      expect_type(d[key].is_string() || d[key].is_null(), d[key], path + "." + key, "an offer id or null", errors);
  if (d.contains("margin"))
    expect_type(d["margin"].is_number() || d["margin"].is_null(), d["margin"], path + ".margin", "a number or null",
                errors);
  for (const char* key : {"close_call", "tie", "all_vetoed"})
    if (d.contains(key)) expect_type(d[key].is_boolean(), d[key], path + "." + key, "true or false", errors);
}

void validate_offers(const Json& offers, const std::string& path, Errors& errors) {
  if (!expect_type(offers.is_array() && !offers.empty(), offers, path, "a non-empty array of offers", errors)) return;
  for (std::size_t i = 0; i < offers.size(); ++i) {
    const Json& o = offers[i];
    const std::string item = fmt::format("{}[{}]", path, i);
    if (!expect_type(o.is_string() || o.is_object(), o, item, "an offer file path or an inline offer object", errors))
      continue;
    if (o.is_object() && !(o.contains("id") && o["id"].is_string()))
      add(errors, item, "an inline offer needs an \"id\" (a string) to be named in \"expect\"");
  }
}

void validate_test(const Json& t, const std::string& path, const RubricIds& ids, std::set<std::string>& names,
                   Errors& errors) {
  if (!expect_type(t.is_object(), t, path, "a test object", errors)) return;
  known_keys(t, path, {"name", "offers", "expect", "tolerance"}, errors);
  if (!t.contains("name") || !t["name"].is_string() || t["name"].get<std::string>().empty())
    add(errors, path + ".name", "every test needs a \"name\" (a non-empty string)");
  else if (!names.insert(t["name"].get<std::string>()).second)
    add(errors, path + ".name", "two tests are named " + t["name"].dump());
  if (!t.contains("offers")) add(errors, path, "a test needs \"offers\"");
  else validate_offers(t["offers"], path + ".offers", errors);
  if (t.contains("tolerance"))
    expect_type(t["tolerance"].is_number() && t["tolerance"].get<double>() >= 0, t["tolerance"], path + ".tolerance",
                "a number >= 0", errors);
  if (!t.contains("expect")) return add(errors, path, "a test needs \"expect\" (what the rubric must produce)");
  const Json& expect = t["expect"];
  if (!expect_type(expect.is_object() && !expect.empty(), expect, path + ".expect", "a non-empty object", errors))
    return;
  for (auto it = expect.begin(); it != expect.end(); ++it) {
    if (it.key() == "decision") validate_decision(it.value(), path + ".expect.decision", errors);
    else validate_offer_expect(it.value(), path + ".expect." + it.key(), ids, errors);
  }
}

}  // namespace

void validate_test_file(const Json& root, const RubricIds& ids, Errors& errors) {
  if (!expect_type(root.is_object(), root, "$", "an object with \"tests\"", errors)) return;
  known_keys(root, "$", {"tests"}, errors);
  if (!root.contains("tests")) return add(errors, "$", "a test file needs \"tests\", an array of tests");
  const Json& tests = root["tests"];
  if (!expect_type(tests.is_array() && !tests.empty(), tests, "$.tests", "a non-empty array of tests", errors)) return;
  std::set<std::string> names;
  for (std::size_t i = 0; i < tests.size(); ++i)
    validate_test(tests[i], fmt::format("$.tests[{}]", i), ids, names, errors);
}

}  // namespace rubric::testing
