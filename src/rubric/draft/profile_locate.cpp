// Finds where a JSON value starts in its text, so profile errors can name a line.
// nlohmann/json 3.11 keeps no positions in its values, so this re-reads the text
// with the SAX interface through an iterator that remembers how far the lexer got.
#include "rubric/draft/profile_locate.hpp"

#include <nlohmann/json.hpp>

#include <iterator>
#include <string>
#include <vector>

#include <rubric/profile.hpp>

namespace rubric {

namespace {

// An input iterator over the text that publishes how far the lexer has read.
class CursorIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  CursorIterator(const char* at, const char** cursor) : at_(at), cursor_(cursor) {}
  reference operator*() const { return *at_; }
  CursorIterator& operator++() {
    ++at_;
    if (cursor_) *cursor_ = at_;
    return *this;
  }
  CursorIterator operator++(int) {
    CursorIterator before = *this;
    ++*this;
    return before;
  }
  bool operator==(const CursorIterator& other) const { return at_ == other.at_; }
  bool operator!=(const CursorIterator& other) const { return at_ != other.at_; }

 private:
  const char* at_;
  const char** cursor_;
};

// Escapes a key as one JSON Pointer token (RFC 6901).
std::string pointer_token(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

// The SAX events both locators care about, reduced to three: a scalar value, a container opening
// (object or array) and a container closing; keys and parse errors stay with each locator.
template<class Derived>
class ValueSax : public nlohmann::json_sax<nlohmann::json> {
 public:
  bool null() override { return self().value(); }
  bool boolean(bool) override { return self().value(); }
  bool number_integer(number_integer_t) override { return self().value(); }
  bool number_unsigned(number_unsigned_t) override { return self().value(); }
  bool number_float(number_float_t, const string_t&) override { return self().value(); }
  bool string(string_t&) override { return self().value(); }
  bool binary(binary_t&) override { return self().value(); }
  bool start_object(std::size_t) override { return self().open(false); }
  bool start_array(std::size_t) override { return self().open(true); }
  bool end_object() override { return self().close(); }
  bool end_array() override { return self().close(); }

 private:
  Derived& self() { return static_cast<Derived&>(*this); }
};

// Tracks the JSON Pointer of each value as the parser reports it and stops at the target.
class Locator : public ValueSax<Locator> {
 public:
  Locator(const std::string& text, const char** cursor, std::string_view target)
      : text_(text), cursor_(cursor), target_(target) {}

  std::size_t best() const { return best_; }
  std::size_t steps() const { return steps_; }

  bool key(string_t& name) override {
    frames_.back().token = pointer_token(name);
    mark();
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

 private:
  friend class ValueSax<Locator>;

  struct Frame {
    bool array = false;
    std::size_t count = 0;   // arrays: elements seen so far
    std::string token;       // objects: the current key (escaped)
    bool on_target = false;  // this container's pointer is the target or a prefix of it
    std::size_t length = 0;  // the length of this container's pointer
  };

  // Where the value about to be reported sits: on the target's path or not, and how long its pointer is.
  // Only the last token is compared, never the whole pointer, so a value 100,000 levels deep costs
  // no more than one at the top (a whole-pointer comparison made deep nesting quadratic).
  struct Place {
    bool on_target = true;
    std::size_t length = 0;
  };

  // Returns the place of the value about to be reported; in an array, that value is the next element.
  Place current_place() {
    if (frames_.empty()) return Place{};
    Frame& parent = frames_.back();
    if (parent.array) parent.token = std::to_string(parent.count++);
    steps_ += 1 + parent.token.size();
    Place place{false, parent.length + 1 + parent.token.size()};
    if (!parent.on_target || place.length > target_.size()) return place;
    steps_ += parent.token.size();  // the comparison below
    place.on_target = target_[parent.length] == '/' &&
                      target_.compare(parent.length + 1, parent.token.size(), parent.token) == 0 &&
                      (place.length == target_.size() || target_[place.length] == '/');
    return place;
  }

  bool is_target(const Place& place) const { return place.on_target && place.length == target_.size(); }

  // The value starts at the first character after the previous token that is not a separator.
  std::size_t value_start() {
    std::size_t at = previous_end_;
    while (at < text_.size() && (text_[at] == ' ' || text_[at] == '\t' || text_[at] == '\n' || text_[at] == '\r' ||
                                 text_[at] == ':' || text_[at] == ',')) {
      ++at;
    }
    steps_ += 1 + (at - previous_end_);
    return at;
  }

  void mark() { previous_end_ = static_cast<std::size_t>(*cursor_ - text_.data()); }

  // Records a value; returns false (stop parsing) once the target is found.
  bool value() {
    Place place = current_place();
    std::size_t start = value_start();
    mark();
    if (place.on_target) best_ = start;
    return !is_target(place);
  }

  bool open(bool array) {
    Place place = current_place();
    std::size_t start = value_start();
    mark();
    if (place.on_target) best_ = start;
    if (is_target(place)) return false;
    frames_.push_back(Frame{array, 0, {}, place.on_target, place.length});
    return true;
  }

  bool close() {
    frames_.pop_back();
    mark();
    return true;
  }

  const std::string& text_;
  const char** cursor_;
  std::string_view target_;
  std::vector<Frame> frames_;
  std::size_t previous_end_ = 0;
  std::size_t best_ = 0;
  std::size_t steps_ = 0;  // characters examined, for the test that the work grows linearly
};

// Tracks where the parser is (the pointer of the value it reads next) and records where it fails.
class ErrorLocator : public ValueSax<ErrorLocator> {
 public:
  bool key(string_t& name) override {
    frames_.back().token = pointer_token(name);
    return true;
  }
  bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::detail::exception&) override {
    // The position is just past the offending token; its start is where the user looks.
    place_.failed = true;
    place_.offset = position >= last_token.size() ? position - last_token.size() : 0;
    for (const auto& frame : frames_) {
      // In an array the failing value is the element after the last one seen.
      place_.pointer += '/' + (frame.array ? std::to_string(frame.count) : frame.token);
    }
    return false;
  }

  const JsonErrorPlace& place() const { return place_; }

 private:
  friend class ValueSax<ErrorLocator>;

  struct Frame {
    bool array = false;
    std::size_t count = 0;
    std::string token;
  };

  bool value() {
    if (!frames_.empty() && frames_.back().array) ++frames_.back().count;
    return true;
  }
  bool open(bool array) {
    frames_.push_back(Frame{array, 0, {}});
    return true;
  }
  bool close() {
    frames_.pop_back();
    return value();
  }

  std::vector<Frame> frames_;
  JsonErrorPlace place_;
};

}  // namespace

std::size_t locate_json_value(const std::string& text, std::string_view path) {
  std::size_t steps = 0;
  return locate_json_value_counting(text, path, steps);
}

std::size_t locate_json_value_counting(const std::string& text, std::string_view path, std::size_t& steps) {
  const char* cursor = text.data();
  Locator locator(text, &cursor, path);
  CursorIterator first(text.data(), &cursor);
  CursorIterator last(text.data() + text.size(), nullptr);
  nlohmann::json::sax_parse(first, last, &locator);
  steps = locator.steps();
  return locator.best();
}

}  // namespace rubric

namespace rubric {

JsonErrorPlace locate_json_error(const std::string& text) {
  ErrorLocator locator;
  nlohmann::json::sax_parse(text, &locator);
  return locator.place();
}

}  // namespace rubric
