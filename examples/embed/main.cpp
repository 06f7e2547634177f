// Compiles a rubric, scores one offer file against it and prints the offer's total:
//   score_offer rules/platform-reliability.rubric examples/offers/northwind.json
// Diagnostics and offer errors are printed the way `rubric` prints them; the exit status is 0, 1 or 2
// like `rubric eval`.
#include <cstdio>
#include <string>

#include <rubric/engine.hpp>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: score_offer RUBRIC OFFER.json\n");
    return 2;
  }
  const rubric::CompileOutput compiled = rubric::compile_rubric_file(argv[1]);
  std::fputs(compiled.format().c_str(), stderr);  // warnings too, when it compiled
  if (compiled.failed()) return 2;

  rubric::RunOptions options;
  options.mode = rubric::ResultMode::scores;
  const rubric::RunOutput output = rubric::run(*compiled.rubric, {argv[2]}, options);
  for (const auto& error : output.input_errors) std::fprintf(stderr, "%s\n", rubric::to_string(error).c_str());
  for (const rubric::OfferResult& offer : output.run.offers) {
    for (const auto& error : offer.errors)
      std::fprintf(stderr, "%s: error: %s\n", offer.source.c_str(), error.message.c_str());
    if (offer.scored) std::printf("%s: %.2f of %g\n", offer.id.c_str(), offer.total, output.run.scale_high);
  }
  return output.exit_status();
}
