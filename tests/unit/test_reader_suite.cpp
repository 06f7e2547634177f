// Runs the reader over JSONTestSuite's parsing cases when RUBRIC_JSON_TEST_SUITE points at its
// test_parsing folder (scripts/json-test-suite.sh does this); skipped otherwise. Every case must read
// without crashing, hanging or leaking; y_ objects must read clean.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "rubric/input/inputs.hpp"

using namespace rubric;

namespace {

struct Tally {
  int accepted = 0;
  int rejected = 0;
  std::vector<std::string> names;  // accepted n_ cases, rejected y_ objects
};

std::string stem_of(const std::string& path) { return std::filesystem::path(path).filename().string(); }

}  // namespace

TEST_CASE("reader survives JSONTestSuite", "[reader][json-test-suite]") {
  const char* folder = std::getenv("RUBRIC_JSON_TEST_SUITE");
  if (folder == nullptr || *folder == '\0') {
    std::cout << "skipped: set RUBRIC_JSON_TEST_SUITE to JSONTestSuite's test_parsing folder\n";
    return;
  }
  REQUIRE(std::filesystem::is_directory(folder));
  // A declared field of each kind, so some cases go through the typed paths as well as the skip.
  OfferSchema schema;
  for (auto [path, kind] : {std::pair{"a", TypeKind::number}, std::pair{"asd", TypeKind::text},
                            std::pair{"", TypeKind::boolean}, std::pair{"foo.bar", TypeKind::percent}}) {
    FieldSpec spec;
    spec.path = path;
    spec.segments = {path};
    spec.kind = kind;
    spec.required = false;
    schema.fields.push_back(spec);
  }
  OfferReader typed(schema);
  OfferReader plain(OfferSchema{});
  OfferReader typed_full(schema, ReadMode::full_only);  // the fast path must say what the full reader says
  OfferReader plain_full(OfferSchema{}, ReadMode::full_only);
  InputStream in({folder});
  InputDocument doc;
  Facts facts, full;
  auto said = [](const Facts& f) {
    std::string s;
    for (const auto& e : f.errors) s += "error: " + e.message + "\n";
    for (const auto& w : f.warnings) s += "warning: " + w.message + "\n";
    for (double n : f.numbers) s += std::to_string(n) + "\n";
    return s;
  };
  Tally y_objects, n_cases, i_cases;
  int documents = 0;
  while (in.next(doc)) {
    ++documents;
    INFO(doc.source);
    typed.read(doc, facts);
    typed_full.read(doc, full);
    CHECK(said(facts) == said(full));
    plain_full.read(doc, full);
    plain.read(doc, facts);
    CHECK(said(facts) == said(full));
    const std::string name = stem_of(doc.source);
    const bool ok = facts.errors.empty();
    Tally* tally = nullptr;
    if (name.rfind("n_", 0) == 0) tally = &n_cases;
    if (name.rfind("i_", 0) == 0) tally = &i_cases;
    if (name.rfind("y_", 0) == 0 && doc.json.find('{') != std::string_view::npos &&
        doc.json.find_first_not_of(" \t\r\n") == doc.json.find('{')) {
      tally = &y_objects;
    }
    if (tally == nullptr) continue;
    (ok ? tally->accepted : tally->rejected)++;
    if ((tally == &n_cases && ok) || (tally == &y_objects && !ok)) tally->names.push_back(name);
  }
  std::cout << "JSONTestSuite: " << documents << " documents; y_ objects read clean: " << y_objects.accepted << "/"
            << y_objects.accepted + y_objects.rejected << "; n_ accepted: " << n_cases.accepted << "/"
            << n_cases.accepted + n_cases.rejected << "; i_ accepted: " << i_cases.accepted << "/"
            << i_cases.accepted + i_cases.rejected << "\n";
  for (const auto& name : n_cases.names) std::cout << "  accepted n_ case: " << name << "\n";
  for (const auto& name : y_objects.names) std::cout << "  rejected y_ object: " << name << "\n";
  CHECK(documents > 0);
  CHECK(y_objects.names.empty());
}
