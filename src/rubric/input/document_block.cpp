#include "rubric/input/document_block.hpp"

#include <algorithm>
#include <cstring>

namespace rubric {

namespace {

// Padding bytes are spaces: whitespace after a document, should a reader ever look at them.
constexpr char kPaddingByte = ' ';

}  // namespace

char* DocumentArena::room(std::size_t n) {
  if (!data_ || capacity_ - size_ < n) {
    const std::size_t capacity = std::max(size_ + n, 2 * capacity_);
    // Not value-initialised: a fresh page costs a fault when first written, so only the bytes used are touched.
    std::unique_ptr<char[]> bigger(new char[capacity + kJsonPadding]);
    if (data_) std::memcpy(bigger.get(), data_.get(), size_ + kJsonPadding);
    else std::memset(bigger.get(), kPaddingByte, kJsonPadding);
    data_ = std::move(bigger);
    capacity_ = capacity;
  }
  return data_.get() + size_;
}

void DocumentArena::grew(std::size_t n) {
  size_ += n;
  std::memset(data_.get() + size_, kPaddingByte, kJsonPadding);
}

void DocumentArena::append(std::string_view bytes) {
  std::memcpy(room(bytes.size()), bytes.data(), bytes.size());
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
