// The terminal form of an evaluation trace: one block per declaration, the
// clause's expression with its value, then the sub-values indented by depth.
#include <fmt/format.h>

#include <set>

#include <rubric/explain.hpp>

namespace rubric {

namespace {

// Each nesting level of sub-values indents by this many spaces.
constexpr std::size_t kIndent = 2;

void append_clause(const ClauseTrace& clause, std::string& out) {
  out += fmt::format("  {} = {}: {}\n", clause.name, clause.value.empty() ? "(not computed)" : clause.value,
                     clause.expression);
  for (const auto& line : clause.lines) {
    out += std::string(kIndent * static_cast<std::size_t>(line.depth + 1), ' ');
    if (line.number > 0) out += fmt::format("[{}] ", line.number);
    out += line.text;
    if (!line.value.empty()) out += " = " + line.value;
    if (!line.note.empty()) out += "  (" + line.note + ")";
    out += "\n";
  }
}

std::string heading(const DeclTrace& d) {
  std::string out = fmt::format("{} {}", to_string(d.kind), d.id);
  if (!d.label.empty()) out += fmt::format(" \"{}\"", d.label);
  if (d.kind == SymbolKind::let && !d.summary.empty()) return out + " = " + d.summary;
  return d.summary.empty() ? out : out + ": " + d.summary;
}

void append_decl(const DeclTrace& d, std::string& out) {
  out += heading(d) + "\n";
  for (const auto& c : d.clauses) append_clause(c, out);
  for (const auto& b : d.because) out += "  because: " + b + "\n";
  if (!d.error.empty()) out += "  error: " + d.error + "\n";
  out += "\n";
}

// Marks the criterion and, walking back through the evaluation order, every let it reads directly or
// through other lets: a trace line whose text is a let's name is a read of that let.
std::vector<bool> needed_for(const OfferTrace& trace, const std::string& criterion) {
  std::vector<bool> needed(trace.decls.size(), false);
  std::set<std::string> names;
  for (std::size_t i = trace.decls.size(); i-- > 0;) {
    const DeclTrace& d = trace.decls[i];
    const bool wanted = d.kind == SymbolKind::criterion ? d.id == criterion
                                                        : d.kind == SymbolKind::let && names.count(d.id);
    if (!wanted) continue;
    needed[i] = true;
    for (const auto& clause : d.clauses)
      for (const auto& line : clause.lines) names.insert(line.text);
  }
  return needed;
}

}  // namespace

std::string format_trace(const OfferTrace& trace, const std::string& criterion) {
  std::string out = fmt::format("offer {} ({})\n\n", trace.id, trace.source);
  if (!trace.errors.empty()) {
    for (const auto& e : trace.errors) out += "error: " + e + "\n";
    return out;
  }
  const std::vector<bool> needed = criterion.empty() ? std::vector<bool>() : needed_for(trace, criterion);
  for (std::size_t i = 0; i < trace.decls.size(); ++i)
    if (criterion.empty() || needed[i]) append_decl(trace.decls[i], out);
  if (criterion.empty() && !trace.total.empty()) out += "total: " + trace.total + "\n";
  while (out.ends_with("\n\n")) out.pop_back();
  return out;
}

}  // namespace rubric
