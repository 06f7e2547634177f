// Issue 10, points 1, 2 and 12: keys the rubric does not declare are warned about (with a did-you-mean),
// `ignore { }` and the metadata keys are exempt, --strict makes them errors; a fraction in a percent field
// is warned about; --set overrides a fact, typed like the offer file.
#include <catch2/catch.hpp>

#include <rubric/result_json.hpp>
#include "test_eval_support.hpp"

using namespace rubric;
using namespace rubric::test;

namespace {

const char* kRubric = R"(rubric "On-call"
offer {
  oncall.rotation_size : number = 8
  comp.base : money
  comp.vest_year1_pct : percent = 25%
  remote : bool = false
  mode : "office" | "hybrid" | "remote" = "office"
}
ignore { notes, perks.gym }
criterion load "Load" weight 60 { score clamp(oncall.rotation_size, 0, 10) }
criterion pay "Pay" weight 40 { score comp.base / 20000 + comp.vest_year1_pct }
flag small "Small rotation" critical { when oncall.rotation_size < 5 }
)";

std::vector<std::string> messages(const std::vector<OfferError>& list) {
  std::vector<std::string> out;
  for (const auto& e : list) out.push_back(e.message);
  return out;
}

}  // namespace

TEST_CASE("a misspelled key is a warning with the declared path it probably meant", "[reader][warnings]") {
  auto rubric = compile_ok(kRubric);
  RunOutput out = score(*rubric, {R"({"id": "a", "oncall": {"rotaton_size": 3}, "comp": {"base": 180000}})"});
  const OfferResult& a = offer(out.run, "a");
  CHECK(a.scored);  // still scored, on the default: the warning is what tells the user
  CHECK(messages(a.warnings) ==
        std::vector<std::string>{"$.oncall.rotaton_size: not in the rubric; did you mean oncall.rotation_size?"});
  CHECK(out.exit_status() == 0);
  // JSON output carries the warnings on the offer, and only when there are some.
  const auto json = offer_to_json(a);
  REQUIRE(json.contains("warnings"));
  CHECK(json["warnings"][0] == "$.oncall.rotaton_size: not in the rubric; did you mean oncall.rotation_size?");
  std::string line;
  append_offer_jsonl(line, a);
  CHECK(line.find(R"("warnings":["$.oncall.rotaton_size: not in the rubric)") != std::string::npos);
}

TEST_CASE("ignored paths, metadata and evidence notes are not warned about", "[reader][warnings]") {
  auto rubric = compile_ok(kRubric);
  RunOutput out = score(*rubric, {R"({"id": "a", "company": "A", "role": {"title": "T", "level": "L6"},
      "contact": {"name": "N", "greeting": "Hi N"}, "currency": "EUR", "notes": {"x": 1},
      "perks": {"gym": true}, "comp": {"base": {"value": 180000, "source": "letter", "note": "p. 2"}}})"});
  const OfferResult& a = offer(out.run, "a");
  CHECK(a.warnings.empty());
  CHECK_FALSE(offer_to_json(a).contains("warnings"));
}

TEST_CASE("an unknown key is reported once at its own path, not for each key inside it", "[reader][warnings]") {
  auto rubric = compile_ok(kRubric);
  RunOutput out = score(*rubric, {R"({"id": "a", "comp": {"base": 1}, "perks": {"food": true, "gym": true},
      "benefits": {"a": 1, "b": 2}})"});
  CHECK(messages(offer(out.run, "a").warnings) ==
        std::vector<std::string>{
            "$.perks.food: not in the rubric (list it in the rubric's ignore { } if it is meant to be there)",
            "$.benefits: not in the rubric (list it in the rubric's ignore { } if it is meant to be there)"});
}

TEST_CASE("strict compile option (--strict) makes an offer's warnings errors: that offer is not scored",
          "[reader][warnings]") {
  CompileOptions options;
  options.strict = true;
  auto rubric = compile_ok(kRubric, options);
  RunOutput out = score(*rubric, {R"({"id": "a", "oncall": {"rotaton_size": 3}, "comp": {"base": 1}})",
                                  R"({"id": "b", "comp": {"base": 1}})"});
  const OfferResult& a = offer(out.run, "a");
  CHECK_FALSE(a.scored);
  CHECK(messages(a.errors) == std::vector<std::string>{"$.oncall.rotaton_size: not in the rubric; did you mean "
                                                       "oncall.rotation_size? (--strict)"});
  CHECK(offer(out.run, "b").scored);
  CHECK(out.exit_status() == 1);
}

TEST_CASE("a fraction in a percent field is a warning", "[reader][warnings]") {
  auto rubric = compile_ok(kRubric);
  RunOutput out = score(*rubric, {R"({"id": "a", "comp": {"base": 1, "vest_year1_pct": 0.25}})",
                                  R"({"id": "b", "comp": {"base": 1, "vest_year1_pct": 25}})",
                                  R"({"id": "c", "comp": {"base": 1, "vest_year1_pct": {"value": 0.5}}})",
                                  R"({"id": "d", "comp": {"base": 1, "vest_year1_pct": 0}})"});
  CHECK(messages(offer(out.run, "a").warnings) ==
        std::vector<std::string>{"$.comp.vest_year1_pct: 0.25 reads as 0.25%; write 25 for 25%"});
  CHECK(offer(out.run, "b").warnings.empty());
  CHECK(messages(offer(out.run, "c").warnings) ==
        std::vector<std::string>{"$.comp.vest_year1_pct: 0.5 reads as 0.5%; write 50 for 50%"});
  CHECK(offer(out.run, "d").warnings.empty());
  // The value is still read as written: 0.25 percent points.
  CHECK(criterion(offer(out.run, "a"), "pay").raw_score == Approx(1.0 / 20000 + 0.0025));
}

TEST_CASE("warnings survive the packed results eval ranks and the jsonl fast path", "[reader][warnings]") {
  auto rubric = compile_ok(kRubric);
  namespace fs = std::filesystem;
  const fs::path file = fs::temp_directory_path() / "rubric-warnings-test.jsonl";
  std::ofstream(file) << R"({"id": "a", "oncall": {"rotaton_size": 3}, "comp": {"base": 1}})"
                      << "\n";
  RunOptions compact;
  compact.mode = ResultMode::compact;
  RunOutput ranked = run(*rubric, {file.string()}, compact);
  REQUIRE(ranked.ranked.size() == 1);
  OfferResult loaded;
  ranked.ranked.load(0, loaded);
  CHECK(messages(loaded.warnings).size() == 1);
  RunOptions lines;
  lines.mode = ResultMode::jsonl;
  std::string text;
  lines.on_rendered = [&text](std::string_view t) { text += t; };
  run(*rubric, {file.string()}, lines);
  CHECK(text.find(R"(,"warnings":["$.oncall.rotaton_size: not in the rubric; did you mean oncall.rotation_size?"]})") !=
        std::string::npos);
  fs::remove(file);
}

TEST_CASE("set compile option (--set) overrides a fact, typed like the offer file, for one offer or all",
          "[reader][set]") {
  CompileOptions options;
  options.sets = {{"a", "comp.base", "260000", "a:comp.base=260000"},
                  {"", "oncall.rotation_size", "3", "oncall.rotation_size=3"},
                  {"", "comp.vest_year1_pct", "50", "comp.vest_year1_pct=50"},
                  {"", "mode", "\"remote\"", "mode=\"remote\""}};
  CompileOutput compiled = compile_rubric_text("eval.rubric", kRubric, options);
  REQUIRE(compiled.rubric);
  CHECK(compiled.rubric->weight_note() ==
        "facts set for this run (--set): comp.base = 260,000 for a, oncall.rotation_size = 3, "
        "comp.vest_year1_pct = 50%, mode = remote");
  RunOutput out = score(*compiled.rubric, {R"({"id": "a", "comp": {"base": 180000}})",
                                           R"({"id": "b", "comp": {"base": 180000}})", R"({"id": "c"})"});
  CHECK(criterion(offer(out.run, "a"), "pay").raw_score == Approx(13.5));
  CHECK(criterion(offer(out.run, "b"), "pay").raw_score == Approx(9.5));
  CHECK(flag_ids(offer(out.run, "b")) == std::vector<std::string>{"small"});
  CHECK_FALSE(offer(out.run, "c").scored);  // a required fact set for another offer only is still missing
}

TEST_CASE("set compile option (--set) refuses an undeclared path and a value of the wrong type", "[reader][set]") {
  const auto errors = [](FactSetting setting) {
    CompileOptions options;
    options.sets = {std::move(setting)};
    return compile_rubric_text("eval.rubric", kRubric, options).option_errors;
  };
  CHECK(errors({"", "comp.bsae", "1", "comp.bsae=1"}) ==
        std::vector<std::string>{
            "--set comp.bsae=1: no offer path 'comp.bsae' in the rubric; did you mean 'comp.base'?"});
  CHECK(errors({"", "remote", "yes", "remote=yes"}) ==
        std::vector<std::string>{"--set remote=yes: remote: expected bool (true or false), found yes"});
  CHECK(errors({"", "comp.base", "260k", "comp.base=260k"}) ==
        std::vector<std::string>{"--set comp.base=260k: comp.base: expected money (a number), found 260k"});
  CHECK(errors({"", "mode", "beach", "mode=beach"}) ==
        std::vector<std::string>{"--set mode=beach: mode: expected one of office, hybrid, remote, found beach"});
}

TEST_CASE("a required fact set for every offer is no longer missing", "[reader][set]") {
  CompileOptions options;
  options.sets = {{"", "comp.base", "200000", "comp.base=200000"}};
  auto rubric = compile_ok(kRubric, options);
  RunOutput out = score(*rubric, {R"({"id": "c"})"});
  CHECK(offer(out.run, "c").scored);
  CHECK(criterion(offer(out.run, "c"), "pay").raw_score == Approx(10.25));
}
