// The input stream: expands INPUT arguments (files, folders, `-`) into documents, one at a time.
#include "rubric/input/inputs.hpp"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <filesystem>
#include <system_error>

#include <rubric/limits.hpp>
#include "rubric/input/document_block.hpp"
#include "rubric/input/input_buffer.hpp"
#include "rubric/input/input_lines.hpp"
#include "rubric/input/input_sniff.hpp"

namespace rubric {

namespace fs = std::filesystem;

namespace {

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool is_json_lines_path(std::string_view path) { return ends_with(path, ".jsonl") || ends_with(path, ".ndjson"); }

std::string too_long_line() {
  return std::string("line is longer than the ") + kMaxDocumentText + " limit for one offer";
}

/// A prefix and a line number as text ("big.jsonl:12", "line-12"): the lines of a file come in order,
/// so the next number steps the digits in place instead of writing the whole text again.
class NumberedText {
 public:
  /// Starts over with `prefix` and no number.
  void reset(std::string_view prefix) {
    text_.assign(prefix);
    prefix_ = prefix.size();
    number_ = kNone;
  }
  /// Returns the prefix followed by `number`.
  const std::string& at(std::size_t number) {
    if (number_ == kNone || number != number_ + 1 || !step()) {
      char digits[24];
      char* end = std::to_chars(digits, digits + sizeof digits, number).ptr;
      text_.resize(prefix_);
      text_.append(digits, end);
    }
    number_ = number;
    return text_;
  }

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  /// Adds one to the digits; false when they were all nines (and the caller writes them anew).
  bool step() {
    for (std::size_t i = text_.size(); i-- > prefix_;) {
      if (text_[i] != '9') {
        ++text_[i];
        return true;
      }
      text_[i] = '0';
    }
    return false;
  }
  std::string text_;
  std::size_t prefix_ = 0;
  std::size_t number_ = kNone;
};

}  // namespace

struct InputStream::Impl {
  std::vector<std::string> inputs;
  std::size_t next_input = 0;
  std::FILE* stdin_file = nullptr;
  std::vector<InputError> errors;
  std::vector<InputError> notes;

  std::vector<std::string> files;  // single-document files still to read (a folder's *.json, or one file)
  std::size_t next_file = 0;
  bool from_folder = false;  // `files` came from listing a folder: candidate profiles in it are skipped
  bool sniff_stdin = false;  // the next line of `-` is its first: it decides one document or JSON Lines
  PaddedBuffer whole;        // the current single-document file

  InputFile lines_file;  // the current JSON Lines source
  std::unique_ptr<LineReader> lines;
  std::string lines_name;      // its path, or "-"
  NumberedText line_source;    // lines_name + ":" + the line number: each document's source
  NumberedText line_fallback;  // "line-" + the line number: its id when it has none

  std::size_t ordinal = 0;
  std::vector<LineSpan> spans;  // fill()'s lines, reused
  InputDocument scratch;        // fill()'s other documents, reused

  void open_input(const std::string& input);
  void open_lines(const std::string& name, InputFile file);
  void list_folder(const std::string& folder);
  bool read_file(const std::string& path, InputDocument& doc);
  bool open_current();
  bool next_in_current(InputDocument& doc);
  bool next_line(InputDocument& doc);
  bool read_lines(DocumentBlock& block, std::size_t max_docs);
  void close_lines(LineStatus status);
  bool read_stdin_document(std::string_view first_line, InputDocument& doc);
};

void InputStream::Impl::open_input(const std::string& input) {
  files.clear();
  next_file = 0;
  from_folder = false;
  if (input == "-") {
    int fd = stdin_file != nullptr ? fileno(stdin_file) : -1;
    if (fd < 0) {
      errors.push_back({"-", 0, "no standard input to read"});
      return;
    }
    open_lines(input, InputFile(fd, false));
    sniff_stdin = true;
    return;
  }
  std::error_code ec;
  if (fs::is_directory(input, ec)) {
    list_folder(input);
  } else if (is_json_lines_path(input)) {
    InputFile file = open_input_file(input.c_str());
    if (file.fd() < 0) {
      errors.push_back({input, 0, describe_errno(errno)});
      return;
    }
    open_lines(input, std::move(file));
  } else {
    files.push_back(input);
  }
}

void InputStream::Impl::open_lines(const std::string& name, InputFile file) {
  lines.reset();
  lines_file = std::move(file);
  lines_name = name;
  line_source.reset(name + ":");
  line_fallback.reset("line-");
  lines = std::make_unique<LineReader>(lines_file);
}

// Lists the `*.json` files directly inside `folder`, by name; like the shell's `*.json`, hidden files are left out.
void InputStream::Impl::list_folder(const std::string& folder) {
  std::error_code ec;
  fs::directory_iterator it(folder, ec);
  std::vector<std::string> names;
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    std::string name = it->path().filename().string();
    std::error_code type_ec;
    if (name.front() != '.' && ends_with(name, ".json") && it->is_regular_file(type_ec)) names.push_back(name);
  }
  if (ec) {
    errors.push_back({folder, 0, "cannot list folder: " + describe_errno(ec.value())});
    return;
  }
  if (names.empty()) {
    errors.push_back({folder, 0, "folder has no *.json files"});
    return;
  }
  std::sort(names.begin(), names.end());
  from_folder = true;
  for (const auto& name : names) files.push_back((fs::path(folder) / name).string());
}

