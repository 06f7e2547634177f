// `--weight ID=W` arguments (one per input line) -> parsed, then a shipped rubric compiled with them.
#include "cli/weight_arg.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rubric;
  static const std::string source = fuzz::repository_file("rules/platform-reliability.rubric");
  std::vector<std::string> arguments;
  std::string text = fuzz::text_of(data, size);
  for (std::size_t begin = 0; begin <= text.size();) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    arguments.push_back(text.substr(begin, end - begin));
    begin = end + 1;
  }
  CompileOptions options;
  std::string error;
  if (!cli::parse_weight_arguments(arguments, options.weights, error)) return 0;
  CompileOutput out = compile_rubric_text("rules/platform-reliability.rubric", source, options);
  std::string shown = out.format();
  return 0;
}
