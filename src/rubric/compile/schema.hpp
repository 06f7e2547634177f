// The offer reader's schema, built from a checked rubric.
#pragma once

#include <rubric/facts.hpp>
#include "rubric/check/check.hpp"
#include "rubric/syntax/ast.hpp"

namespace rubric {

/// Builds the reader's schema from a checked rubric.
OfferSchema make_schema(const ast::Rubric& rubric, const CheckResult& checked);

}  // namespace rubric
