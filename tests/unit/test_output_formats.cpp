#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

#include <rubric/output.hpp>
#include "rubric/output/text_width.hpp"
#include "test_output_fixture.hpp"

using namespace rubric;

namespace {

std::vector<std::string> split_lines(const std::string& text, const std::string& end = "\n") {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t at; (at = text.find(end, start)) != std::string::npos; start = at + end.size()) {
    lines.push_back(text.substr(start, at - start));
  }
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}

/// Splits one RFC 4180 record into fields (quoted fields may hold commas and doubled quotes).
std::vector<std::string> csv_fields(const std::string& record) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t i = 0; i < record.size(); ++i) {
    const char c = record[i];
    if (quoted && c == '"' && i + 1 < record.size() && record[i + 1] == '"') {
      fields.back() += '"';
      ++i;
    } else if (c == '"') {
      quoted = !quoted;
    } else if (c == ',' && !quoted) {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  return fields;
}

/// Returns the display column where `needle` starts in `line`.
std::size_t column_of(const std::string& line, const std::string& needle) {
  const std::size_t at = line.find(needle);
  REQUIRE(at != std::string::npos);
  return display_width(line.substr(0, at));
}

}  // namespace

TEST_CASE("format names parse and print", "[cli]") {
  for (const auto& name : format_names()) {
    REQUIRE(parse_format(name));
    CHECK(to_string(*parse_format(name)) == name);
  }
  CHECK_FALSE(parse_format("xml"));
  CHECK(format_names().size() == 5);
}

TEST_CASE("csv: header, RFC 4180 quoting and CRLF records", "[cli]") {
  const std::string csv = format_csv(test::core_run());
  CHECK(csv.find("\r\n") != std::string::npos);
  const auto records = split_lines(csv, "\r\n");
  REQUIRE(records.size() == 4);
  CHECK(records[0] == "rank,id,company,total,weighted,vetoed,scope,pay,team,burden,risk,flags,unconfirmed,asks,errors");
  CHECK(records[1] == "1,northwind,Northwind,7.84,7.84,false,10.00,5.26,9.00,5.50,9.00,,,"
                      "pay_alignment=275616.00..293480.00,");
  CHECK(records[2] == "2,lumen,Lumen Labs,3.80,5.80,false,7.00,9.75,3.00,2.00,3.67,"
                      "heavy_oncall;equity_bet;vague_leveling,written_scope,scope_in_writing,");
  CHECK(records[3] == ",broken,\"Pipe | \"\"Quote\"\", Inc\",,,false,,,,,,,,,"
                      "\"$.comp.base: expected money (a number), found string \"\"182k\"\"\"");
  const auto fields = csv_fields(records[3]);
  REQUIRE(fields.size() == 15);
  CHECK(fields[2] == "Pipe | \"Quote\", Inc");
  CHECK(fields[14] == "$.comp.base: expected money (a number), found string \"182k\"");
}

TEST_CASE("csv quotes fields with line breaks", "[cli]") {
  RunResult run = test::core_run();
  run.offers[0].company = "two\nlines";
  const std::string csv = format_csv(run);
  CHECK(csv.find(",\"two\nlines\",") != std::string::npos);
}

TEST_CASE("md: table, escaped pipes, decision and notes", "[cli]") {
  RunResult run = test::core_run();
  run.weight_note = "weights rescaled for --weight pay=40";
  FormatContext context;
  context.input_errors = {{"offers/missing.json", 0, "no such file"}};
  const std::string md = format_md(run, context);
  CHECK(md.rfind("# Platform reliability offers\n", 0) == 0);
  CHECK(md.find("| rank | offer | company | total | scope | pay | team | burden | risk | flags |") !=
        std::string::npos);
  CHECK(md.find("| 1 | northwind | Northwind | 7.84 | 10.00 | 5.26 | 9.00 | 5.50 | 9.00 | \u2014 |") !=
        std::string::npos);
  CHECK(md.find("Pipe \\| \"Quote\", Inc") != std::string::npos);
  CHECK(md.find("**Decision:** recommend northwind") != std::string::npos);
  CHECK(md.find("weights rescaled for --weight pay=40") != std::string::npos);
  CHECK(md.find("confirm before accepting: written\\_scope") != std::string::npos);
  CHECK(md.find("275,616 to 293,480") != std::string::npos);
  CHECK(md.find("**error:** $.comp.base") != std::string::npos);
  CHECK(md.find("offers/missing.json: no such file") != std::string::npos);
  // Every table row has the same number of unescaped pipes.
  for (const auto& line : split_lines(md)) {
    if (line.empty() || line[0] != '|') continue;
    std::size_t pipes = 0;
    for (std::size_t i = 0; i < line.size(); ++i) pipes += line[i] == '|' && (i == 0 || line[i - 1] != '\\');
    CHECK(pipes == 11);
  }
}

