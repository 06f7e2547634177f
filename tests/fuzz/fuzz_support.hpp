// What every fuzz harness shares: a shipped rubric and a scored offer, built once per process, and
// the fuzz input as text followed by the padding simdjson may read past a document's end.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>

#include <rubric/engine.hpp>
#include <rubric/profile.hpp>
#include "rubric/input/inputs.hpp"

namespace rubric::fuzz {

/// Returns a file of the repository (the shipped rules and examples), read whole; aborts when it is missing.
inline std::string repository_file(const std::string& relative) {
  std::ifstream in(std::string(RUBRIC_SOURCE_DIR) + "/" + relative, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "fuzz: cannot read %s\n", relative.c_str());
    std::abort();
  }
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

/// Returns a shipped rubric, compiled once per process; `name` is a file under rules/.
inline std::shared_ptr<const CompiledRubric> shipped_rubric(const std::string& name) {
  CompileOutput out = compile_rubric_text("rules/" + name, repository_file("rules/" + name));
  if (!out.rubric) {
    std::fputs(out.format().c_str(), stderr);
    std::abort();
  }
  return out.rubric;
}

/// Returns the fuzz input as text.
inline std::string text_of(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

/// Holds a document's bytes followed by kJsonPadding readable bytes, as the offer reader requires.
struct PaddedText {
  explicit PaddedText(std::string_view text) : bytes(text) { bytes.append(kJsonPadding, '\0'); }
  std::string_view view() const { return std::string_view(bytes).substr(0, bytes.size() - kJsonPadding); }
  std::string bytes;
};

}  // namespace rubric::fuzz
