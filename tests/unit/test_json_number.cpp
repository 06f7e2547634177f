// The fast number writer must print exactly what fmt's shortest round trip prints.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "rubric/base/json_number.hpp"

namespace {

std::string fast(double value) {
  char buffer[rubric::kMaxJsonNumberBytes];
  return std::string(buffer, rubric::write_json_number(buffer, value));
}

// What result JSON always wrote: integers as integers, the rest through fmt (Dragonbox).
std::string expected(double value) {
  if (!std::isfinite(value)) return "null";
  if (rubric::is_exact_integer(value)) return std::to_string(static_cast<std::int64_t>(value));
  return fmt::format("{}", value);
}

}  // namespace

TEST_CASE("json numbers: short decimals print as fmt prints them", "[json_number]") {
  CHECK(fast(2.1) == "2.1");
  CHECK(fast(0.525) == "0.525");
  CHECK(fast(-0.5) == "-0.5");
  CHECK(fast(0.0001) == "0.0001");
  CHECK(fast(0.1 + 0.2) == "0.30000000000000004");
  CHECK(fast(1e-5) == "1e-05");
  CHECK(fast(30) == "30");
  CHECK(fast(-0.0) == "0");
  CHECK(fast(std::nan("")) == "null");
  CHECK(fast(std::numeric_limits<double>::infinity()) == "null");
  CHECK(fast(1e300) == expected(1e300));
  CHECK(fast(123456789012345.6) == "123456789012345.6");
}

TEST_CASE("json numbers: agree with fmt on decimals, products and random bits", "[json_number]") {
  std::mt19937_64 random(42);
  std::uniform_int_distribution<std::int64_t> mantissa(-99999999, 99999999);
  std::uniform_int_distribution<int> digits(0, 12);
  std::uniform_real_distribution<double> score(0, 10);
  std::uniform_real_distribution<double> log_magnitude(-10, 36);  // e^-10 .. e^36 spans the fixed range
  std::size_t mismatches = 0;
  for (int i = 0; i < 200000; ++i) {
    const double decimal = static_cast<double>(mantissa(random)) / std::pow(10.0, digits(random));
    const double product = std::round(score(random) * 100) / 100 * (digits(random) * 5) / 100;
    std::uint64_t bits = random();
    double any;
    std::memcpy(&any, &bits, sizeof any);
    const double spread = std::exp(log_magnitude(random));
    for (double value : {decimal, product, score(random), any, spread, -spread}) {
      if (fast(value) != expected(value)) {
        ++mismatches;
        UNSCOPED_INFO(fmt::format("{:a}: fast {} fmt {}", value, fast(value), expected(value)));
      }
    }
  }
  CHECK(mismatches == 0);
}

TEST_CASE("json numbers: the per-thread cache gives back exactly what was written", "[json_number]") {
  // Far more values than cache entries, so slots are overwritten; each written three times, in two orders.
  std::vector<double> values;
  std::mt19937_64 random(7);
  std::uniform_real_distribution<double> score(0, 10);
  for (int i = 0; i < 5000; ++i) values.push_back(std::round(score(random) * 1000) / 1000);
  for (double v : {0.0, -0.0, 0.1 + 0.2, -2.2250738585072014e-308, 1e-5, 2.5e15, -1.7976931348623157e308})
    values.push_back(v);
  std::size_t mismatches = 0;
  for (int round = 0; round < 3; ++round) {
    for (std::size_t i = 0; i < values.size(); ++i) {
      const double v = values[round == 1 ? values.size() - 1 - i : i];
      if (fast(v) != expected(v)) ++mismatches;
    }
  }
  CHECK(mismatches == 0);
  CHECK(fast(-2.2250738585072014e-308) == "-2.2250738585072014e-308");  // 24 characters: never cached
  CHECK(fast(-2.2250738585072014e-308) == "-2.2250738585072014e-308");
}
