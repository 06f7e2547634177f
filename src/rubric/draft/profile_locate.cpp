// Finds where a JSON value starts in its text, so profile errors can name a line.
// nlohmann/json 3.11 keeps no positions in its values, so this re-reads the text
// with the SAX interface through an iterator that remembers how far the lexer got.
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

// Tracks the JSON Pointer of each value as the parser reports it and stops at the target.
class Locator : public nlohmann::json_sax<nlohmann::json> {
 public:
  Locator(const std::string& text, const char** cursor, std::string_view target)
      : text_(text), cursor_(cursor), target_(target) {}

  std::size_t best() const { return best_; }

  bool null() override { return value(); }
  bool boolean(bool) override { return value(); }
  bool number_integer(number_integer_t) override { return value(); }
  bool number_unsigned(number_unsigned_t) override { return value(); }
  bool number_float(number_float_t, const string_t&) override { return value(); }
  bool string(string_t&) override { return value(); }
  bool binary(binary_t&) override { return value(); }
  bool start_object(std::size_t) override { return open(false); }
  bool start_array(std::size_t) override { return open(true); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }
  bool key(string_t& name) override {
    frames_.back().token = pointer_token(name);
    mark();
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

 private:
  struct Frame {
    bool array = false;
    std::size_t count = 0;  // arrays: elements seen so far
    std::string token;      // the current element's index, or the current key (escaped)
  };

  // Returns the pointer of the value about to be reported; in an array, that value is the next element.
  std::string current_path() {
    if (!frames_.empty() && frames_.back().array) frames_.back().token = std::to_string(frames_.back().count++);
    std::string path;
    for (const auto& frame : frames_) path += '/' + frame.token;
    return path;
  }

  // The value starts at the first character after the previous token that is not a separator.
  std::size_t value_start() const {
    std::size_t at = previous_end_;
    while (at < text_.size() && (text_[at] == ' ' || text_[at] == '\t' || text_[at] == '\n' || text_[at] == '\r' ||
                                 text_[at] == ':' || text_[at] == ',')) {
      ++at;
    }
    return at;
  }

  void mark() { previous_end_ = static_cast<std::size_t>(*cursor_ - text_.data()); }

  // Records a value; returns false (stop parsing) once the target is found.
  bool value() {
    std::string path = current_path();
    std::size_t start = value_start();
    mark();
    if (path == target_) {
      best_ = start;
      return false;
    }
    if (target_.size() > path.size() && target_.substr(0, path.size()) == path && target_[path.size()] == '/') {
      best_ = start;
    }
    return true;
  }

  bool open(bool array) {
    std::string path = current_path();
    std::size_t start = value_start();
    mark();
    if (path == target_) {
      best_ = start;
      return false;
    }
    if (path.empty() ||
        (target_.substr(0, path.size()) == path && target_.size() > path.size() && target_[path.size()] == '/')) {
      best_ = start;
    }
    frames_.push_back(Frame{array, 0, {}});
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
};

}  // namespace

std::size_t locate_json_value(const std::string& text, std::string_view path) {
  const char* cursor = text.data();
  Locator locator(text, &cursor, path);
  CursorIterator first(text.data(), &cursor);
  CursorIterator last(text.data() + text.size(), nullptr);
  nlohmann::json::sax_parse(first, last, &locator);
  return locator.best();
}

}  // namespace rubric
