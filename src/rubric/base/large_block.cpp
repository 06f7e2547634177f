#include "rubric/base/large_block.hpp"

#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <new>

namespace rubric {

namespace {

// The size of a transparent huge page on x86-64 (and arm64 with 4 KiB pages); elsewhere the hint does less.
constexpr std::size_t kHugePage = std::size_t{2} << 20;

std::size_t round_up(std::size_t n, std::size_t to) { return (n + to - 1) / to * to; }

// Under AddressSanitizer every block comes from the allocator, whose red zones catch a read past the end
// (the readers' padding) that a mapping of whole pages would let through.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kOwnMappings = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kOwnMappings = false;
#else
constexpr bool kOwnMappings = true;
#endif
#else
constexpr bool kOwnMappings = true;
#endif

bool own_mapping(std::size_t size) { return kOwnMappings && size >= kLargeBlockMin; }

}  // namespace

char* allocate_block(std::size_t size) {
  if (!own_mapping(size)) {
    void* data = std::calloc(size == 0 ? 1 : size, 1);
    if (data == nullptr) throw std::bad_alloc();
    return static_cast<char*>(data);
  }
  // Map a huge page more than needed and unmap the unaligned head and the rest of the tail: a huge page is
  // only used where a whole aligned 2 MiB lies inside one mapping.
  const std::size_t length = round_up(size, kHugePage);
  void* mapping = ::mmap(nullptr, length + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mapping == MAP_FAILED) throw std::bad_alloc();
  char* start = static_cast<char*>(mapping);
  char* aligned = reinterpret_cast<char*>(round_up(reinterpret_cast<std::uintptr_t>(start), kHugePage));
  const auto head = static_cast<std::size_t>(aligned - start);
  if (head > 0) ::munmap(start, head);
  if (head < kHugePage) ::munmap(aligned + length, kHugePage - head);
#ifdef MADV_HUGEPAGE
  ::madvise(aligned, length, MADV_HUGEPAGE);  // a hint: without huge pages the block works the same
#endif
  return aligned;
}

void free_block(char* data, std::size_t size) noexcept {
  if (data == nullptr) return;
  if (!own_mapping(size)) std::free(data);
  else ::munmap(data, round_up(size, kHugePage));
}

}  // namespace rubric
