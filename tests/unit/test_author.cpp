// The authoring helpers: AHP against a published example, whole weights, weights found and rewritten in
// rubric text, and the starter rubrics of `rubric init`.
#include <catch2/catch.hpp>

#include <numeric>

#include <rubric/author.hpp>
#include <rubric/engine.hpp>
#include <rubric/format.hpp>

using namespace rubric;
using Catch::Matchers::WithinAbs;

TEST_CASE("AHP reproduces Saaty's wealth-of-nations example", "[author][ahp]") {
  // Saaty, "A scaling method for priorities in hierarchical structures", J. Math. Psychology 15 (1977),
  // the relative wealth of seven nations: US, USSR, China, France, UK, Japan, West Germany. Published
  // eigenvector .427 .230 .021 .052 .052 .123 .094 and lambda max 7.61.
  const std::vector<std::vector<double>> a{
      {1, 4, 9, 6, 6, 5, 5},
      {1 / 4.0, 1, 7, 5, 5, 3, 4},
      {1 / 9.0, 1 / 7.0, 1, 1 / 5.0, 1 / 5.0, 1 / 7.0, 1 / 5.0},
      {1 / 6.0, 1 / 5.0, 5, 1, 1, 1 / 3.0, 1 / 3.0},
      {1 / 6.0, 1 / 5.0, 5, 1, 1, 1 / 3.0, 1 / 3.0},
      {1 / 5.0, 1 / 3.0, 7, 3, 3, 1, 2},
      {1 / 5.0, 1 / 4.0, 5, 3, 3, 1 / 2.0, 1},
  };
  const AhpResult r = analyze_pairwise(a);
  const std::vector<double> published{0.427, 0.230, 0.021, 0.052, 0.052, 0.123, 0.094};
  REQUIRE(r.priorities.size() == published.size());
  for (std::size_t i = 0; i < published.size(); ++i) CHECK_THAT(r.priorities[i], WithinAbs(published[i], 0.0005));
  CHECK_THAT(std::accumulate(r.priorities.begin(), r.priorities.end(), 0.0), WithinAbs(1, 1e-12));
  CHECK_THAT(r.lambda_max, WithinAbs(7.61, 0.005));
  CHECK_THAT(r.consistency_index, WithinAbs((r.lambda_max - 7) / 6, 1e-12));
  CHECK_THAT(r.consistency_ratio, WithinAbs(r.consistency_index / 1.32, 1e-12));  // Saaty's RI for n = 7
  CHECK(r.consistency_ratio < 0.1);
}

TEST_CASE("AHP on consistent answers gives their exact ratios and a zero consistency ratio", "[author][ahp]") {
  // Weights 4 : 2 : 1, answered consistently.
  const AhpResult r = analyze_pairwise({{1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}});
  CHECK_THAT(r.priorities[0], WithinAbs(4 / 7.0, 1e-12));
  CHECK_THAT(r.priorities[1], WithinAbs(2 / 7.0, 1e-12));
  CHECK_THAT(r.priorities[2], WithinAbs(1 / 7.0, 1e-12));
  CHECK_THAT(r.lambda_max, WithinAbs(3, 1e-12));
  CHECK_THAT(r.consistency_ratio, WithinAbs(0, 1e-12));
}

TEST_CASE("AHP names the judgment that contradicts the others most", "[author][ahp]") {
  // Consistent answers for weights 8 : 4 : 2 : 1, except that the first against the last is reversed.
  const std::vector<double> w{8, 4, 2, 1};
  std::vector<std::vector<double>> a(4, std::vector<double>(4));
  for (std::size_t i = 0; i < 4; ++i) {
    for (std::size_t j = 0; j < 4; ++j) a[i][j] = w[i] / w[j];
  }
  a[0][3] = 1 / 8.0;
  a[3][0] = 8;
  const AhpResult r = analyze_pairwise(a);
  CHECK(r.consistency_ratio > 0.1);
  CHECK(r.worst_i == 0);
  CHECK(r.worst_j == 3);
}

TEST_CASE("whole weights sum to exactly 100 with the largest remainders rounded up", "[author][ahp]") {
  CHECK(whole_weights({4 / 7.0, 2 / 7.0, 1 / 7.0}) == std::vector<int>{57, 29, 14});
  CHECK(whole_weights({1 / 3.0, 1 / 3.0, 1 / 3.0}) == std::vector<int>{34, 33, 33});
  CHECK(whole_weights({0.5, 0.5}) == std::vector<int>{50, 50});
}

TEST_CASE("weights are found and rewritten without touching any other byte", "[author]") {
  const std::string text = "rubric \"W\"\n# criterion fake \"Not one\" weight 99 is only a comment\n"
                           "criterion pay \"Pay, \\\"mostly\\\"\"   weight 60.5 { score 1 }  # weight 60\n"
                           "criterion\n  team \"Team\"\n  weight 39.5 {\n  score 2\n}\n";
  const auto found = find_weights(text);
  REQUIRE(found.size() == 2);
  CHECK(found[0].id == "pay");
  CHECK(found[0].label == "Pay, \\\"mostly\\\"");
  CHECK(found[0].weight == "60.5");
  CHECK(found[1].id == "team");
  CHECK(found[1].weight == "39.5");
  std::string expected = text;
  expected.replace(expected.find("60.5"), 4, "70");
  expected.replace(expected.find("39.5"), 4, "30");
  CHECK(rewrite_weights(text, {"70", "30"}) == expected);
}

TEST_CASE("every starter rubric compiles, is formatted, and has the scorecard's parts", "[author][init]") {
  for (StarterRole role : {StarterRole::general, StarterRole::product, StarterRole::platform, StarterRole::staff}) {
    DYNAMIC_SECTION(to_string(role)) {
      CHECK(parse_starter_role(to_string(role)) == role);
      const std::string text(starter_rubric(role));
      const CompileOutput compiled = compile_rubric_text("starter.rubric", text);
      INFO(compiled.format());
      REQUIRE(compiled.rubric);
      CHECK(compiled.diagnostics.empty());
      CHECK(format_rubric_text("starter.rubric", text).text == text);
      const RubricOutline& outline = compiled.rubric->outline();
      CHECK(outline.criteria == std::vector<std::string>{"scope", "pay", "team", "oncall", "risk", "promotion"});
      CHECK(outline.flags == 5);
      CHECK(outline.confirms == 4);
      CHECK(outline.asks == 1);
      double sum = 0;
      for (const auto& w : find_weights(text)) sum += std::stod(w.weight);
      CHECK(sum == 100);
    }
  }
  CHECK_FALSE(parse_starter_role("manager"));
}
