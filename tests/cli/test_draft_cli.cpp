// `rubric draft` end to end: golden drafts for the brief's offers, exit statuses, no overwriting,
// template selection. Set RUBRIC_UPDATE_GOLDEN=1 to rewrite tests/golden/drafts/ after a reviewed change.
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace {

const fs::path kSource = RUBRIC_SOURCE_DIR;
const fs::path kData = kSource / "tests" / "data" / "draft";
const fs::path kGolden = kSource / "tests" / "golden" / "drafts";
const std::string kRubric = (kSource / "rules" / "platform-reliability.rubric").string();
const std::string kProfile = (kData / "profile.json").string();
// 2026-01-01 09:00:00 UTC: golden drafts carry this Date.
constexpr const char* kFixedDate = "1767258000";

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write_text(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

// A fresh folder per test under the system's temporary folder, removed at the end.
struct TempDir {
  fs::path path;
  TempDir() {
    static std::atomic<int> counter{0};
    path = fs::temp_directory_path() /
           ("rubric-draft-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter.fetch_add(1)));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

struct Ran {
  int status = -1;
  std::string out;
  std::string err;
};

std::string quote(const std::string& arg) {
  std::string out = "'";
  for (char c : arg) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

/// Returns the brief's two offers as shell arguments, read from examples/offers/ (not copies).
std::string core_offers() {
  const fs::path offers = kSource / "examples" / "offers";
  return quote((offers / "lumen.json").string()) + " " + quote((offers / "northwind.json").string());
}

// Runs `rubric draft ARGS` with a fixed date, capturing both streams.
Ran draft(const TempDir& dir, const std::string& args) {
  fs::path out = dir.path / "stdout.txt", err = dir.path / "stderr.txt";
  std::string command = std::string("SOURCE_DATE_EPOCH=") + kFixedDate + " " + quote(RUBRIC_BINARY) + " draft " + args +
                        " >" + quote(out.string()) + " 2>" + quote(err.string());
  int raw = std::system(command.c_str());
  Ran ran;
  ran.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  ran.out = read_text(out);
  ran.err = read_text(err);
  return ran;
}

// Compares a produced draft with its golden file (or rewrites the golden file when asked to).
void check_golden(const fs::path& produced, const std::string& golden_name) {
  INFO("draft " << produced.string() << " against tests/golden/drafts/" << golden_name);
  REQUIRE(fs::exists(produced));
  if (std::getenv("RUBRIC_UPDATE_GOLDEN")) {
    fs::create_directories(kGolden);
    fs::copy_file(produced, kGolden / golden_name, fs::copy_options::overwrite_existing);
  }
  CHECK(read_text(produced) == read_text(kGolden / golden_name));
}

std::string drafts_args(const TempDir& dir, const std::string& inputs) {
  return quote(kRubric) + " " + inputs + " --profile " + quote(kProfile) + " --out " + quote((dir.path / "d").string());
}

}  // namespace

TEST_CASE("drafts for the brief's offers match the golden drafts", "[draft]") {
  TempDir dir;
  Ran ran = draft(dir, drafts_args(dir, core_offers() + " " + quote((kData / "extra").string())));
  INFO(ran.err);
  REQUIRE(ran.status == 0);
  check_golden(dir.path / "d" / "northwind.eml", "northwind.eml");
  check_golden(dir.path / "d" / "lumen.eml", "lumen.eml");
  check_golden(dir.path / "d" / "settled.eml", "settled.eml");
  std::string northwind = read_text(dir.path / "d" / "northwind.eml");
  CHECK(northwind.find("275,616 \xE2\x80\x93 293,480") != std::string::npos);
  CHECK(northwind.find("reduced incident recovery time by 60%") != std::string::npos);
  CHECK(northwind.find("\r\nSam Rivera\r\n") != std::string::npos);
  std::string lumen = read_text(dir.path / "d" / "lumen.eml");
  CHECK(lumen.find("confirm the following in writing:\r\n- Responsibilities in writing (ownership boundaries are "
                   "not yet written down)\r\n") != std::string::npos);
  CHECK(lumen.find("\r\nSam Rivera\r\n") != std::string::npos);
  CHECK(ran.out.find("northwind.eml\n") != std::string::npos);  // the paths written are listed
}

TEST_CASE("md and txt drafts hold the body without headers", "[draft]") {
  TempDir dir;
  Ran ran = draft(dir, drafts_args(dir, core_offers()) + " --format md");
  INFO(ran.err);
  REQUIRE(ran.status == 0);
  check_golden(dir.path / "d" / "northwind.md", "northwind.md");
  std::string eml = read_text(kGolden / "northwind.eml");
  std::string body = eml.substr(eml.find("\r\n\r\n") + 4);
  std::string lf;
  for (char c : body) {
    if (c != '\r') lf += c;
  }
  CHECK(read_text(dir.path / "d" / "northwind.md") == lf);
}

TEST_CASE("an existing draft is not replaced without --force", "[draft]") {
  TempDir dir;
  std::string args = drafts_args(dir, core_offers());
  REQUIRE(draft(dir, args).status == 0);
  write_text(dir.path / "d" / "lumen.eml", "my edited draft");
  fs::remove(dir.path / "d" / "northwind.eml");
  Ran again = draft(dir, args);
  CHECK(again.status == 2);
  CHECK(again.err.find("lumen.eml: error: a draft already exists; use --force to replace it") != std::string::npos);
  CHECK(read_text(dir.path / "d" / "lumen.eml") == "my edited draft");
  CHECK_FALSE(fs::exists(dir.path / "d" / "northwind.eml"));  // nothing is written when anything would be replaced
  Ran forced = draft(dir, args + " --force");
  CHECK(forced.status == 0);
  CHECK(read_text(dir.path / "d" / "lumen.eml") == read_text(kGolden / "lumen.eml"));
  for (const auto& entry : fs::directory_iterator(dir.path / "d")) {
    CHECK(entry.path().filename().string().front() != '.');  // no temporary file is left behind
  }
}

TEST_CASE("profile and template problems exit 2 naming the file", "[draft]") {
  TempDir dir;
  std::string offers = core_offers();
  SECTION("missing profile") {
    Ran ran = draft(dir, quote(kRubric) + " " + offers + " --profile nope.json --out " + quote(dir.path.string()));
    CHECK(ran.status == 2);
    CHECK(ran.err.find("nope.json: error: no such file") != std::string::npos);
  }
  SECTION("malformed profile") {
    write_text(dir.path / "p.json", "{\n  \"name\": \"Sam\",\n  \"email\": 3\n}\n");
    Ran ran = draft(dir, quote(kRubric) + " " + offers + " --profile " + quote((dir.path / "p.json").string()));
    CHECK(ran.status == 2);
    CHECK(ran.err.find("p.json:3:12: error: $.email: expected") != std::string::npos);
  }
  SECTION("template that does not parse") {
    Ran ran = draft(dir, drafts_args(dir, offers) + " --template " + quote((kData / "broken.mustache").string()));
    CHECK(ran.status == 2);
    CHECK(ran.err.find("broken.mustache:5:1: error: '{{/ask}}' does not close section 'asks'") != std::string::npos);
    CHECK_FALSE(fs::exists(dir.path / "d"));
  }
  SECTION("no profile option") {
    Ran ran = draft(dir, quote(kRubric) + " " + offers);
    CHECK(ran.status == 2);
  }
}

TEST_CASE("an offer that cannot be scored exits 1 and the others are drafted", "[draft]") {
  TempDir dir;
  Ran ran = draft(dir, drafts_args(dir, core_offers() + " " + quote((kData / "bad").string())));
  CHECK(ran.status == 1);
  CHECK(ran.err.find("incomplete.json: error:") != std::string::npos);
  CHECK(fs::exists(dir.path / "d" / "northwind.eml"));
  CHECK(fs::exists(dir.path / "d" / "lumen.eml"));
  CHECK_FALSE(fs::exists(dir.path / "d" / "incomplete.eml"));
}

TEST_CASE("a hostile offer file cannot add headers or escape the drafts folder", "[draft]") {
  TempDir dir;
  Ran ran = draft(dir, drafts_args(dir, quote((kData / "hostile").string())));
  INFO(ran.err);
  REQUIRE(ran.status == 0);
  fs::path produced = dir.path / "d" / "_._.._etc_passwd.eml";
  REQUIRE(fs::exists(produced));
  std::string text = read_text(produced);
  std::string headers = text.substr(0, text.find("\r\n\r\n") + 2);
  CHECK(headers.find("\r\nBcc:") == std::string::npos);
  CHECK(headers.find("\r\nCc:") == std::string::npos);
  CHECK(headers.find("\r\nX-Priority:") == std::string::npos);
  CHECK(headers.find("To: \"Mallory Cc: spy@example.com\" <mallory@evil.example>\r\n") != std::string::npos);
  for (std::size_t i = 0; i < headers.size(); ++i) {
    if (headers[i] == '\n' || headers[i] == '\r') CHECK(headers.compare(i - (headers[i] == '\n'), 2, "\r\n") == 0);
  }
  check_golden(produced, "hostile.eml");
}

TEST_CASE("draft --context prints the JSON each template receives", "[draft]") {
  TempDir dir;
  Ran ran = draft(dir, drafts_args(dir, core_offers()) + " --context");
  REQUIRE(ran.status == 0);
  auto contexts = nlohmann::json::parse(ran.out);
  REQUIRE(contexts.size() == 2);
  CHECK(contexts[0]["offer"]["id"] == "lumen");  // input order: folder entries sorted by name
  CHECK(contexts[1]["asks"][0]["range"] == "275,616 \xE2\x80\x93 293,480");
  CHECK(contexts[1]["date"] == "Thu, 01 Jan 2026 09:00:00 +0000");
  CHECK_FALSE(fs::exists(dir.path / "d"));  // --context drafts nothing
}

TEST_CASE("a rubric's draft declaration selects its template; --template overrides it", "[draft]") {
  TempDir dir;
  std::string args = quote((kData / "custom-draft.rubric").string()) + " " + core_offers() + " --profile " +
                     quote(kProfile) + " --format txt --out " + quote((dir.path / "d").string());
  Ran ran = draft(dir, args);
  INFO(ran.err);
  REQUIRE(ran.status == 0);
  CHECK(read_text(dir.path / "d" / "lumen.txt") == "[scope_in_writing] -- Sam Rivera\n");
  Ran overridden = draft(
      dir, args + " --force --template " + quote((kSource / "rules" / "templates" / "negotiation.mustache").string()));
  REQUIRE(overridden.status == 0);
  CHECK(read_text(dir.path / "d" / "lumen.txt").rfind("Hello,\n\nThank you for the offer from Lumen Labs.", 0) == 0);
}
