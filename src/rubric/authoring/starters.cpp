// The starter rubrics of `rubric init`: rules/starters/*.rubric, embedded at configure time
// (src/rubric/CMakeLists.txt) so the shipped files, which CI checks and formats, are what init writes.
#include <rubric/author.hpp>

namespace rubric {
namespace {

constexpr std::string_view kGeneral =
#include "rubric_generated/starter_general.inc"
    ;
constexpr std::string_view kProduct =
#include "rubric_generated/starter_product.inc"
    ;
constexpr std::string_view kPlatform =
#include "rubric_generated/starter_platform.inc"
    ;
constexpr std::string_view kStaff =
#include "rubric_generated/starter_staff.inc"
    ;

}  // namespace

std::string_view to_string(StarterRole role) {
  switch (role) {
    case StarterRole::general: return "general";
    case StarterRole::product: return "product";
    case StarterRole::platform: return "platform";
    case StarterRole::staff: return "staff";
  }
  return "general";
}

std::optional<StarterRole> parse_starter_role(std::string_view name) {
  for (StarterRole role : {StarterRole::general, StarterRole::product, StarterRole::platform, StarterRole::staff}) {
    if (to_string(role) == name) return role;
  }
  return std::nullopt;
}

std::string_view starter_rubric(StarterRole role) {
  switch (role) {
    case StarterRole::general: return kGeneral;
    case StarterRole::product: return kProduct;
    case StarterRole::platform: return kPlatform;
    case StarterRole::staff: return kStaff;
  }
  return kGeneral;
}

}  // namespace rubric
