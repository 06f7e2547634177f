// A candidate profile -> read and validated; a valid one drafts the email for a scored example offer.
#include <rubric/draft.hpp>
#include <rubric/profile.hpp>
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rubric;
  static const auto rubric = fuzz::shipped_rubric("platform-reliability.rubric");
  static const RunOutput run = run_texts(*rubric, {"examples/offers/lumen.json"},
                                         {fuzz::repository_file("examples/offers/lumen.json")});
  ProfileLoad load = parse_profile("fuzz-profile.json", fuzz::text_of(data, size));
  if (!load.profile || run.run.offers.empty()) return 0;
  Draft draft = make_draft(run.run.offers.front(), *load.profile, run.run, default_draft_template(), DraftFormat::eml,
                           std::time_t{1767225600});
  return draft.content.empty() && draft.error.empty() ? 1 : 0;
}
