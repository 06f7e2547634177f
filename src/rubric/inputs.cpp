// STUB: replaced by the offer reader.
#include "rubric/inputs.hpp"
namespace rubric {
OfferSchema make_schema(const ast::Rubric&, const CheckResult&) { return {}; }
struct InputStream::Impl {
  std::vector<std::string> errors;
};
InputStream::InputStream(std::vector<std::string>, std::FILE*) : impl_(std::make_unique<Impl>()) {}
InputStream::~InputStream() = default;
bool InputStream::next(InputDocument&) { return false; }
const std::vector<std::string>& InputStream::input_errors() const { return impl_->errors; }
struct OfferReader::Impl {};
OfferReader::OfferReader(const OfferSchema&) : impl_(std::make_unique<Impl>()) {}
OfferReader::~OfferReader() = default;
void OfferReader::read(const InputDocument&, Facts&) {}
}  // namespace rubric
