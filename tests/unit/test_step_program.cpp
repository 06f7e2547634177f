// The step program (every step as one code stream) against the machine run one step at a time: on every
// shipped and golden rubric with its offers, and on a rubric whose steps fault one by one, both must leave
// the same frame to the bit, the same reasons per declaration, and fail at the same step with the same fault.
#include <catch2/catch.hpp>

#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "rubric/input/inputs.hpp"
#include "rubric/vm/machine.hpp"
#include "test_eval_support.hpp"

using namespace rubric;
namespace fs = std::filesystem;

namespace {

struct Outcome {
  std::vector<double> frame;
  std::vector<std::uint32_t> reasons, begin, end;
  bool ok = false;
  FaultKind fault = FaultKind::none;
  int site = -1;
  std::string step;  // the declaration that faulted
};

Machine machine(const Plan& plan, const Facts& facts, EvalBuffers& b) {
  Machine m;
  m.plan = &plan;
  m.facts = &facts;
  m.frame = b.frame.data();
  m.reasons = &b.reasons;
  m.reason_begin = b.reason_begin.data();
  m.reason_end = b.reason_end.data();
  return m;
}

Outcome finish(const Plan& plan, const Machine& m, const EvalBuffers& b, bool ok, std::string step) {
  Outcome o;
  o.frame.assign(b.frame.begin(), b.frame.begin() + static_cast<std::ptrdiff_t>(plan.frame.stack));
  o.reasons = b.reasons;
  o.begin = b.reason_begin;
  o.end = b.reason_end;
  o.ok = ok;
  if (!ok) {
    o.fault = m.fault.kind;
    o.site = m.fault.site;
    o.step = std::move(step);
  }
  return o;
}

Outcome one_step_at_a_time(const Plan& plan, const Facts& facts) {
  EvalBuffers b(plan);
  Machine m = machine(plan, facts, b);
  for (const Step& step : plan.order) {
    const auto begin = static_cast<std::uint32_t>(b.reasons.size());
    if (!m.run_step(step)) return finish(plan, m, b, false, step.what);
    b.reason_begin[static_cast<std::size_t>(step.slot)] = begin;
    b.reason_end[static_cast<std::size_t>(step.slot)] = static_cast<std::uint32_t>(b.reasons.size());
  }
  return finish(plan, m, b, true, "");
}

Outcome as_one_program(const Plan& plan, const Facts& facts) {
  const StepProgram program = make_step_program(plan);
  REQUIRE(program.usable);
  EvalBuffers b(plan);
  Machine m = machine(plan, facts, b);
  const auto size = static_cast<std::uint32_t>(program.code.size());
  if (m.execute(program.code.data(), CodeRange{0, size}, nullptr)) return finish(plan, m, b, true, "");
  std::size_t step = 0;
  while (step + 1 < program.step_at.size() && program.step_at[step + 1] <= m.fault_at) ++step;
  return finish(plan, m, b, false, plan.order[step].what);
}

bool same_bits(const std::vector<double>& a, const std::vector<double>& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

/// Returns the declaration at which both ways stopped ("" when neither did).
std::string check_both_ways(const CompiledRubric& rubric, const std::string& offer_json, const std::string& name) {
  const Plan& plan = rubric.plan();
  OfferReader reader(rubric.schema());
  const std::string padded = offer_json + std::string(kJsonPadding, ' ');
  InputDocument doc;
  doc.source = name;
  doc.fallback_id = "offer";
  doc.json = std::string_view(padded).substr(0, offer_json.size());
  Facts facts;
  reader.read(doc, facts);
  if (!facts.errors.empty()) return "unread";  // never scored, either way
  const Outcome a = one_step_at_a_time(plan, facts), b = as_one_program(plan, facts);
  INFO(name);
  CHECK(a.ok == b.ok);
  CHECK(a.fault == b.fault);
  CHECK(a.site == b.site);
  CHECK(a.step == b.step);
  if (a.ok) CHECK(same_bits(a.frame, b.frame));
  CHECK(a.reasons == b.reasons);
  if (a.ok) CHECK(a.begin == b.begin);
  if (a.ok) CHECK(a.end == b.end);
  return b.step;
}

std::vector<std::string> offers_in(const fs::path& folder) {
  std::vector<std::string> texts;
  for (const auto& entry : fs::directory_iterator(folder))
    if (entry.path().extension() == ".json")
      texts.push_back(test::read_project_file(fs::relative(entry.path(), RUBRIC_SOURCE_DIR).string()));
  return texts;
}

}  // namespace

TEST_CASE("the step program scores shipped and golden rubrics exactly as step by step", "[eval][program]") {
  const fs::path root = RUBRIC_SOURCE_DIR;
  std::vector<std::pair<fs::path, fs::path>> cases;  // rubric, offers folder
  for (const char* folder : {"rules", "rules/starters"})
    for (const auto& entry : fs::directory_iterator(root / folder))
      if (entry.path().extension() == ".rubric") cases.emplace_back(entry.path(), root / "examples/offers");
  for (const auto& entry : fs::directory_iterator(root / "tests/golden/success"))
    cases.emplace_back(entry.path() / "rubric.rubric", entry.path() / "offers");
  REQUIRE(cases.size() >= 10);
  for (const auto& [rubric_path, folder] : cases) {
    const std::string text = test::read_project_file(fs::relative(rubric_path, root).string());
    CompileOutput out = compile_rubric_text(rubric_path.string(), text);
    INFO(rubric_path.string() << "\n" << out.format());
    REQUIRE(out.rubric);
    for (const auto& offer : offers_in(folder)) check_both_ways(*out.rubric, offer, rubric_path.string());
  }
}

TEST_CASE("the step program faults at the same step as step by step", "[eval][program]") {
  // Each offer below makes a different step fault (or none): a let, a criterion, a flag's condition, its
  // penalty, its cap, a confirm, an ask's range; reasons are recorded along the way.
  const auto rubric = test::compile_ok(R"(rubric "Faults"
scale 0..10
offer {
  a : number
  b : number
  c : number = 1
}
let ratio = a / b
criterion one "One" weight 60 {
  score when ratio > 1 => 8 because "ratio above one"
        else 4 because "ratio at most one"
}
criterion two "Two" weight 40 {
  score 10 / c
}
flag heavy "Heavy" warning {
  when a / c > 5
  penalty 1 / (a - 10)
  cap 100 / (a - 20)
}
confirm odd "Odd" { when a / (b - 7) > 100 }
ask more "More" {
  when a > 1
  range 1 / (a - 30) .. 2
  because "a is {a}"
}
)");
  const std::vector<std::pair<std::string, std::string>> offers = {
      {R"({"a": 2, "b": 1})", ""},
      {R"({"a": 2, "b": 0})", "let ratio"},
      {R"({"a": 2, "b": 1, "c": 0})", "criterion two"},
      {R"({"a": 10, "b": 1})", "flag heavy"},
      {R"({"a": 20, "b": 1})", "flag heavy"},
      {R"({"a": 2, "b": 7})", "confirm odd"},
      {R"({"a": 30, "b": 1})", "ask more"},
      {R"({"a": 0.5, "b": 1})", ""},
  };
  for (const auto& [offer, step] : offers) CHECK(check_both_ways(*rubric, offer, offer) == step);
}
