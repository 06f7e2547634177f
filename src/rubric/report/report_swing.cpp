// The words of the sensitivity table: what moving one weight does to the top two offers.
#include <fmt/format.h>

#include <rubric/render.hpp>
#include "rubric/output/text.hpp"
#include "rubric/report/report_sections.hpp"

namespace rubric {

std::string swing_text(const WeightSwing& swing, const Sensitivity& sensitivity) {
  if (sensitivity.tie) {
    if (swing.raising_favours.empty()) return "moving it favours neither";
    return "raising it favours " + swing.raising_favours;
  }
  if (!swing.swap_weight) return "no change within 0..100 swaps them";
  return fmt::format("swap at {} ({})", render_fixed2(*swing.swap_weight), text::signed2(swing.change()));
}

}  // namespace rubric
