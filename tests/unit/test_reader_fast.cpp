// The reader's fast path against the full reader: for every document, hand-written, hostile, mutated byte by
// byte or holding a generated number, both must give the same facts, errors and warnings to the bit; and
// the fast path must actually take the plain documents a batch is made of.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <filesystem>
#include <random>

#include <rubric/engine.hpp>
#include <rubric/limits.hpp>
#include "facts_dump.hpp"
#include "rubric/input/inputs.hpp"
#include "rubric/input/offer_reader_scan.hpp"

using namespace rubric;
using rubric::test_support::dump_facts;

namespace {

// A field of every kind, nested and not, required and defaulted, plus an ignored path and a currency rate.
constexpr const char* kRubric = R"(rubric "Fast path"
scale 0..10
currency USD
rates { EUR = 1.08 }
offer {
  comp.base       : money
  comp.bonus_pct  : percent = 0
  comp.equity     : grant = 0
  team.size       : number = 0
  oncall.support  : "none" | "secondary" | "follow-the-sun" = "none"
  remote          : bool = false
  notes           : text = ""
}
criterion pay "Pay" weight 100 {
  score clamp(comp.base / 30000 + team.size / 100 + comp.bonus_pct + (if remote then 1 else 0), 0, 10)
}
ignore { perks, in_writing }
)";

// A plain offer: every byte of it is mutated below.
constexpr const char* kPlain =
    R"({"id":"o-1","company":"Acme","role":{"title":"SWE","level":"L4"},"comp":{"base":182000,"bonus_pct":12.5,)"
    R"("equity":0},"team":{"size":8},"oncall":{"support":"secondary"},"remote":true,"notes":"café",)"
    R"("perks":["gym",1,null,false,{"a":[]}],"in_writing":{"x":-1.5e3}})";

const CompiledRubric& fast_rubric() {
  static const CompileOutput out = compile_rubric_text("fast.rubric", kRubric);
  if (!out.rubric) FAIL(out.format());
  return *out.rubric;
}

// Reads `json` both ways (padded with `pad`, as batches pad with spaces and files with zeros).
struct Both {
  OfferReader fast{fast_rubric().schema(), ReadMode::fast_first};
  OfferReader full{fast_rubric().schema(), ReadMode::full_only};
  Facts a, b;

  void check(const std::string& json, char pad = ' ') {
    const std::string padded = json + std::string(kJsonPadding, pad);
    InputDocument doc;
    doc.source = "o.json";
    doc.fallback_id = "o";
    doc.json = std::string_view(padded).substr(0, json.size());
    fast.read(doc, a);
    full.read(doc, b);
    const std::string fast_facts = dump_facts(a), full_facts = dump_facts(b);
    if (fast_facts != full_facts) {
      INFO("document: " << json);
      CHECK(fast_facts == full_facts);
    }
  }
};

}  // namespace

TEST_CASE("the fast path reads plain offers, and gives way on anything else", "[reader][fast]") {
  Both both;
  both.check(kPlain);
  CHECK(both.fast.fast_reads() == 1);
  CHECK(both.a.errors.empty());
  CHECK(both.a.warnings.empty());
  CHECK(both.a.numbers[0] == 182000);
  CHECK(both.a.texts[6] == "café");
  // Each of these is read by the full reader (a message, an escape, a wrapper...): fast_reads stays at 1.
  for (const char* other : {
           R"({"comp":{"base":"182k"}})",                              // a type error
           R"({"comp":{"base":1},"stray":1})",                         // a warning
           R"({"comp":{"base":1,"base":2}})",                          // a duplicate
           R"({"comp":{"base":{"value":1,"source":"letter"}}})",       // a wrapper
           R"({"comp":{"base":1,"equity":{"rsu":1000}}})",             // a grant
           R"({"comp":{"base":1},"notes":"a\"b"})",                    // an escape
           R"({"comp":{"base":1,"bonus_pct":0.25}})",                  // 0.25 in a percent field
           R"({"comp":{"base":12345678901234567890}})",                // a number needing more than one step
           R"({"comp":{"base":1}} x)",                                 // trailing content
           R"({"comp":{"base":1},"oncall":{"support":"sometimes"}})",  // not a member
       }) {
    both.check(other);
  }
  CHECK(both.fast.fast_reads() == 1);
  both.check(R"({"comp":{"base":1},"currency":"EUR"})");  // the document's currency is the fast path's too
  CHECK(both.fast.fast_reads() == 2);
  CHECK(both.a.numbers[0] == 1.08);
}

