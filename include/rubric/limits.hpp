// Every limit and tolerance the engine shares between stages, named once with the reason for it.
// A limit used by one file alone stays next to the code that enforces it.
#pragma once

#include <cstddef>

namespace rubric {

// --- rubric text ---

/// The largest rubric file, in bytes: the parser keeps the whole text plus a syntax tree in memory,
/// and no hand-written rubric comes near it (a larger file is a data file passed by mistake).
inline constexpr std::size_t kMaxRubricBytes = std::size_t{64} * 1024 * 1024;

/// The deepest expression nesting the parser accepts. Each level (parentheses, unary '-' or 'not',
/// if/when/match branches, call arguments) costs a few kilobytes of C++ stack in the recursive-descent
/// parser, so deeper input is a parse error instead of a stack overflow. Generous for hand-written rubrics.
inline constexpr int kMaxNestingDepth = 200;

/// The deepest finished expression tree: a long chain `a + b + ...` parses without recursion but builds
/// a left-deep tree that the checker, the compiler and the destructor walk recursively.
inline constexpr int kMaxExpressionDepth = 2000;

/// The depth at which the compiler's tree walks give up. Deeper than kMaxExpressionDepth, so only a
/// malformed tree reaches it, and it becomes an error instead of a stack overflow.
inline constexpr int kMaxCompileDepth = 4000;

// --- the language ---

/// The most decimals round() keeps (docs/language.md: an integer literal 0..10); beyond it doubles
/// carry no meaningful digits to round.
inline constexpr double kMaxRoundDigits = 10;

/// The smallest weight a criterion may have.
inline constexpr double kMinWeight = 0;

/// The largest weight a criterion may have: weights are percentages of the whole and sum to 100.
inline constexpr double kMaxWeight = 100;

/// How far the weights' sum may be from 100: they are written as decimals, and their sum may be off
/// by rounding, never by more.
inline constexpr double kWeightSumTolerance = 1e-9;

/// Totals closer than this are equal (a shared rank): the difference is floating-point noise, not a
/// preference (docs/language.md, ties). Ranking, stored ranking and sensitivity all use it.
inline constexpr double kTieTolerance = 1e-9;

// --- offers ---

/// The largest offer document, in bytes. Real offers are about 1 KiB; the bound keeps one runaway
/// line (a missing newline, a binary file) from holding the whole input in memory.
inline constexpr std::size_t kMaxDocumentBytes = 16u * 1024u * 1024u;

/// Names kMaxDocumentBytes in messages.
inline constexpr const char* kMaxDocumentText = "16 MiB";

/// The deepest nesting of JSON objects and arrays in an offer. Offers are 2-3 levels deep; the bound
/// keeps the reader's recursion (it validates values it does not use) to a small, fixed stack.
inline constexpr int kMaxJsonDepth = 64;

// --- reports ---

/// The offers `rubric report` details in full (scorecard, evidence, sensitivity, robustness, negotiation
/// targets); the rest are counted and summarised (RunResult::beyond_detail). A decision memo compares a
/// handful of offers, and keeping only the best 50 keeps memory flat at any input size.
inline constexpr std::size_t kReportDetailOffers = 50;

// --- compensation ---

/// The longest vesting schedule a grant may have, in years. Real grants vest over 1-6 years; the bound
/// keeps a grant a fixed-size value (its schedule is an inline array), so reading one never allocates.
inline constexpr int kMaxVestingYears = 10;

/// A grant's vesting length when its offer does not say (docs/language.md, "Grants").
inline constexpr int kDefaultVestingYears = 4;

/// A grant's cliff when its offer does not say: the common one-year cliff.
inline constexpr int kDefaultCliffMonths = 12;

/// The years of employment the report's compensation table shows (COMPENSATION.md section 4): the usual
/// four-year vesting, long enough to show a cliff and back-loading, short enough to fit a phone.
inline constexpr int kCompensationYears = 4;

/// How far a schedule's percentages may sum away from 100: they are written as decimals (33.33...).
inline constexpr double kScheduleSumTolerance = 1e-6;

// --- numbers in JSON ---

/// Doubles with a magnitude below 2^53 that have no fraction are exact integers and print as such;
/// larger ones may not print as the same integer everywhere, so they keep the floating-point form.
inline constexpr double kMaxExactInteger = 9007199254740992.0;

}  // namespace rubric
