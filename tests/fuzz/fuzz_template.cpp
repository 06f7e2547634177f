// A user's Mustache template -> checked, then rendered into a draft for a scored example offer.
#include <rubric/draft.hpp>
#include <rubric/profile.hpp>
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rubric;
  static const auto rubric = fuzz::shipped_rubric("platform-reliability.rubric");
  static const RunOutput run = run_texts(*rubric, {"examples/offers/lumen.json"},
                                         {fuzz::repository_file("examples/offers/lumen.json")});
  static const ProfileLoad profile = parse_profile("examples/profile.json",
                                                   fuzz::repository_file("examples/profile.json"));
  TemplateLoad load = make_draft_template("fuzz.mustache", fuzz::text_of(data, size));
  if (!load.draft_template || !profile.profile || run.run.offers.empty()) return 0;
  for (DraftFormat format : {DraftFormat::eml, DraftFormat::md}) {
    Draft draft = make_draft(run.run.offers.front(), *profile.profile, run.run, *load.draft_template, format,
                             std::time_t{1767225600});
    (void)draft;
  }
  return 0;
}