TEST_CASE("fast and full readers agree on hand-made and hostile documents", "[reader][fast]") {
  Both both;
  for (const char* json : {"",
                           " ",
                           "{",
                           "}",
                           "[]",
                           "null",
                           "{}",
                           " \t\r\n{ \t\r\n} \t\r\n",
                           "\xEF\xBB\xBF{\"comp\":{\"base\":5}}",
                           R"({"comp":{"base":-0}})",
                           R"({"comp":{"base":-0.0}})",
                           R"({"comp":{"base":0e5}})",
                           R"({"comp":{"base":1E+2,"bonus_pct":1e-2}})",
                           R"({"comp":{"base":1.7976931348623157e308}})",
                           R"({"comp":{"base":1e400}})",
                           R"({"comp":{"base":01}})",
                           R"({"comp":{"base":1.}})",
                           R"({"comp":{"base":.5}})",
                           R"({"comp":{"base":-}})",
                           R"({"comp":{"base":1e}})",
                           R"({"comp":{"base":+1}})",
                           R"({"comp":{"base":9007199254740993}})",
                           R"({"comp":{"base":0.1e-22}})",
                           R"({"comp":{"base":1e0001}})",
                           R"({"comp":{"base":null},"remote":null,"notes":null})",
                           R"({"comp":null})",
                           R"({"comp":[1]})",
                           R"({"comp":"x"})",
                           R"({"remote":tru})",
                           R"({"remote":nul})",
                           R"({"remote":true1})",
                           R"({"remote":"true"})",
                           R"({"team":{"size":true}})",
                           R"({"notes":5})",
                           R"({"id":5,"company":null})",
                           R"({"role":"x","contact":{"name":"A","email":"a@b","greeting":"Hi"}})",
                           R"({"currency":"eur"})",
                           R"({"currency":5})",
                           R"({"currency":null})",
                           R"({"perks":[1,2,]})",
                           R"({"perks":[,]})",
                           R"({"perks":{"a":1,}})",
                           R"({"perks":{"a" 1}})",
                           R"({"perks":{1:1}})",
                           R"({"a":1,,"b":2})",
                           "{\"notes\":\"tab\there\"}",
                           "{\"notes\":\"\xC3\xA9\"}",
                           "{\"notes\":\"\xC3\"}",
                           "{\"notes\":\"\xED\xA0\x80\"}",
                           "{\"notes\":\"\xF4\x90\x80\x80\"}",
                           "{\"notes\":\"\xF0\x9F\x98\x80\"}",
                           "{\"notes\":\"\xE0\x80\xAF\"}",
                           "{\"n\xC3\xA9\":1}",
                           R"({"notes":"\ud800"})",
                           R"({"no\u0074es":"x"})"}) {
    both.check(json);
    both.check(json, '\0');
  }
  both.check(std::string("{\"comp\":{\"base\":1}}\0", 20));  // a NUL after the document
  std::string deep = "{\"perks\":";
  for (int i = 0; i < kMaxJsonDepth + 2; ++i) deep += "[";
  for (int i = 0; i < kMaxJsonDepth + 2; ++i) deep += "]";
  both.check(deep + "}");
  InputStream in({std::string(RUBRIC_SOURCE_DIR) + "/tests/data/json/hostile"});
  InputDocument doc;
  while (in.next(doc)) both.check(std::string(doc.json));
}

TEST_CASE("fast and full readers agree on every cut and one-byte change of a plain offer", "[reader][fast]") {
  Both both;
  const std::string plain = kPlain;
  std::string bytes = "\"\\{}[],: 0-.eExnt/\x01\x7F\xC3\xFF";
  bytes += '\0';
  for (std::size_t i = 0; i <= plain.size(); ++i) {
    both.check(plain.substr(0, i));
    if (i == plain.size()) break;
    both.check(plain.substr(0, i) + plain.substr(i + 1));  // one byte dropped
    for (char c : bytes) {
      std::string changed = plain;
      changed[i] = c;
      both.check(changed);
      both.check(plain.substr(0, i) + c + plain.substr(i));  // one byte added
    }
  }
}

