#include "rubric/input/offer_reader_raw.hpp"

namespace rubric::offer_reader {

void RawKeyTable::build(const std::vector<std::pair<std::string, int>>& keys) {
  slots_.clear();
  keys_.clear();
  all_raw_ = true;
  if (keys.empty()) return;
  std::size_t size = 4;
  while (size < 2 * keys.size()) size *= 2;  // at most half full, so every probe ends at an empty slot
  slots_.assign(size, Slot{});
  mask_ = size - 1;
  for (const auto& [key, value] : keys) {
    if (key.find_first_of("\"\\") != std::string::npos || key.size() > UINT32_MAX) {
      all_raw_ = false;  // written with escapes in JSON: only an unescaped compare finds it
      continue;
    }
    // Readable bytes for head_of, whatever the key's length.
    std::string padded = key + std::string(16, '\0');
    const std::uint64_t head = head_of(padded.data(), key.size());
    const std::uint64_t tail = key.size() > 8 ? head_of(padded.data() + 8, key.size() - 8) : 0;
    std::size_t i = slot_of(head, key.size());
    bool present = false;
    for (; slots_[i].value >= 0; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      present = present || keys_[static_cast<std::size_t>(slot.key)] == key;
    }
    if (present) continue;
    slots_[i] = Slot{head, tail, static_cast<std::uint32_t>(key.size()), static_cast<std::int32_t>(keys_.size()),
                     value};
    keys_.push_back(key);
  }
}

}  // namespace rubric::offer_reader
