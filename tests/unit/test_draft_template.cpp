// Draft templates and contexts, from hand-built results: what the body says, template errors, safety.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include <rubric/draft.hpp>
#include "test_draft_fixtures.hpp"

using namespace rubric;
using namespace draft_test;

namespace {

const std::string kSource = RUBRIC_SOURCE_DIR;

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Renders one offer's body with the built-in template.
std::string body_of(const OfferResult& offer, const Profile& profile = sam()) {
  std::string error;
  nlohmann::json context = draft_context(offer, profile, platform_run(), 0);
  std::string body = render_draft_body(default_draft_template(), context, error);
  REQUIRE(error.empty());
  return body;
}

// Returns the first line of an error message.
std::string first_line(const std::string& message) { return message.substr(0, message.find('\n')); }

}  // namespace

TEST_CASE("the built-in template is the shipped rules/templates/negotiation.mustache", "[draft]") {
  CHECK(default_draft_template().text == read_text(kSource + "/rules/templates/negotiation.mustache"));
  CHECK(make_draft_template("t", default_draft_template().text).error.empty());
}

TEST_CASE("the northwind draft asks for the range with its evidence, in a paragraph of its own", "[draft]") {
  std::string body = body_of(northwind());
  CHECK(body.rfind("Hello,\n\nThank you for the offer from Northwind Systems. I am excited", 0) == 0);
  CHECK(body.find("owns org-wide technical direction") == std::string::npos);  // a criterion's note: private
  CHECK(body.find("\n\nThere are a few points I would like to settle before I accept.\n\n") != std::string::npos);
  CHECK(body.find("\n\nOn compensation alignment, I would like to ask for 275,616 \xE2\x80\x93 293,480, as the role "
                  "owns org-level decisions and pay scores 5.26 of 10. In my recent work I reduced incident recovery "
                  "time by 60% and led rollout safety improvements that cut deployment rollbacks by 40%.\n\n") !=
        std::string::npos);
  CHECK(body.find("owned the migration") == std::string::npos);  // not tagged reliability or incidents
  CHECK(body.find("in writing:") == std::string::npos);          // everything is confirmed
  CHECK(body.ends_with("Best regards,\nSam Rivera\nsam@example.com\n"));
}

TEST_CASE("the lumen draft asks to put responsibilities in writing, once", "[draft]") {
  std::string body = body_of(lumen());
  CHECK(body.find("owns decisions across several teams") == std::string::npos);
  CHECK(body.find("could you please confirm the following in writing:\n- Responsibilities in writing (ownership "
                  "boundaries are not yet written down)\n") != std::string::npos);
  CHECK(body.find("I would like to discuss") == std::string::npos);  // the ask is the confirm item above
  CHECK(body.find("Compensation details") == std::string::npos);     // already confirmed
  CHECK(body.find("In my recent work") == std::string::npos);        // no ask cites anything
  CHECK(body.ends_with("Best regards,\nSam Rivera\nsam@example.com\n"));
}

TEST_CASE("an offer with no asks and nothing to confirm gets a short draft", "[draft]") {
  OfferResult offer = northwind();
  offer.asks.clear();
  offer.company.clear();
  std::string body = body_of(offer);
  nlohmann::json context = draft_context(offer, sam(), platform_run(), 0);
  CHECK(context["short"] == true);
  CHECK(context["subject"] == "Your offer: confirming details and next steps");
  CHECK(body.find("Thank you for the offer.") != std::string::npos);
  CHECK(body.find("confirm the final details in writing") != std::string::npos);
  CHECK(body.find("next steps") != std::string::npos);
  CHECK(body.find("What I would like to discuss") == std::string::npos);
  CHECK(body.ends_with("Sam Rivera\nsam@example.com\n"));
}

TEST_CASE("the context carries rendered, single-line values", "[draft]") {
  OfferResult offer = northwind();
  offer.role_title = "Staff Platform Engineer";
  offer.contact_name = "Dana\r\nLee";
  offer.contact_email = "dana@northwind.example";
  nlohmann::json context = draft_context(offer, sam(), platform_run(), 0);
  CHECK(context["subject"] == "Offer from Northwind Systems: a few points before I accept");  // 80 with the title
  CHECK(context["greeting"] == "Hello Dana,");
  CHECK(context["recipient"]["email"] == "dana@northwind.example");
  CHECK(context["offer"]["description"] == "the offer for the Staff Platform Engineer role at Northwind Systems");
  CHECK(context["offer"]["total"] == "7.84");
  CHECK(context["asks"][0]["phrase"] == "compensation alignment");
  CHECK(context["asks"][0]["low"] == "275,616");
  CHECK(context["asks"][0]["high"] == "293,480");
  CHECK(context["asks"][0]["evidence"].size() == 2);
  CHECK(context["date"] == "Thu, 01 Jan 1970 00:00:00 +0000");
}

TEST_CASE("the context holds no criterion's reasons: there is no anchor any more", "[draft]") {
  nlohmann::json context = draft_context(northwind(), sam(), platform_run(), 0);
  CHECK_FALSE(context.contains("anchor"));
  CHECK(context.dump().find("first-year total compensation") == std::string::npos);
  CHECK(body_of(northwind()).find("There are a few points I would like to settle before I accept.") !=
        std::string::npos);
}

TEST_CASE("percent and number ranges render per their type", "[draft]") {
  OfferResult offer = northwind();
  offer.asks[0].range = std::make_pair(0.1, 0.15);
  offer.asks[0].range_type = TypeKind::percent;
  CHECK(draft_context(offer, sam(), platform_run(), 0)["asks"][0]["range"] == "10% \xE2\x80\x93 15%");
  offer.asks[0].range_type = TypeKind::number;
  offer.asks[0].range = std::make_pair(2.0, 3.5);
  CHECK(draft_context(offer, sam(), platform_run(), 0)["asks"][0]["range"] == "2 \xE2\x80\x93 3.5");
}

