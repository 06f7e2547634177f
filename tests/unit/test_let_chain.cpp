// Long chains through declarations (issue 15): 40,000 lets each defined by the next once overflowed the
// C++ stack in a recursive pass over the lets. Every pass over the declaration graph (cycles, order,
// types, the facts a score reads, evaluation, explain) now works with explicit stacks or in order.
#include <catch2/catch.hpp>

#include <string>

#include <rubric/engine.hpp>
#include <rubric/explain.hpp>
#include "rubric/input/inputs.hpp"

using namespace rubric;

namespace {

constexpr int kChain = 40000;

// The generator of issue 15: `let l0 = l1 + 1`, ..., the last let reads the offer.
std::string let_chain(int n, const std::string& last, const std::string& score = "l0") {
  std::string text = "rubric \"P\"\nscale 0..10\noffer {\n  comp.base : money\n}\n";
  for (int i = 0; i + 1 < n; ++i) text += "let l" + std::to_string(i) + " = l" + std::to_string(i + 1) + " + 1\n";
  text += "let l" + std::to_string(n - 1) + " = " + last + "\n";
  return text + "criterion c \"C\" weight 100 {\n  score " + score + "\n}\n";
}

}  // namespace

TEST_CASE("a chain of 40,000 lets compiles, scores and reports the fact it reads", "[check][limits]") {
  CompileOutput out = compile_rubric_text("chain.rubric", let_chain(kChain, "comp.base"));
  INFO(out.format());
  REQUIRE(out.rubric);
  RunOutput run = run_texts(*out.rubric, {"o.json"}, {R"({"comp": {"base": 1}})"});
  REQUIRE(run.run.offers.size() == 1);
  const OfferResult& offer = run.run.offers.front();
  REQUIRE(offer.scored);
  CHECK(offer.criteria.at(0).raw_score == 1 + (kChain - 1));
  CHECK(offer.criteria.at(0).score == 10);
  REQUIRE(offer.criteria.at(0).facts.size() == 1);
  CHECK(offer.criteria.at(0).facts.at(0).path == "comp.base");
}

// Traces one offer of {"comp": {"base": 2}} through the rubric, as `rubric explain` does.
OfferTrace trace_chain(const std::string& score) {
  CompileOutput out = compile_rubric_text("chain.rubric", let_chain(kChain, "comp.base", score));
  INFO(out.format());
  REQUIRE(out.rubric);
  REQUIRE(out.rubric);
  std::string json = std::string(R"({"comp": {"base": 2}})") + std::string(kJsonPadding, '\0');
  InputDocument doc;
  doc.source = "o.json";
  doc.fallback_id = "o";
  doc.json = std::string_view(json).substr(0, json.size() - kJsonPadding);
  OfferReader reader(out.rubric->schema());
  Facts facts;
  reader.read(doc, facts);
  return trace_offer(*out.rubric, facts, {&facts});
}

TEST_CASE("a chain of 40,000 lets explains", "[explain][limits]") {
  OfferTrace trace = trace_chain("l0");
  CHECK(trace.errors.empty());
  CHECK(trace.decls.size() >= static_cast<std::size_t>(kChain));
  CHECK(format_trace(trace, "c").find("score = 40,001: l0") != std::string::npos);
}

TEST_CASE("an aggregate over the end of a 40,000-let chain explains", "[explain][limits]") {
  OfferTrace trace = trace_chain("max_of(l0) - 40000");
  CHECK(trace.errors.empty());
  CHECK(format_trace(trace, "c").find("score = 1: max_of(l0) - 40000") != std::string::npos);
  CHECK(format_trace(trace, "c").find("max_of(l0) = 40,001") != std::string::npos);
}

TEST_CASE("a cycle through 40,000 lets is one error with a shortened path", "[check][limits]") {
  CompileOutput out = compile_rubric_text("cycle.rubric", let_chain(kChain, "l0"));
  CHECK_FALSE(out.rubric);
  std::string shown = out.format();
  CHECK(shown.find("error: cycle: l0 -> l1 -> ") != std::string::npos);
  CHECK(shown.find("(39977 more)") != std::string::npos);
}

TEST_CASE("a chain of 20,000 criteria, each scoring the next, compiles and scores", "[check][limits]") {
  std::string text = "rubric \"P\"\nscale 0..10\noffer {\n  x : number\n}\n";
  constexpr int n = 20000;
  for (int i = 0; i + 1 < n; ++i) {
    text += "criterion c" + std::to_string(i) + " \"C\" weight " + (i == 0 ? "100" : "0") + " {\n  score c" +
            std::to_string(i + 1) + "\n}\n";
  }
  text += "criterion c" + std::to_string(n - 1) + " \"C\" weight 0 {\n  score x\n}\n";
  CompileOutput out = compile_rubric_text("criteria.rubric", text);
  INFO(out.format());
  REQUIRE(out.rubric);
  RunOutput run = run_texts(*out.rubric, {"o.json"}, {R"({"x": 7})"});
  REQUIRE(run.run.offers.size() == 1);
  CHECK(run.run.offers.front().total == 7);
}
