// The JSON writer's out-of-line parts: strings (escapes, UTF-8 checks) and growing buffers.
#include "rubric/base/json_writer.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <climits>

#include "rubric/base/plain_bytes.hpp"
#include "rubric/base/utf8.hpp"

namespace rubric {

namespace {

/// Returns the table of bytes a JSON string cannot hold as they are: controls, '"', '\\', and
/// every byte >= 0x80 (checked as UTF-8 on the slow path).
constexpr std::array<bool, 256> make_special_bytes() {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) table[c] = c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
  return table;
}
constexpr std::array<bool, 256> kSpecialByte = make_special_bytes();

constexpr std::uint64_t kEveryByte = 0x0101010101010101ULL;  // 1 in each byte of a word
constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;   // the top bit of each byte

/// Returns the top bit of every byte of `x` that is special, and possibly of bytes above one that is
/// (a borrow runs upwards): only "no bit at all" is exact, which is all the word tests need.
constexpr std::uint64_t special_bits(std::uint64_t x) {
  const std::uint64_t q = x ^ (kEveryByte * '"');
  const std::uint64_t b = x ^ (kEveryByte * '\\');
  return (((x - kEveryByte * 0x20) & ~x) | ((q - kEveryByte) & ~q) | ((b - kEveryByte) & ~b) | x) & kHighBits;
}

/// Returns true when none of the 8 bytes in `x` is special (checked 8 at a time: strings are most of a line).
constexpr bool plain_word(std::uint64_t x) { return special_bits(x) == 0; }

}  // namespace

void JsonWriter::string(std::string_view s) {
  ch('"');
  std::size_t i = 0;
  if (s.size() >= 4 && s.size() < sizeof(std::uint64_t)) {
    // 4 to 7 bytes (a company, a short id): two overlapping 4-byte words, checked as one.
    std::uint32_t head, tail;
    std::memcpy(&head, s.data(), sizeof head);
    std::memcpy(&tail, s.data() + s.size() - sizeof tail, sizeof tail);
    if (plain_word(std::uint64_t{head} | std::uint64_t{tail} << 32)) {
      std::memcpy(at_, &head, sizeof head);
      std::memcpy(at_ + s.size() - sizeof tail, &tail, sizeof tail);
      at_ += s.size();
      ch('"');
      return;
    }
  }
  for (; i + kScanBlock <= s.size() && first_special(s.data() + i) == kScanBlock; i += kScanBlock) {
    std::memcpy(at_, s.data() + i, kScanBlock);  // a block at a time while plain
    at_ += kScanBlock;
  }
  while (i < s.size()) {
    if (i + sizeof(std::uint64_t) <= s.size()) {
      std::uint64_t word;
      std::memcpy(&word, s.data() + i, sizeof word);
      if (plain_word(word)) {
        std::memcpy(at_, &word, sizeof word);
        at_ += sizeof word;
        i += sizeof word;
        continue;
      }
    } else if constexpr (std::endian::native == std::endian::little) {
      // The last 1-7 bytes of a string of 8 or more: one word ending at the string's end, shifted down to
      // them, instead of a byte at a time. The caller's room (json_string_bound) takes the whole word.
      if (s.size() >= sizeof(std::uint64_t)) {
        std::uint64_t word;
        std::memcpy(&word, s.data() + s.size() - sizeof word, sizeof word);
        const auto shift = static_cast<int>((sizeof word - (s.size() - i)) * CHAR_BIT);
        if ((special_bits(word) >> shift) == 0) {
          word >>= shift;
          std::memcpy(at_, &word, sizeof word);
          at_ += s.size() - i;
          break;
        }
      }
    }
    const auto c = static_cast<unsigned char>(s[i]);
    if (kSpecialByte[c]) {
      i += special(s, i);
    } else {
      *at_++ = static_cast<char>(c);
      ++i;
    }
  }
  ch('"');
}

void JsonWriter::strings(const std::vector<std::string>& items) {
  ch('[');
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i != 0) ch(',');
    string(items[i]);
  }
  ch(']');
}

/// Writes the special byte (or UTF-8 sequence) at s[i]; returns how many input bytes it used.
std::size_t JsonWriter::special(std::string_view s, std::size_t i) {
  static constexpr char kHex[] = "0123456789abcdef";
  const auto c = static_cast<unsigned char>(s[i]);
  if (c >= 0x80) {
    std::size_t bad = 1;
    const std::size_t length = utf8_sequence(s, i, bad);
    raw(length == 0 ? std::string_view("\xEF\xBF\xBD") : s.substr(i, length));
    return length == 0 ? bad : length;
  }
  switch (c) {
    case '"': raw("\\\""); break;
    case '\\': raw("\\\\"); break;
    case '\b': raw("\\b"); break;
    case '\f': raw("\\f"); break;
    case '\n': raw("\\n"); break;
    case '\r': raw("\\r"); break;
    case '\t': raw("\\t"); break;
    default: {
      const char escaped[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      raw(std::string_view(escaped, sizeof escaped));
    }
  }
  return 1;
}

void JsonBuffer::grow(std::size_t n) {
  const std::size_t used = size();
  const std::size_t capacity = std::max(used + n, 2 * static_cast<std::size_t>(end_ - data_.get()));
  LargeBlock bigger = allocate_zeroed(capacity);
  if (used != 0) std::memcpy(bigger.get(), data_.get(), used);
  data_ = std::move(bigger);
  end_ = data_.get() + capacity;
  writer_.move_to(data_.get() + used);
}

}  // namespace rubric
