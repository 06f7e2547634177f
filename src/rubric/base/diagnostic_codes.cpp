// The catalogue of diagnostic codes. Messages are the engine's own, so a pattern per message kind names it;
// the codes are the names of the golden cases in tests/golden/errors/ that show each one (docs/language.md).
#include <rubric/diagnostic_codes.hpp>

namespace rubric {

const std::vector<DiagnosticCode>& diagnostic_codes() {
  // clang-format off
  static const std::vector<DiagnosticCode> codes = {
    // Syntax (the parser stops at the first)
    {"syntax-rubric-not-first", "expected 'rubric \"Title\"' as the first declaration", "the file does not start with rubric \"Title\""},
    {"syntax-missing-close-brace", "expected '}' to close *", "a block or list left open"},
    {"syntax-unexpected-character", "expected a declaration: *", "text that cannot start a declaration"},
    {"syntax-unterminated-string", "unterminated string*", "a string not closed on its line"},
    {"syntax-bad-escape", "unknown escape sequence*", "an unknown escape in a string"},
    {"syntax-number-suffix", "unexpected letter after the number*", "a number suffix other than k, M and %"},
    {"syntax-uppercase-name", "names are written in lower case*", "a name with upper-case letters"},
    {"syntax-chained-comparison", "comparisons do not chain*", "a < b < c"},
    {"syntax-too-deep", "* too deep*", "nesting or an expression chain beyond the parser's limit"},
    {"syntax-file-too-large", "rubric file too large*", "a rubric file over the size limit"},
    {"syntax-number-range", "number '*' is out of range", "a number literal too large for a double"},
    {"syntax-internal", "could not parse the rubric*", "the parser failed in an unexpected way (a bug: please report it)"},
    {"syntax-internal", "internal parser error*", "the parser failed in an unexpected way (a bug: please report it)"},
    {"interpolation-empty", "expected a name or path between *", "{} without a name in a string"},
    {"syntax-expected", "expected *", "the parser expected something else here (the message says what)"},
    // Declarations
    {"duplicate-declaration", "duplicate '*' declaration", "a second rubric, scale or draft declaration"},
    {"missing-title", "missing 'rubric *", "no rubric \"Title\" declaration"},
    {"bad-scale-range", "scale low end * must be below its high end *", "a scale whose low end is not below its high end"},
    {"no-criteria", "a rubric needs at least one criterion", "a rubric without criteria"},
    {"weights-not-100", "criterion weights sum to *, not 100", "weights that do not sum to 100"},
    {"negative-weight", "the weight of criterion * must be >= 0*", "a negative weight"},
    {"duplicate-id", "duplicate name *", "a name declared twice"},
    {"reserved-total", "'total' is reserved*", "declaring total"},
    {"total-as-path", "offer path 'total' clashes*", "an offer path named total"},
    {"name-path-clash", "offer path * clashes with *", "an offer path that is also a declared name"},
    {"duplicate-field", "duplicate offer path *", "an offer path declared twice"},
    {"field-prefix", "offer path * is a prefix of *", "an offer path that is a prefix of another"},
    {"duplicate-member", "duplicate member * in the enumeration of *", "an enumeration member listed twice"},
    {"bad-default", "the default of * field * must be *", "a default that does not fit its field"},
    {"field-type", "offer field * needs a type*", "an offer field without a usable type"},
    {"let-enum-type", "let * may be declared *", "a let declared with an enumeration type"},
    {"let-type-mismatch", "let * is declared * but its value is *", "a let whose value does not fit its declared type"},
    {"unused-let", "let * is never used", "warning: a let nothing reads"},
    {"negotiable-not-numeric", "only a number, money or percent field can be negotiable*",
     "negotiable on a field that is not a number, money or percent"},
    {"ignore-declared", "* ignore only silences keys the rubric does not declare",
     "warning: ignore { } naming a key the rubric reads"},
    {"else-trap", "the '*' after 'else' applies to the else branch only*",
     "warning: a + or - after a when/if/match that most readers apply to the whole expression"},
    // Names
    {"unknown-name", "unknown name *", "an unknown name"},
    {"unknown-path", "unknown offer path *", "an unknown offer path (also inside {...} in a string)"},
    {"unknown-function", "unknown function *", "an unknown function"},
    {"unknown-reference", "unknown * *", "an unknown reference of another kind"},
    {"interpolation-unclosed", "unclosed '{' in string", "an unclosed { in a string"},
    // Types
    {"compare-mixed-types", "* cannot compare * with *", "comparing values of different types"},
    {"enum-compare-different", "* compares enumerations with different members", "comparing two different enumerations"},
    {"not-a-member", "* is not one of *", "a string outside an enumeration (==, in, match arms)"},
    {"in-needs-list", "'in' needs a list of strings*", "in without a list of strings on the right"},
    {"in-list-strings", "'in' lists hold string literals only", "a list holding something other than strings"},
    {"in-on-number", "'in' needs an enumeration or text on the left*", "in on a number or bool"},
    {"not-on-number", "'not' needs a bool*", "not on a non-bool"},
    {"negate-bool", "unary '-' needs a number*", "unary minus on a non-number"},
    {"non-bool-condition", "* must be bool, found *", "a condition that is not a bool"},
    {"non-numeric-value", "* must be a number, found *", "a score, penalty, cap or range that is not a number"},
    {"type-mismatch", "* needs numbers, found *", "arithmetic on a non-number"},
    {"branch-types", "* branches have different types*", "branches of different types"},
    {"function-non-numeric", "* needs numeric arguments*", "a function given a non-number"},
    // match
    {"match-not-exhaustive", "'match' does not cover *", "a match that misses members"},
    {"duplicate-match-arm", "duplicate match arm *", "the same arm twice"},
    {"match-text-without-else", "a 'match' on text needs an 'else' arm", "a match over text without else"},
    {"match-on-number", "'match' needs an enumeration or text*", "a match over a number or bool"},
    // Functions
    {"bad-scale-points", "'scale' points must be strictly ascending*", "scale points not strictly ascending"},
    {"scale-point-not-literal", "a 'scale' point needs a number literal*", "a scale point that is not a literal"},
    {"scale-one-point", "'scale' needs at least 2 points*", "scale with a single point"},
    {"scale-arguments", "'scale' takes *", "scale's arguments in the wrong shape"},
    {"point-outside-scale", "points 'x => y' are only allowed*", "an x => y point outside scale"},
    {"round-digits", "'round' takes its digits*", "round digits that are not a literal from 0 to 10"},
    {"wrong-arity", "* takes * argument*, found *", "a call with the wrong number of arguments"},
    {"nested-aggregate", "* cannot be used inside *: aggregates do not nest", "an aggregate inside an aggregate"},
    {"aggregate-through-let", "* reads *, which uses an aggregate*", "an aggregate reading a let that uses one"},
    // Cycles
    {"cycle", "cycle: *", "declarations that depend on each other (or on total)"},
  };
  // clang-format on
  return codes;
}

namespace {

/// Matches `text` against `pattern`, where `*` matches any run of characters (greedy with backtracking).
bool matches(std::string_view pattern, std::string_view text) {
  std::size_t p = 0, t = 0, star = std::string_view::npos, mark = 0;
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = t;
    } else if (p < pattern.size() && pattern[p] == text[t]) {
      ++p;
      ++t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

}  // namespace

std::string_view diagnostic_code(std::string_view message) {
  for (const auto& entry : diagnostic_codes())
    if (matches(entry.pattern, message)) return entry.code;
  return kUncataloguedCode;
}

}  // namespace rubric
