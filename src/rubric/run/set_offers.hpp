// `--set OFFER:PATH=VALUE` names an offer by id; an id that no offer of the run has would leave the
// what-if silently unused, so the run says so (a warning, an input error under --strict).
#pragma once

#include <string>
#include <vector>

#include <rubric/engine.hpp>

namespace rubric {

// Watches the ids a run sees for the offers `--set` names.
class SetOfferCheck {
 public:
  /// Takes the offers the schema's --set facts name; costs nothing per offer when none does.
  explicit SetOfferCheck(const OfferSchema& schema);

  /// Marks `id` as present in the run; inline, so a run without named offers pays one test per offer.
  void see(const std::string& id) {
    if (!wanted_.empty()) see_named(id);
  }

  /// Adds a message per named offer the run never saw: to `out.warnings`, or `out.input_errors` when strict.
  void report(RunOutput& out, bool strict) const;

 private:
  void see_named(const std::string& id);

  struct Wanted {
    std::string offer;
    std::string path;
    bool seen = false;
  };
  std::vector<Wanted> wanted_;
  std::vector<std::string> ids_;  // for the did-you-mean, up to kMaxRememberedIds
};

}  // namespace rubric
