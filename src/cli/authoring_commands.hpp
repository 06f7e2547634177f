// The authoring subcommands: `rubric test`, `rubric schema` and `rubric offer` (docs/testing.md, docs/cli.md).
#pragma once

#include "cli/commands.hpp"

namespace rubric::cli {

/// Adds `rubric test RUBRIC TESTFILE...`.
void add_test_command(Commands& commands);

/// Adds `rubric schema RUBRIC`.
void add_schema_command(Commands& commands);

/// Adds `rubric offer RUBRIC [--id ID]`.
void add_offer_command(Commands& commands);

}  // namespace rubric::cli
