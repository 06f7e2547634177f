// render_fixed2 and render_number print cents without fmt for common values; they must print
// exactly what fmt's "{:.2f}" prints for the same rounded value.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <cmath>
#include <random>
#include <string>

#include <rubric/render.hpp>

TEST_CASE("render: two decimals agree with fmt", "[render]") {
  std::mt19937_64 random(11);
  std::uniform_real_distribution<double> log_magnitude(-12, 32);
  std::uniform_int_distribution<int> cents(-100000, 100000);
  std::size_t mismatches = 0;
  for (int i = 0; i < 300000; ++i) {
    const double spread = std::exp(log_magnitude(random)) * (i % 2 == 0 ? 1 : -1);
    const double exact_cents = cents(random) / 100.0;
    const double half_cent = (cents(random) + 0.5) / 100.0;
    for (double value : {spread, exact_cents, half_cent}) {
      const std::string expected = fmt::format("{:.2f}", rubric::round_half_away(value, 2));
      if (rubric::render_fixed2(value) != expected) {
        ++mismatches;
        UNSCOPED_INFO(fmt::format("{:a}: {} != {}", value, rubric::render_fixed2(value), expected));
      }
    }
  }
  CHECK(mismatches == 0);
  CHECK(rubric::render_fixed2(3.8041) == "3.80");
  CHECK(rubric::render_fixed2(-0.004) == "0.00");
  CHECK(rubric::render_fixed2(-2.5) == "-2.50");
  CHECK(rubric::render_number(3.66667) == "3.67");
  CHECK(rubric::render_number(10) == "10");
  CHECK(rubric::render_fixed2(1e300) == fmt::format("{:.2f}", 1e300));
}
