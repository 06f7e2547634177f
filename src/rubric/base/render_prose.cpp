// Numbers as a person writes them in prose: small whole counts in words (docs/drafts.md,
// "Punctuation and numbers"). Which values qualify is decided where texts are compiled
// (compile/interpolate_prose.cpp); this is only the spelling.
#include <array>
#include <string>

#include <rubric/render.hpp>

namespace rubric {

namespace {

// Style guides (AP, most house styles for letters) spell out whole numbers below ten and use
// figures from 10 on; the words are the counts 0 to 9.
constexpr std::array<std::string_view, 10> kCountWords = {"zero", "one", "two",   "three", "four",
                                                          "five", "six", "seven", "eight", "nine"};

}  // namespace

std::string_view to_string(TextStyle style) {
  switch (style) {
    case TextStyle::plain: return "plain";
    case TextStyle::prose: return "prose";
  }
  return "plain";
}

std::string_view count_word(double value) {
  // Decided on the figures a reader would otherwise see, so the word never says more or less than they
  // would (0.004 shows as "0.004", not as a count; 3.999 shows as "4").
  if (!(value > -1 && value < static_cast<double>(kCountWords.size()))) return {};
  const std::string shown = render_number(value);
  if (shown.size() != 1 || shown[0] < '0' || shown[0] > '9') return {};
  return kCountWords[static_cast<std::size_t>(shown[0] - '0')];
}

}  // namespace rubric