TEST_CASE("fast and full readers agree on generated numbers to the bit", "[reader][fast]") {
  Both both;
  std::mt19937_64 random(20261203);
  auto digits = [&](int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += static_cast<char>('0' + random() % 10);
    return s;
  };
  for (int i = 0; i < 20000; ++i) {
    std::string number = random() % 4 == 0 ? "-" : "";
    number += digits(1 + static_cast<int>(random() % 18));
    if (random() % 2) number += "." + digits(1 + static_cast<int>(random() % 18));
    if (random() % 3 == 0) number += fmt::format("e{}", static_cast<int>(random() % 60) - 30);
    both.check(R"({"comp":{"base":)" + number + R"(,"bonus_pct":)" + number + "}}");
  }
}

TEST_CASE("the fast scanners accept exactly valid UTF-8 and plain strings", "[reader][fast]") {
  using namespace offer_reader::scan;
  auto end_of = [](const std::string& text) {
    const std::string padded = text + std::string(kJsonPadding, ' ');
    const char* close = find_string_end(padded.data(), padded.data() + text.size());
    return close == nullptr ? -1 : static_cast<int>(close - padded.data());
  };
  CHECK(end_of("abc\"") == 3);
  CHECK(end_of("abcdefghijklmnop\"x") == 16);
  CHECK(end_of("abc") == -1);                 // unterminated
  CHECK(end_of("ab\\\"c\"") == -1);           // an escape: the full reader's
  CHECK(end_of("ab\x1F\"") == -1);            // a control character
  CHECK(end_of("\xC3\xA9\"") == 2);           // é
  CHECK(end_of("\xC3\"") == -1);              // a cut sequence
  CHECK(end_of("\xC0\xAF\"") == -1);          // overlong
  CHECK(end_of("\xED\xA0\x80\"") == -1);      // a surrogate
  CHECK(end_of("\xF4\x90\x80\x80\"") == -1);  // past U+10FFFF
  CHECK(end_of("\xF0\x9F\x98\x80\"") == 4);   // an emoji
  // Byte by byte, what the block scan must find wherever the byte sits in or across blocks of 8 and 16,
  // and wherever the string's bound cuts it.
  auto one_at_a_time = [](const std::string& text) {
    for (std::size_t i = 0; i < text.size();) {
      const auto c = static_cast<unsigned char>(text[i]);
      if (c == '"') return static_cast<int>(i);
      if (c < 0x20 || c == '\\') return -1;
      if (c < 0x80) {
        ++i;
        continue;
      }
      const char* next = skip_utf8(text.data() + i, text.data() + text.size());
      if (next == nullptr) return -1;
      i = static_cast<std::size_t>(next - text.data());
    }
    return -1;
  };
  for (const std::string piece : {"\"", "\\", "\x1F", "\x7F", "\xC3\xA9", "\xC3", "\xE2\x82\xAC", "\xFF"}) {
    for (std::size_t length = 0; length <= 40; ++length) {
      for (std::size_t at = 0; at <= length; ++at) {
        const std::string text = std::string(at, 'a') + piece + std::string(length - at, 'b') + '"';
        for (std::size_t cut = 0; cut <= text.size(); ++cut) {
          const std::string bounded = text.substr(0, cut);
          INFO("piece at " << at << " of " << length << ", cut at " << cut);
          REQUIRE(end_of(bounded) == one_at_a_time(bounded));
        }
      }
    }
  }
  double x = 0;
  const std::string n = "12.5e1,";
  CHECK(parse_number(n.data(), n.data() + n.size(), x) == n.data() + 6);
  CHECK(x == 125);
  // Every length of digits up to 15 (exact in a double), the bound right after them,
  // a fraction or more digits after them, and digits in the padding past the bound, which must not count.
  std::mt19937_64 random(7);
  for (int round = 0; round < 200; ++round) {
    std::string digits = std::to_string(1 + random() % 9);
    while (digits.size() < 13) digits += static_cast<char>('0' + random() % 10);
    for (std::size_t length = 1; length <= digits.size(); ++length) {
      for (const std::string after : {"", ",", "}", ".5", "01"}) {
        const std::string text = digits.substr(0, length) + after;
        const std::string padded = text + std::string(kJsonPadding, '7');
        const std::size_t number_length = after == "," || after == "}" ? length : text.size();
        double got = 0;
        const char* stop = parse_number(padded.data(), padded.data() + text.size(), got);
        INFO(text);
        REQUIRE(stop == padded.data() + number_length);
        CHECK(got == std::stod(text.substr(0, number_length)));
      }
    }
  }
}
