// run_batches with several threads: every batch reaches the sink once, in input order, never two at
// once; and a sink that throws stops every thread and the exception reaches the caller (no hang).
#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <rubric/engine.hpp>
#include "rubric/run/run_pipeline.hpp"

using namespace rubric;

namespace {

constexpr const char* kRubric = R"(rubric "Pipeline"
scale 0..10
offer {
  comp.base : money
}
criterion pay "Pay" weight 100 {
  score clamp(comp.base / 10000, 0, 10)
}
)";

// Writes `lines` offers (some broken) to the JSON Lines file `name` in the temporary folder; returns its path.
// Each test case has a file of its own: CTest runs them in parallel, and one rewriting the other's file
// while it is read made a run see 6,000 offers where it wrote 5,000.
std::string offers_file(const std::string& name, int lines) {
  const auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream out(path, std::ios::binary);
  for (int i = 0; i < lines; ++i) {
    if (i % 997 == 0) out << "{broken\n";
    else out << R"({"id":"o)" << i << R"(","comp":{"base":)" << i * 10 << "}}\n";
  }
  return path.string();
}

const CompiledRubric& pipeline_rubric() {
  static const CompileOutput out = compile_rubric_text("pipeline.rubric", kRubric);
  if (!out.rubric) FAIL(out.format());
  return *out.rubric;
}

}  // namespace

TEST_CASE("run_batches hands every batch out once, in input order, one at a time", "[run][pipeline]") {
  const std::string path = offers_file("rubric-test-run-pipeline-order.jsonl", 5000);
  for (unsigned jobs : {1u, 2u, 3u, 8u}) {
    INFO("jobs " << jobs);
    InputStream in({path});
    RunOptions options;
    options.jobs = jobs;
    options.mode = ResultMode::jsonl;
    std::atomic<int> inside{0};
    bool overlapped = false;
    std::vector<std::size_t> ordinals;
    run_batches(pipeline_rubric(), in, options, [&](Batch& batch) {
      if (inside.fetch_add(1) != 0) overlapped = true;
      for (const auto& doc : batch.docs) ordinals.push_back(doc.ordinal);
      inside.fetch_sub(1);
    });
    CHECK_FALSE(overlapped);
    REQUIRE(ordinals.size() == 5000);
    for (std::size_t i = 0; i < ordinals.size(); ++i) REQUIRE(ordinals[i] == i);
  }
  std::filesystem::remove(path);
}

TEST_CASE("a sink that throws stops every thread and its exception reaches the caller", "[run][pipeline]") {
  const std::string path = offers_file("rubric-test-run-pipeline-throw.jsonl", 6000);
  for (unsigned jobs : {1u, 2u, 4u}) {
    INFO("jobs " << jobs);
    InputStream in({path});
    RunOptions options;
    options.jobs = jobs;
    options.mode = ResultMode::jsonl;
    int batches = 0;
    CHECK_THROWS_AS(run_batches(pipeline_rubric(), in, options,
                                [&](Batch&) {
                                  if (++batches == 2) throw std::runtime_error("disk full");
                                }),
                    std::runtime_error);
    CHECK(batches == 2);
  }
  std::filesystem::remove(path);
}