TEST_CASE("text: aligned columns without colour, decision and notes", "[cli]") {
  RunResult run = test::core_run();
  run.offers[1].company = "\xE3\x83\xAB\xE3\x83\xA1\xE3\x83\xB3";  // three wide katakana: 6 columns
  const std::string text = format_text(run, FormatContext{});
  CHECK(text.find('\x1b') == std::string::npos);
  const auto lines = split_lines(text);
  std::size_t head = 0;
  while (head < lines.size() && lines[head].rfind("rank", 0) != 0) ++head;
  REQUIRE(head + 3 < lines.size());
  const std::string& h = lines[head];
  // Right-aligned numbers: each column ends where its head ends.
  const std::size_t total_end = column_of(h, "total") + 5;
  const std::size_t risk_end = column_of(h, "risk") + 4;
  CHECK(column_of(lines[head + 1], "7.84") + 4 == total_end);
  CHECK(column_of(lines[head + 2], "3.80") + 4 == total_end);
  CHECK(display_width(lines[head + 2].substr(0, lines[head + 2].find("3.67"))) + 4 == risk_end);
  CHECK(column_of(lines[head + 2], "heavy_oncall") == column_of(h, "flags"));
  CHECK(lines[head + 3].find("not scored") != std::string::npos);
  CHECK(text.find("decision: recommend northwind") != std::string::npos);
  CHECK(text.find("confirm before accepting: written_scope (Responsibilities in writing)") != std::string::npos);
  CHECK(text.find("ask pay_alignment (Compensation alignment): 275,616 to 293,480") != std::string::npos);
  CHECK(text.find("offers/broken.json: error: $.comp.base") != std::string::npos);
  for (const auto& line : lines) CHECK((line.empty() || line.back() != ' '));
}

TEST_CASE("text: colour only when asked, names cleaned of escapes", "[cli]") {
  RunResult run = test::core_run();
  run.offers[0].company = "Evil\x1b[2JCorp";
  const std::string plain = format_text(run, FormatContext{});
  CHECK(plain.find('\x1b') == std::string::npos);
  FormatContext color;
  color.color = true;
  const std::string painted = format_text(run, color);
  CHECK(painted.find("\x1b[1m") != std::string::npos);
  CHECK(painted.find("\x1b[2J") == std::string::npos);
}

TEST_CASE("text: weight note, empty runs and a decision without summary", "[cli]") {
  RunResult run = test::core_run();
  run.weight_note = "weights rescaled";
  run.decision.summary.clear();
  std::string text = format_text(run, FormatContext{});
  CHECK(text.find("note: weights rescaled") != std::string::npos);
  CHECK(text.find("recommended: northwind, margin 4.04 over lumen") != std::string::npos);
  RunResult empty;
  empty.title = "t";
  text = format_text(empty, FormatContext{});
  CHECK(text.find("no recommendation") != std::string::npos);
}

TEST_CASE("display widths count columns, not bytes", "[cli]") {
  CHECK(display_width("abc") == 3);
  CHECK(display_width("caf\xC3\xA9") == 4);
  CHECK(display_width("e\xCC\x81") == 1);  // e + combining acute
  CHECK(display_width("\xE6\x97\xA5\xE6\x9C\xAC") == 4);
  CHECK(display_width("\xFF") == 1);
  CHECK(truncate_to_width("abcdefgh", 5) == "abcd\u2026");
  CHECK(display_width(truncate_to_width("\xE6\x97\xA5\xE6\x9C\xAC\xE6\x97\xA5", 4)) <= 4);
  CHECK(pad_left("\xE6\x97\xA5", 4) == "  \xE6\x97\xA5");
  CHECK(clean_cell("a\tb\nc") == "a b c");
}

TEST_CASE("json format is the pretty run_to_json document", "[cli]") {
  const std::string text = format_json(test::core_run());
  CHECK(text.find("\n  \"decision\": {") != std::string::npos);
  const auto doc = nlohmann::json::parse(text);
  CHECK(doc["offers"][2]["total"].is_null());
  RunResult run = test::core_run();
  run.offers[0].source = "bad\xFF.json";
  CHECK_NOTHROW(format_json(run));
}

TEST_CASE("text, md, csv and json: written out offer by offer, the same bytes as rendered whole", "[cli]") {
  RunResult run = test::core_run();
  run.weight_note = "weights rescaled for --weight pay=40";
  for (const Format format : {Format::text, Format::md, Format::csv, Format::json, Format::jsonl}) {
    for (const bool errors : {false, true}) {
      FormatContext context;
      if (errors) context.input_errors = {{"offers/missing.json", 0, "no such file"}};
      const std::string whole = format_run(format, run, context);
      // A caller that empties the buffer after every offer, as `rubric eval` does for long runs.
      std::string written, buffer;
      std::size_t calls = 0;
      context.wrote = [&] {
        written += buffer;
        buffer.clear();
        ++calls;
      };
      format_run(format, run, RankedOffers(run), context, buffer);
      written += buffer;
      INFO(to_string(format) << (errors ? " with input errors" : ""));
      CHECK(written == whole);
      CHECK(calls >= run.offers.size());  // never the whole output held until the end
      CHECK(whole.ends_with("\n"));
      if (format == Format::md || format == Format::text) CHECK_FALSE(whole.ends_with("\n\n"));
    }
  }
}
