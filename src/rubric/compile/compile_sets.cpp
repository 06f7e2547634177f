#include "rubric/compile/compile_sets.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>

#include <rubric/render.hpp>
#include <rubric/suggest.hpp>

namespace rubric {

namespace {

/// Returns `value` without one pair of surrounding double quotes (a JSON string as typed).
std::string unquoted(const std::string& value) {
  if (value.size() >= 2 && value.front() == '"' && value.back() == '"') return value.substr(1, value.size() - 2);
  return value;
}

/// Reads a JSON number (the whole of `text`); false when it is not one.
bool read_number(const std::string& text, double& out) {
  if (text.empty() || text.front() == '+' || text.front() == '.') return false;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, out);
  return ec == std::errc() && ptr == end && std::isfinite(out);
}

/// Types `setting` for field `spec`; returns "" or what is wrong.
std::string type_value(const FieldSpec& spec, const FactSetting& setting, SetFact& out) {
  const std::string& value = setting.value;
  switch (spec.kind) {
    case TypeKind::number:
    case TypeKind::money:
    case TypeKind::percent:
      if (!read_number(value, out.number)) {
        return fmt::format("expected {} (a number{}), found {}", to_string(spec.kind),
                           spec.kind == TypeKind::percent ? " of percent points: 25 for 25%" : "", value);
      }
      if (spec.kind == TypeKind::percent) out.number /= 100;
      return "";
    case TypeKind::boolean:
      if (value != "true" && value != "false") return fmt::format("expected bool (true or false), found {}", value);
      out.number = value == "true" ? 1 : 0;
      return "";
    case TypeKind::enumeration: {
      const std::string member = unquoted(value);
      for (std::size_t m = 0; m < spec.members.size(); ++m) {
        if (spec.members[m] == member) {
          out.number = static_cast<double>(m);
          return "";
        }
      }
      std::string members;
      for (const auto& m : spec.members) members += (members.empty() ? "" : ", ") + m;
      return fmt::format("expected one of {}, found {}", members, member);
    }
    case TypeKind::grant:  // a grant has terms, not one value: what-ifs on it belong in an offer file
      return "a grant cannot be set with --set (write the grant in a copy of the offer file)";
    default: out.text = unquoted(value); return "";
  }
}

/// Returns how the note spells a typed value: "260,000", "25%", "remote".
std::string shown(const FieldSpec& spec, const SetFact& fact) {
  switch (spec.kind) {
    case TypeKind::text: return fact.text;
    case TypeKind::enumeration: return spec.members[static_cast<std::size_t>(fact.number)];
    case TypeKind::boolean: return fact.number != 0 ? "true" : "false";
    default: return render_value(fact.number, spec.kind);
  }
}

}  // namespace

std::vector<std::string> apply_fact_settings(Plan& plan, const std::vector<FactSetting>& settings) {
  std::vector<std::string> errors;
  std::vector<std::string> paths;
  for (const auto& spec : plan.schema.fields) paths.push_back(spec.path);
  std::string note;
  for (const auto& setting : settings) {
    int field = -1;
    for (std::size_t f = 0; f < paths.size() && field < 0; ++f) {
      if (paths[f] == setting.path) field = static_cast<int>(f);
    }
    if (field < 0) {
      std::string hint = closest_name(setting.path, paths);
      errors.push_back(fmt::format("--set {}: no offer path '{}' in the rubric{}", setting.written, setting.path,
                                   hint.empty() ? "" : "; did you mean '" + hint + "'?"));
      continue;
    }
    SetFact fact;
    fact.offer = setting.offer;
    fact.field = field;
    const FieldSpec& spec = plan.schema.fields[static_cast<std::size_t>(field)];
    if (std::string problem = type_value(spec, setting, fact); !problem.empty()) {
      errors.push_back(fmt::format("--set {}: {}: {}", setting.written, setting.path, problem));
      continue;
    }
    note += fmt::format("{}{} = {}{}", note.empty() ? "" : ", ", setting.path, shown(spec, fact),
                        setting.offer.empty() ? "" : " for " + setting.offer);
    plan.schema.sets.push_back(std::move(fact));
  }
  if (!errors.empty() || note.empty()) return errors;
  note = "facts set for this run (--set): " + note;
  plan.weight_note = plan.weight_note.empty() ? note : plan.weight_note + "; " + note;
  return errors;
}

}  // namespace rubric
