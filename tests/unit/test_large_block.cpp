// allocate_block and LargeAllocator: the memory a batch reuses, on huge pages from kLargeBlockMin bytes.
// Blocks either side of the threshold must be zero-filled, writable to their last byte, aligned for any
// type, and freed the way they were allocated (a mapping unmapped, a small block freed).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "rubric/base/json_writer.hpp"
#include "rubric/base/large_block.hpp"
#include "rubric/input/input_buffer.hpp"
#include "rubric/input/inputs.hpp"

using namespace rubric;

namespace {

bool all_zero(const char* data, std::size_t size) {
  for (std::size_t i = 0; i < size; ++i)
    if (data[i] != 0) return false;
  return true;
}

}  // namespace

TEST_CASE("allocate_zeroed gives zero-filled, writable, aligned blocks either side of the threshold", "[large_block]") {
  const std::size_t sizes[] = {0,
                               1,
                               4095,
                               kLargeBlockMin - 1,
                               kLargeBlockMin,
                               kLargeBlockMin + 1,
                               (std::size_t{2} << 20) - 1,
                               std::size_t{2} << 20,
                               (std::size_t{2} << 20) + 64,
                               std::size_t{5} << 20};
  for (const std::size_t size : sizes) {
    CAPTURE(size);
    LargeBlock block = allocate_zeroed(size);
    REQUIRE(block != nullptr);
    CHECK(reinterpret_cast<std::uintptr_t>(block.get()) % alignof(std::max_align_t) == 0);
    CHECK(all_zero(block.get(), size));
    for (std::size_t i = 0; i < size; i += 4093) block[i] = 'x';  // every page, and the last byte
    if (size > 0) block[size - 1] = 'y';
    if (size > 0) CHECK(block[size - 1] == 'y');
  }
}

TEST_CASE("blocks allocated one after another do not overlap, and freed ones can be allocated again", "[large_block]") {
  for (int round = 0; round < 3; ++round) {
    std::vector<LargeBlock> blocks;
    for (std::size_t size = 1000; size < (std::size_t{3} << 20); size *= 3) {
      blocks.push_back(allocate_zeroed(size));
      std::fill(blocks.back().get(), blocks.back().get() + size, static_cast<char>(blocks.size()));
    }
    std::size_t size = 1000;
    for (std::size_t b = 0; b < blocks.size(); ++b, size *= 3) {
      CAPTURE(b, size);
      const char expected = static_cast<char>(b + 1);
      CHECK(blocks[b][0] == expected);
      CHECK(blocks[b][size / 2] == expected);
      CHECK(blocks[b][size - 1] == expected);
    }
  }
}

TEST_CASE("a vector with LargeAllocator grows across the threshold keeping its values", "[large_block]") {
  std::vector<std::string, LargeAllocator<std::string>> values;
  for (int i = 0; i < 20000; ++i) values.push_back("value " + std::to_string(i) + std::string(i % 40, '.'));
  REQUIRE(values.size() * sizeof(std::string) > kLargeBlockMin);
  for (int i = 0; i < 20000; i += 997)
    CHECK(values[static_cast<std::size_t>(i)].rfind("value " + std::to_string(i), 0) == 0);
  values.resize(3);
  values.shrink_to_fit();
  CHECK(values.back() == "value 2..");
}

TEST_CASE("the buffers built on large blocks keep what they hold as they grow", "[large_block]") {
  PaddedBuffer padded;
  padded.grow(100, 0);
  std::fill(padded.data(), padded.data() + 100, 'a');
  padded.grow(std::size_t{3} << 20, 100);
  CHECK(std::string(padded.data(), 100) == std::string(100, 'a'));
  CHECK(all_zero(padded.data() + 100, (std::size_t{3} << 20) - 100 + kJsonPadding));

  JsonBuffer json;
  std::string expected;
  for (int i = 0; i < 50000; ++i) {
    const std::string piece = std::to_string(i) + ",";
    json.room(piece.size()).raw(piece);
    expected += piece;
  }
  CHECK(json.text() == expected);
}