bool InputStream::Impl::read_file(const std::string& path, InputDocument& doc) {
  InputFile file = open_input_file(path.c_str());
  if (file.fd() < 0) {
    errors.push_back({path, 0, describe_errno(errno)});
    return false;
  }
  std::size_t size = 0;
  WholeFile status = read_whole_file(file, whole, size);
  if (status == WholeFile::failed) {
    errors.push_back({path, 0, describe_errno(errno)});
    return false;
  }
  if (from_folder && status == WholeFile::ok && looks_like_profile(std::string_view(whole.data(), size))) {
    notes.push_back({path, 0, "skipped: a candidate profile (it has \"achievements\"), not an offer"});
    return false;
  }
  doc.source = path;
  doc.fallback_id = fs::path(path).stem().string();
  doc.ordinal = ordinal++;
  if (status == WholeFile::too_big) {
    doc.json = std::string_view(whole.data(), 0);
    doc.error = std::string("document is larger than the ") + kMaxDocumentText + " limit";
  } else {
    doc.json = std::string_view(whole.data(), size);
    doc.error.reset();
  }
  return true;
}

// Opens inputs until one has documents left to give (JSON Lines, or files to read); false after the last.
bool InputStream::Impl::open_current() {
  while (!lines && next_file == files.size()) {
    if (next_input == inputs.size()) return false;
    open_input(inputs[next_input++]);
  }
  return true;
}

// The current input's next document, a line or a whole file; false when it gave none (the lines ended, or
// the file could not be read) and the caller moves on.
bool InputStream::Impl::next_in_current(InputDocument& doc) {
  return lines ? next_line(doc) : read_file(files[next_file++], doc);
}

void InputStream::Impl::close_lines(LineStatus status) {
  if (status == LineStatus::failed) errors.push_back({lines_name, 0, describe_errno(lines->error())});
  lines.reset();
  lines_file = InputFile();
}

bool InputStream::Impl::next_line(InputDocument& doc) {
  std::string_view text;
  std::size_t line = 0;
  LineStatus status = lines->next(text, line);
  if (status == LineStatus::failed || status == LineStatus::end) {
    close_lines(status);
    return false;
  }
  if (sniff_stdin) {
    sniff_stdin = false;
    if (status == LineStatus::line && opens_multiline_document(text)) return read_stdin_document(text, doc);
  }
  doc.source = line_source.at(line);
  doc.fallback_id = line_fallback.at(line);
  doc.ordinal = ordinal++;
  doc.json = text;
  if (status == LineStatus::too_long) doc.error = too_long_line();
  else doc.error.reset();
  return true;
}

// One block of lines read straight into the block's arena; false when the JSON Lines input had no more.
bool InputStream::Impl::read_lines(DocumentBlock& block, std::size_t max_docs) {
  const LineStatus status = lines->read_block(block.arena, max_docs, spans);
  if (status != LineStatus::line) {
    close_lines(status);
    return false;
  }
  for (const LineSpan& span : spans) {
    auto& d = block.add_in_place(span.offset, span.size, line_source.at(span.line), line_fallback.at(span.line),
                                 ordinal++);
    if (span.too_long) d.error = too_long_line();
  }
  return true;
}

// Standard input whose first line opens a document it does not close holds one pretty-printed document:
// it is read whole, as a file would be, instead of line by line.
bool InputStream::Impl::read_stdin_document(std::string_view first_line, InputDocument& doc) {
  std::string text(first_line);
  text += '\n';
  const bool whole_read = lines->read_rest(text, kMaxDocumentBytes + 1);
  if (!whole_read && lines->error() != 0) errors.push_back({lines_name, 0, describe_errno(lines->error())});
  lines.reset();
  lines_file = InputFile();
  doc.source = lines_name;
  doc.fallback_id = "stdin";
  doc.ordinal = ordinal++;
  doc.error.reset();
  if (text.size() > kMaxDocumentBytes) {
    doc.json = std::string_view(whole.data(), 0);
    doc.error = std::string("document is larger than the ") + kMaxDocumentText + " limit";
    return true;
  }
  whole.grow(text.size(), 0);
  std::copy(text.begin(), text.end(), whole.data());
  doc.json = std::string_view(whole.data(), text.size());
  return true;
}

InputStream::InputStream(std::vector<std::string> inputs, std::FILE* stdin_file) : impl_(std::make_unique<Impl>()) {
  impl_->inputs = std::move(inputs);
  impl_->stdin_file = stdin_file;
}

InputStream::~InputStream() = default;

bool InputStream::next(InputDocument& doc) {
  Impl& s = *impl_;
  while (s.open_current()) {
    if (s.next_in_current(doc)) return true;
  }
  return false;
}

bool InputStream::fill(DocumentBlock& block, std::size_t max_docs, std::size_t max_bytes) {
  Impl& s = *impl_;
  const std::size_t before = block.docs.size();
  const std::size_t before_bytes = block.bytes();
  while (block.docs.size() - before < max_docs && block.bytes() - before_bytes < max_bytes && s.open_current()) {
    // JSON Lines go straight into the block, but for standard input's first line (it decides between JSON
    // Lines and one document); the rest is copied in.
    if (s.lines && !s.sniff_stdin) {
      if (s.read_lines(block, max_docs - (block.docs.size() - before))) break;
    } else if (s.next_in_current(s.scratch)) {
      block.add(s.scratch);
    }
  }
  return block.docs.size() > before;
}

const std::vector<InputError>& InputStream::input_errors() const { return impl_->errors; }

const std::vector<InputError>& InputStream::input_notes() const { return impl_->notes; }

}  // namespace rubric
