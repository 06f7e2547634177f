// The record format: little-endian bytes, unsigned numbers as LEB128 varints,
// doubles as a varint (v << 1 for a small whole number, 1 for the 8 raw bytes that follow), strings as a varint tag
// (length << 1 for text that follows, number << 1 | 1 for an interned string), lists as a count then their items.
// Fields go in OfferResult order; the id comes first so ranking can read it without decoding the record.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <stdexcept>

#include <rubric/result_store.hpp>
#include "rubric/base/spill_file.hpp"

namespace rubric {

namespace {

// Records are packed into chunks of this size: big enough that few are needed, small enough that
// growing by one costs little (a single growing buffer would briefly need twice its size).
constexpr std::size_t kChunkBytes = 1u << 20;

// Interned strings at most: labels and reasons that embed per-offer values would otherwise fill
// the table with strings used once; past this many, new strings are stored inline.
constexpr std::size_t kMaxShared = 1u << 16;

// Whole numbers below this are stored as varints: weights, most scores and small counts fit in one or two bytes.
constexpr double kMaxSmallWhole = 1u << 20;

// Strings longer than this are stored inline: sharing pays for short, repeated texts.
constexpr std::size_t kMaxSharedLength = 256;

}  // namespace

/// Appends one record's fields.
class RecordWriter {
 public:
  RecordWriter(ResultStore& store, std::string& out) : store_(store), out_(out) {}

  void number(std::uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<char>((v & 0x7F) | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<char>(v));
  }
  void real(double v) {
    // Small whole numbers (weights, most scores) take one byte; anything else its 8 raw bytes.
    if (v >= 0 && v < kMaxSmallWhole && std::trunc(v) == v && !std::signbit(v)) {
      number(static_cast<std::uint64_t>(v) << 1);
      return;
    }
    number(1);
    out_.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  void text(const std::string& s) {
    number(s.size() << 1);
    out_.append(s);
  }
  void shared(const std::string& s) {
    if (s.size() <= kMaxSharedLength) {
      auto found = store_.shared_index_.find(s);
      if (found == store_.shared_index_.end() && store_.shared_.size() < kMaxShared) {
        found = store_.shared_index_.emplace(s, static_cast<std::uint32_t>(store_.shared_.size())).first;
        store_.shared_.push_back(s);
      }
      if (found != store_.shared_index_.end()) {
        number(static_cast<std::uint64_t>(found->second) << 1 | 1);
        return;
      }
    }
    text(s);
  }
  void shared_list(const std::vector<std::string>& items) {
    number(items.size());
    for (const auto& item : items) shared(item);
  }

  void facts(const std::vector<FactUse>& uses) {
    number(uses.size());
    for (const auto& u : uses) {
      number(static_cast<std::uint64_t>(u.field + 1));
      shared(u.path);
      shared(u.value);
      text(u.source);
      number(u.defaulted ? 1 : 0);
      const std::string_view currency = u.origin.currency.view();
      number(currency.size());
      out_.append(currency);
      if (!currency.empty()) {
        real(u.origin.amount);
        real(u.origin.rate);
      }
      text(u.vesting);
    }
  }
  void criterion(const CriterionResult& c) {
    shared(c.id);
    shared(c.label);
    real(c.weight);
    real(c.score);
    const bool raw_is_score = std::memcmp(&c.raw_score, &c.score, sizeof c.score) == 0;
    number((c.clamped ? 1 : 0) | (raw_is_score ? 2 : 0));
    if (!raw_is_score) real(c.raw_score);
    real(c.contribution);
    shared_list(c.because);
    facts(c.facts);
  }
  void flag(const FlagResult& f) {
    shared(f.id);
    shared(f.label);
    number(static_cast<std::uint64_t>(f.severity));
    real(f.penalty);
    number(f.cap ? 1 : 0);
    if (f.cap) real(*f.cap);
    number(f.veto ? 1 : 0);
    shared_list(f.because);
    facts(f.facts);
  }
  void ask(const AskResult& a) {
    shared(a.id);
    shared(a.label);
    number(a.range ? 1 : 0);
    if (a.range) {
      real(a.range->first);
      real(a.range->second);
    }
    number(static_cast<std::uint64_t>(a.range_type));
    shared_list(a.cite);
    shared_list(a.because);
  }
  void offer(const OfferResult& o);

 private:
  void identity(const OfferIdentity& o);
  ResultStore& store_;
  std::string& out_;
};

void RecordWriter::identity(const OfferIdentity& o) {
  text(o.id);
  text(o.source);
  number(o.ordinal);
  text(o.company);  // per offer: sharing would fill the table with strings used once
  text(o.role_title);
  text(o.contact_name);
  text(o.contact_email);
  text(o.contact_greeting);
  number(o.warnings.size());
  for (const auto& w : o.warnings) text(w.message);
}

void RecordWriter::offer(const OfferResult& o) {
  identity(o);
  number((o.scored ? 1 : 0) | (o.vetoed ? 2 : 0));
  real(o.weighted);
  real(o.total);
  number(o.criteria.size());
  for (const auto& c : o.criteria) criterion(c);
  number(o.flags.size());
  for (const auto& f : o.flags) flag(f);
  number(o.confirms.size());
  for (const auto& c : o.confirms) {
    shared(c.id);
    shared(c.label);
    number(c.confirmed ? 1 : 0);
  }
  number(o.asks.size());
  for (const auto& a : o.asks) ask(a);
  number(o.lets.size());
  for (const auto& l : o.lets) {
    shared(l.name);
    real(l.number);
    shared(l.rendered);
  }
  number(o.errors.size());
  for (const auto& e : o.errors) text(e.message);
}

/// Reads one record's fields back, in the order RecordWriter wrote them.
class RecordReader {
 public:
  RecordReader(const ResultStore& store, const char* at) : store_(store), at_(at) {}

