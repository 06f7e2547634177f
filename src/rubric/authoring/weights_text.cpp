// Criterion weights as written in a rubric, found with the formatter's lexer so comments, strings and
// constructs it does not know are never mistaken for them, and replaced without touching anything else.
#include <rubric/author.hpp>
#include "rubric/format/format_tokens.hpp"

namespace rubric {

std::vector<WrittenWeight> find_weights(std::string_view text) {
  std::vector<format::Token> tokens;
  for (const format::Line& line : format::split_lines(text))
    tokens.insert(tokens.end(), line.tokens.begin(), line.tokens.end());
  std::vector<WrittenWeight> found;
  for (std::size_t k = 0; k + 4 < tokens.size(); ++k) {
    if (!format::is(tokens[k], "criterion") || tokens[k + 2].kind != format::TokenKind::string ||
        !format::is(tokens[k + 3], "weight") || tokens[k + 4].kind != format::TokenKind::number) {
      continue;
    }
    const std::string_view label = tokens[k + 2].text;
    const std::string_view number = tokens[k + 4].text;
    found.push_back(WrittenWeight{std::string(tokens[k + 1].text),
                                  std::string(label.substr(1, label.size() >= 2 ? label.size() - 2 : 0)),
                                  std::string(number), static_cast<std::size_t>(number.data() - text.data())});
  }
  return found;
}

std::string rewrite_weights(std::string_view text, const std::vector<std::string>& weights) {
  const std::vector<WrittenWeight> found = find_weights(text);
  std::string out;
  std::size_t at = 0;
  for (std::size_t i = 0; i < found.size() && i < weights.size(); ++i) {
    out.append(text.substr(at, found[i].offset - at));
    out.append(weights[i]);
    at = found[i].offset + found[i].weight.size();
  }
  out.append(text.substr(at));
  return out;
}

}  // namespace rubric