TEST_CASE("a template with an unclosed section names the file, line and section", "[draft]") {
  TemplateLoad load = load_draft_template(kSource + "/tests/data/draft/broken.mustache");
  CHECK_FALSE(load.draft_template);
  CHECK(first_line(load.error) == kSource + "/tests/data/draft/broken.mustache:5:1: error: '{{/ask}}' does not close "
                                            "section 'asks' (opened at line 3)");
}

TEST_CASE("template structure errors are located", "[draft]") {
  CHECK(first_line(make_draft_template("t", "a\n{{#x}}\nb\n").error) ==
        "t:2:1: error: section 'x' is never closed (no '{{/x}}')");
  CHECK(first_line(make_draft_template("t", "a {{/x}}").error) ==
        "t:1:3: error: '{{/x}}' closes a section that is not open");
  CHECK(first_line(make_draft_template("t", "\n\nhello {{name").error) == "t:3:7: error: '{{' is never closed by '}}'");
  CHECK(first_line(make_draft_template("t", "{{=<% %>=}}<%#x%>{{y}}<%/x%>").error).empty());
  CHECK(first_line(make_draft_template("t", "{{=<% %>=}}<%#x%><%/y%>").error) ==
        "t:1:18: error: '<%/y%>' does not close section 'x' (opened at line 1)");
  std::string missing = load_draft_template(kSource + "/tests/data/draft/none.mustache").error;
  CHECK(missing.find("none.mustache: error: no such file") != std::string::npos);
}

TEST_CASE("deeply nested templates are refused, not recursed into", "[draft]") {
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "{{#a}}";
  for (int i = 0; i < 100000; ++i) text += "{{/a}}";
  CHECK(make_draft_template("t", text).error.find("sections nest more than 64 levels deep") != std::string::npos);
}

TEST_CASE("templates render plain text: no HTML escaping, no partials", "[draft]") {
  OfferResult offer = northwind();
  offer.company = "Smith & <Sons> {{> offer}}";
  nlohmann::json context = draft_context(offer, sam(), platform_run(), 0);
  TemplateLoad load = make_draft_template("t", "{{offer.company}}|{{> offer}}|{{> company}}");
  REQUIRE(load.draft_template);
  std::string error;
  CHECK(render_draft_body(*load.draft_template, context, error) == "Smith & <Sons> {{> offer}}||\n");
  CHECK(error.empty());
}

TEST_CASE("a hostile company name cannot add a header", "[draft]") {
  OfferResult offer = northwind();
  offer.company = "Evil Corp\r\nBcc: victim@example.com\r\n\r\nInjected body";
  offer.role_title = "Staff\xE2\x80\xA8"
                     "Engineer\nX-Priority: 1";
  offer.contact_name = "Mallory\r\nCc: spy@example.com";
  offer.contact_email = "mallory@evil.example\r\nBcc: victim@example.com";
  Draft draft = make_draft(offer, sam(), platform_run(), default_draft_template(), DraftFormat::eml, 0);
  REQUIRE(draft.error.empty());
  std::string headers = draft.content.substr(0, draft.content.find("\r\n\r\n") + 2);
  std::istringstream lines(headers);
  std::string line;
  std::vector<std::string> names;
  while (std::getline(lines, line)) {
    REQUIRE(line.ends_with("\r"));  // every header line ends in CRLF: no bare LF or CR inside
    if (line[0] != ' ') names.push_back(line.substr(0, line.find(':')));
  }
  CHECK(names == std::vector<std::string>{"From", "Subject", "Date", "MIME-Version", "Content-Type",
                                          "Content-Transfer-Encoding", "X-Unsent"});
  CHECK(headers.find("\r\nBcc") == std::string::npos);
  CHECK(headers.find("\r\nX-Priority") == std::string::npos);
  // Cut to 78 characters, so the ellipsis makes it an encoded word: the context shows it plain.
  CHECK(draft_context(offer, sam(), platform_run(), 0)["subject"] ==
        "Offer from Evil Corp Bcc: victim@example.com In\xE2\x80\xA6: a few points before I accept");
  CHECK(headers.find("\r\nSubject: =?utf-8?B?") != std::string::npos);
  REQUIRE(draft.warnings.size() == 1);  // the contact address is unusable, so there is no To
  CHECK(draft.warnings[0].find("contact.email") != std::string::npos);
}

TEST_CASE("an ask citing tags no achievement carries is drafted with a warning", "[draft]") {
  OfferResult offer = northwind();
  offer.asks[0].cite = {"kubernetes"};
  Draft draft = make_draft(offer, sam(), platform_run(), default_draft_template(), DraftFormat::txt, 0);
  REQUIRE(draft.error.empty());
  CHECK(draft.content.find("In my recent work") == std::string::npos);
  REQUIRE(draft.warnings.size() == 1);
  CHECK(draft.warnings[0] == "ask 'pay_alignment' cites 'kubernetes' but no achievement in the profile has those tags");
}

TEST_CASE("offer ids become safe file names", "[draft]") {
  CHECK(draft_file_stem("northwind") == "northwind");
  CHECK(draft_file_stem("../../etc/passwd") == "_._.._etc_passwd");
  CHECK(draft_file_stem("..") == "_.");
  CHECK(draft_file_stem(".hidden") == "_hidden");
  CHECK(draft_file_stem("a/b\\c d") == "a_b_c_d");
  CHECK(draft_file_stem("") == "offer");
  CHECK(draft_file_stem(std::string(1000, 'x')).size() == 120);
}
