#include <catch2/catch.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

#include "grammar.hpp"
#include "test_parse_support.hpp"

using namespace rubric;
using rubric::test::parse_error_of;
using rubric::test::parse_text;

TEST_CASE("the grammar has no left recursion or empty loops", "[parse]") {
  CHECK(tao::pegtl::analyze<grammar::rubric_file>(1) == 0);
}

TEST_CASE("the smallest rubric parses", "[parse]") {
  ParseResult result = parse_text("rubric \"T\"\n");
  REQUIRE(result.rubric);
  REQUIRE(result.rubric->titles.size() == 1);
  CHECK(result.rubric->titles[0].value == "T");
}