  std::uint64_t number() {
    std::uint64_t v = 0;
    for (int shift = 0;; shift += 7) {
      const auto byte = static_cast<unsigned char>(*at_++);
      v |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
      if (byte < 0x80) return v;
    }
  }
  double real() {
    const std::uint64_t tag = number();
    if (tag != 1) return static_cast<double>(tag >> 1);
    double v;
    std::memcpy(&v, at_, sizeof v);
    at_ += sizeof v;
    return v;
  }
  bool flag() { return number() != 0; }
  std::string_view view() {
    const std::uint64_t tag = number();
    if (tag & 1) return store_.shared_[tag >> 1];
    const std::string_view s(at_, tag >> 1);
    at_ += s.size();
    return s;
  }
  void text(std::string& out) {
    const std::string_view s = view();
    out.assign(s.data(), s.size());
  }
  void list(std::vector<std::string>& out) {
    out.resize(number());
    for (auto& item : out) text(item);
  }
  void facts(std::vector<FactUse>& out);
  void criterion(CriterionResult& c);
  void flag(FlagResult& f);
  void ask(AskResult& a);
  void offer(OfferResult& o);
  void identity(OfferIdentity& o);

 private:
  const ResultStore& store_;
  const char* at_;
};

void RecordReader::facts(std::vector<FactUse>& out) {
  out.resize(number());
  for (auto& u : out) {
    u.field = static_cast<int>(number()) - 1;
    text(u.path);
    text(u.value);
    text(u.source);
    u.defaulted = flag();
    const auto length = static_cast<std::size_t>(number());
    u.origin = MoneyOrigin{};
    if (length > 0) {
      u.origin.currency = make_currency(std::string_view(at_, length));
      at_ += length;
      u.origin.amount = real();
      u.origin.rate = real();
    }
    text(u.vesting);
  }
}

void RecordReader::criterion(CriterionResult& c) {
  text(c.id);
  text(c.label);
  c.weight = real();
  c.score = real();
  const std::uint64_t state = number();
  c.clamped = (state & 1) != 0;
  c.raw_score = (state & 2) != 0 ? c.score : real();
  c.contribution = real();
  list(c.because);
  facts(c.facts);
}

void RecordReader::flag(FlagResult& f) {
  text(f.id);
  text(f.label);
  f.severity = static_cast<Severity>(number());
  f.penalty = real();
  f.cap.reset();
  if (flag()) f.cap = real();
  f.veto = flag();
  list(f.because);
  facts(f.facts);
}

void RecordReader::ask(AskResult& a) {
  text(a.id);
  text(a.label);
  a.range.reset();
  if (flag()) {
    const double low = real();
    a.range = std::make_pair(low, real());
  }
  a.range_type = static_cast<TypeKind>(number());
  list(a.cite);
  list(a.because);
}

void RecordReader::identity(OfferIdentity& o) {
  text(o.id);
  text(o.source);
  o.ordinal = number();
  text(o.company);
  text(o.role_title);
  text(o.contact_name);
  text(o.contact_email);
  text(o.contact_greeting);
  o.warnings.resize(number());
  for (auto& w : o.warnings) text(w.message);
}

void RecordReader::offer(OfferResult& o) {
  identity(o);
  const std::uint64_t state = number();
  o.scored = (state & 1) != 0;
  o.vetoed = (state & 2) != 0;
  o.weighted = real();
  o.total = real();
  o.rank = 0;
  o.criteria.resize(number());
  for (auto& c : o.criteria) criterion(c);
  o.flags.resize(number());
  for (auto& f : o.flags) flag(f);
  o.confirms.resize(number());
  for (auto& c : o.confirms) {
    text(c.id);
    text(c.label);
    c.confirmed = flag();
  }
  o.asks.resize(number());
  for (auto& a : o.asks) ask(a);
  o.lets.resize(number());
  for (auto& l : o.lets) {
    text(l.name);
    l.number = real();
    text(l.rendered);
  }
  o.errors.resize(number());
  for (auto& e : o.errors) text(e.message);
}

ResultStore::ResultStore(std::size_t resident_bytes) : resident_bytes_(resident_bytes) {}

void ResultStore::spill_old_chunks() {
  // Every chunk but the one being filled may go; the oldest go first (the most recent stay cheap to read).
  std::size_t resident = 0;
  for (std::size_t c = first_resident_; c < chunks_.size(); ++c) resident += chunks_[c].bytes.capacity();
  while (resident > resident_bytes_ && first_resident_ + 1 < chunks_.size()) {
    if (!spill_) spill_ = std::make_shared<SpillFile>();
    Chunk& chunk = chunks_[first_resident_];
    if (!spill_->append(chunk.bytes, chunk.spilled_at)) return;  // no temporary file, or a full disk: keep it here
    spilled_bytes_ += chunk.used;
    resident -= chunk.bytes.capacity();
    std::string().swap(chunk.bytes);
    chunk.spilled = true;
    ++first_resident_;
  }
}

std::size_t ResultStore::add(const OfferResult& offer) {
  thread_local std::string record;  // encoded apart first: a record never straddles two chunks
  record.clear();
  RecordWriter(*this, record).offer(offer);
  if (chunks_.empty() || chunks_.back().bytes.size() + record.size() > chunks_.back().bytes.capacity()) {
    chunks_.emplace_back();
    chunks_.back().bytes.reserve(std::max(kChunkBytes, record.size()));
    spill_old_chunks();
  }
  Chunk& chunk = chunks_.back();
  records_.push_back(static_cast<std::uint64_t>(chunks_.size() - 1) << 32 | chunk.bytes.size());
  chunk.bytes.append(record);
  chunk.used = static_cast<std::uint32_t>(chunk.bytes.size());
  return records_.size() - 1;
}

const char* ResultStore::record(std::size_t index) const {
  const std::uint64_t at = records_[index];
  const Chunk& chunk = chunks_[at >> 32];
  const std::uint32_t offset = at & 0xFFFFFFFFu;
  if (!chunk.spilled) return chunk.bytes.data() + offset;
  // A record ends where the next one in its chunk starts, or at the chunk's end.
  const bool next_here = index + 1 < records_.size() && records_[index + 1] >> 32 == at >> 32;
  const std::uint32_t end = next_here ? static_cast<std::uint32_t>(records_[index + 1] & 0xFFFFFFFFu) : chunk.used;
  thread_local std::string buffer;
  if (!spill_->read(chunk.spilled_at + offset, end - offset, buffer))
    throw std::runtime_error("cannot read back offer results from the temporary file (in $TMPDIR or /tmp)");
  return buffer.data();
}

void ResultStore::load(std::size_t index, OfferResult& out) const { RecordReader(*this, record(index)).offer(out); }

std::pair<std::string, std::size_t> ResultStore::id_and_ordinal(std::size_t index) const {
  RecordReader reader(*this, record(index));
  std::pair<std::string, std::size_t> out;
  out.first = reader.view();
  reader.view();  // the source
  out.second = reader.number();
  return out;
}

void RankedResults::load(std::size_t i, OfferResult& out) const {
  store.load(order[i], out);
  out.rank = ranks[i];
}

}  // namespace rubric
