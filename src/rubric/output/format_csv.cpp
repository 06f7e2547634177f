// `--format csv`: RFC 4180. Records end in CRLF; a field is quoted when it holds a comma, a quote,
// CR or LF, and quotes inside are doubled. One record per offer, in rank order.
#include <fmt/format.h>

#include <rubric/output.hpp>
#include <rubric/render.hpp>
#include "rubric/output/format_common.hpp"
#include "rubric/output/text.hpp"

namespace rubric {
namespace {

// RFC 4180 section 2: each record ends in CRLF.
constexpr const char* kRecordEnd = "\r\n";

/// Returns `field` quoted when RFC 4180 requires it.
std::string csv_field(const std::string& field) {
  if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

/// Appends one record.
void append_record(std::string& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i != 0) out += ',';
    out += csv_field(fields[i]);
  }
  out += kRecordEnd;
}

using text::join;

/// Returns the asks as "id" or "id=LO..HI" (two decimals), separated by ';'.
std::string asks_field(const OfferResult& offer) {
  std::vector<std::string> items;
  for (const auto& a : offer.asks) {
    items.push_back(
        a.range ? fmt::format("{}={}..{}", a.id, render_fixed2(a.range->first), render_fixed2(a.range->second)) : a.id);
  }
  return join(items, ";");
}

std::vector<std::string> offer_record(const OfferResult& offer, const std::vector<std::string>& columns) {
  std::vector<std::string> fields = {rank_cell(offer),
                                     offer.id,
                                     offer.company,
                                     score_cell(offer, offer.total),
                                     score_cell(offer, offer.weighted),
                                     offer.vetoed ? "true" : "false"};
  for (const auto& id : columns) fields.push_back(criterion_cell(offer, id));
  fields.push_back(flag_ids(offer, ";"));
  fields.push_back(join(unconfirmed_ids(offer), ";"));
  fields.push_back(asks_field(offer));
  std::vector<std::string> errors;
  for (const auto& e : offer.errors) errors.push_back(e.message);
  fields.push_back(join(errors, "; "));
  return fields;
}

}  // namespace

std::string format_csv(const RunResult& run) {
  std::string out;
  format_csv(run, RankedOffers(run), out);
  return out;
}

void format_csv(const RunResult& run, const RankedOffers& offers, std::string& out,
                const std::function<void()>& wrote) {
  const std::vector<std::string> columns = criterion_columns(run);
  std::vector<std::string> header = {"rank", "id", "company", "total", "weighted", "vetoed"};
  header.insert(header.end(), columns.begin(), columns.end());
  for (const char* name : {"flags", "unconfirmed", "asks", "errors"}) header.emplace_back(name);
  append_record(out, header);
  for (std::size_t i = 0; i < offers.size(); ++i) {
    append_record(out, offer_record(offers.at(i), columns));
    if (wrote) wrote();
  }
}

}  // namespace rubric
