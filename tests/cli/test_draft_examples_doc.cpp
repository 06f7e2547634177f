// The two full drafts docs/drafts.md shows (a strong offer addressed to its recruiter, one with red flags)
// are what `rubric draft` writes for the shipped examples today: each block after a
// "<!-- checked draft: NAME -->" line is compared with drafts/NAME (line ends aside).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "test_cli_sandbox.hpp"

using namespace rubric::test;

namespace {

const std::string kMarker = "<!-- checked draft: ";

struct DocDraft {
  std::string name, text;
};

/// Returns each checked block of the document: the draft's file name and the fenced text after the marker.
std::vector<DocDraft> checked_drafts(const std::string& doc) {
  std::vector<DocDraft> out;
  std::istringstream in(doc);
  std::string line;
  enum { outside, before_fence, inside } state = outside;
  while (std::getline(in, line)) {
    if (state == outside && line.starts_with(kMarker) && line.ends_with(" -->")) {
      out.push_back({line.substr(kMarker.size(), line.size() - kMarker.size() - 4), {}});
      state = before_fence;
    } else if (state == before_fence) {
      INFO("a checked draft's marker is not followed by a ``` fence");
      REQUIRE(line == "```");
      state = inside;
    } else if (state == inside) {
      if (line == "```") state = outside;
      else out.back().text += line + "\n";
    }
  }
  INFO("a checked draft's block is not closed");
  CHECK(state == outside);
  return out;
}

std::string without_cr(const std::string& text) {
  std::string out;
  for (char c : text)
    if (c != '\r') out += c;
  return out;
}

}  // namespace

TEST_CASE("the full drafts in docs/drafts.md are what rubric draft writes", "[draft][examples]") {
  Sandbox box;
  const std::string root = std::string("'") + RUBRIC_SOURCE_DIR + "/";
  ::setenv("SOURCE_DATE_EPOCH", "1767258000", 1);  // the Date the docs show (docs/drafts.md, "Reproducible dates")
  const int status = box.run("draft " + root + "rules/platform-reliability.rubric' " + root +
                             "examples/offers' --profile " + root + "examples/profile.json' --out drafts");
  ::unsetenv("SOURCE_DATE_EPOCH");
  INFO(box.err);
  REQUIRE(status == 1);  // incomplete-offer.json cannot be scored; every other offer is drafted
  const std::vector<DocDraft> shown = checked_drafts(read(fs::path(RUBRIC_SOURCE_DIR) / "docs" / "drafts.md"));
  REQUIRE(shown.size() == 2);
  for (const DocDraft& doc : shown) {
    const std::string produced = read(box.dir / "drafts" / doc.name);
    INFO("docs/drafts.md shows " << doc.name << " as it was; copy drafts/" << doc.name << " over its block");
    REQUIRE_FALSE(produced.empty());
    CHECK(without_cr(produced) == doc.text);
  }
  // The brief's §3 on the real examples: quarry's file names its recruiter, lumen's names none.
  const std::string quarry = read(box.dir / "drafts" / "quarry.eml");
  CHECK(contains(quarry, "\r\nTo: Elena Kowalczyk <elena.k@quarry.example>\r\n"));
  CHECK(contains(quarry, "\r\n\r\nHello Elena,\r\n"));
  const std::string lumen = read(box.dir / "drafts" / "lumen.eml");
  CHECK_FALSE(contains(lumen, "\r\nTo: "));
  CHECK(contains(lumen, "\r\n\r\nHello,\r\n"));
}
