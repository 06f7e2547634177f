// Memory for the large buffers a batch reuses (the read block, the written lines, the results): each 4 KiB
// page touched for the first time costs a page fault, about 11 us on the project's VM against 0.15 us to
// fill a page that is already there, and a run's buffers touch about a thousand. A transparent huge page maps
// 2 MiB in one fault (0.15-0.3 ms, zeroing included), so a buffer this large gets a mapping of its own,
// aligned to 2 MiB and marked for huge pages.
#pragma once

#include <cstddef>
#include <memory>

namespace rubric {

// From this size a buffer gets its own mapping: smaller ones come from the allocator, where their pages are
// shared with others and a huge page would cost more memory than the faults it saves.
constexpr std::size_t kLargeBlockMin = std::size_t{128} << 10;

/// Returns `size` zero-filled bytes, aligned for any type (throws std::bad_alloc when there are none): a
/// mapping of its own, on huge pages where the system offers them, from kLargeBlockMin bytes.
char* allocate_block(std::size_t size);

/// Frees what allocate_block(`size`) returned.
void free_block(char* data, std::size_t size) noexcept;

/// Frees a LargeBlock.
struct LargeBlockFree {
  std::size_t size = 0;  // as allocated
  /// Frees `data`.
  void operator()(char* data) const noexcept { free_block(data, size); }
};

/// A zero-filled block, freed by its deleter.
using LargeBlock = std::unique_ptr<char[], LargeBlockFree>;

/// Returns a LargeBlock of `size` zero-filled bytes.
inline LargeBlock allocate_zeroed(std::size_t size) { return LargeBlock(allocate_block(size), LargeBlockFree{size}); }

/// Allocates a container's storage with allocate_block (its elements are constructed over zeroed memory).
template<class T>
struct LargeAllocator {
  using value_type = T;
  LargeAllocator() = default;
  /// Converts from the allocator of another type, as containers do.
  template<class U>
  LargeAllocator(const LargeAllocator<U>& /*other*/) {}  // NOLINT: implicit, as the allocator concept needs
  /// Returns room for `n` values.
  T* allocate(std::size_t n) { return reinterpret_cast<T*>(allocate_block(n * sizeof(T))); }
  /// Frees room for `n` values.
  void deallocate(T* data, std::size_t n) noexcept { free_block(reinterpret_cast<char*>(data), n * sizeof(T)); }
  /// Returns true: any two allocate and free alike.
  friend bool operator==(const LargeAllocator&, const LargeAllocator&) { return true; }
};

}  // namespace rubric
