#include "rubric/input/document_block.hpp"

#include <algorithm>
#include <cstring>

namespace rubric {

char* DocumentArena::room(std::size_t n) {
  // At least one byte, so that even an empty arena has memory (and padding) for an empty document.
  if (buffer_.capacity() - size_ < n || buffer_.capacity() == 0)
    buffer_.grow(std::max({size_ + n, 2 * buffer_.capacity(), std::size_t{1}}), size_);
  return buffer_.data() + size_;
}

void DocumentArena::append(std::string_view bytes) {
  char* at = room(bytes.size());
  if (!bytes.empty()) std::memcpy(at, bytes.data(), bytes.size());
  grew(bytes.size());
}

void DocumentBlock::clear() {
  arena.truncate(0);
  names.clear();
  docs.clear();
}

DocumentBlock::Doc& DocumentBlock::add_in_place(std::size_t offset, std::size_t size, std::string_view source,
                                                std::string_view fallback_id, std::size_t ordinal) {
  Doc& d = docs.emplace_back();  // in place: building a Doc and moving it in cost a third of this function
  d.offset = offset;
  d.size = size;
  d.name = names.size();
  d.source_size = source.size();
  d.fallback_size = fallback_id.size();
  names.append(source);
  names.append(fallback_id);
  d.ordinal = ordinal;
  return d;
}

void DocumentBlock::add(const InputDocument& doc) {
  const std::size_t offset = arena.size();
  arena.append(doc.json);
  Doc& d = add_in_place(offset, doc.json.size(), doc.source, doc.fallback_id, doc.ordinal);
  if (doc.error) d.error = doc.error;
}

void DocumentBlock::view(std::size_t i, InputDocument& doc) const {
  const Doc& d = docs[i];
  doc.source.assign(names, d.name, d.source_size);
  doc.fallback_id.assign(names, d.name + d.source_size, d.fallback_size);
  doc.ordinal = d.ordinal;
  doc.json = std::string_view(arena.data() + d.offset, d.size);
  if (d.error) doc.error = d.error;
  else doc.error.reset();
}

InputDocument DocumentBlock::view(std::size_t i) const {
  InputDocument doc;
  view(i, doc);
  return doc;
}

}  // namespace rubric
