#include <catch2/catch.hpp>

#include <fstream>
#include <iostream>

#include "rubric/report.hpp"
#include "test_report_fixtures.hpp"

using namespace rubric;

TEST_CASE("dump md", "[.dump]") {
  RunResult run = brief_run();
  std::cout << render_report_md(build_report(run));
}
