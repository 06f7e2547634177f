// Typing of function calls: known names, arity, argument types, scale() points, round() digits.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include <rubric/limits.hpp>
#include "rubric/check/check_context.hpp"

namespace rubric::checker {

namespace {

// min and max take any number of arguments past two.
constexpr std::size_t kUnbounded = std::numeric_limits<std::size_t>::max();

struct Function {
  std::string_view name;
  std::size_t min_args;
  std::size_t max_args;
};

// The built-in functions (docs/design.md "Functions"); scale counts its value plus at least two points.
constexpr Function kFunctions[] = {
    {"abs", 1, 1},         {"clamp", 3, 3},   {"max", 2, kUnbounded},
    {"max_of", 1, 1},      {"mean_of", 1, 1}, {"min", 2, kUnbounded},
    {"min_of", 1, 1},      {"round", 2, 2},   {"scale", 3, kUnbounded},
    {"grant_value", 1, 1}, {"vested", 2, 2},  {"vested_through", 2, 2},
};

const Function* find_function(std::string_view name) {
  for (const auto& f : kFunctions) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

void report_unknown_function(Context& cx, const ast::Expr& call) {
  std::vector<std::string> known;
  for (const auto& f : kFunctions) known.emplace_back(f.name);
  std::sort(known.begin(), known.end());
  std::vector<std::string> notes;
  std::string hint = suggest_among(call.text, known);
  if (!hint.empty()) notes.push_back(fmt::format("did you mean {}?", quoted(hint)));
  std::string list;
  for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
  notes.push_back("known functions: " + list);
  cx.error(call.range, fmt::format("unknown function {}", quoted(call.text)), std::move(notes));
}

bool arity_ok(Context& cx, const ast::Expr& call, const Function& f) {
  std::size_t n = call.children.size();
  if (n >= f.min_args && n <= f.max_args) return true;
  std::string want = f.max_args == kUnbounded ? fmt::format("at least {}", f.min_args) : number_text(f.min_args);
  cx.error(call.range, fmt::format("{} takes {} argument{}, found {}", quoted(f.name), want,
                                   f.min_args == 1 && f.max_args == 1 ? "" : "s", n));
  return false;
}

// Reports a non-numeric argument; returns false when the argument is unusable.
bool numeric_arg(Context& cx, const ast::Expr& arg, std::string_view function) {
  if (arg.type.kind == TypeKind::error) return false;
  if (is_numeric(arg.type.kind)) return true;
  cx.error(arg.range, fmt::format("{} needs numeric arguments, found {}", quoted(function), type_name(arg.type)));
  return false;
}

Type type_round(Context& cx, ast::Expr& call) {
  const ast::Expr& digits = *call.children[1];
  double d = digits.number;
  bool literal = digits.kind == ast::ExprKind::number && d >= 0 && d <= kMaxRoundDigits && std::floor(d) == d;
  if (!literal) {
    cx.error(digits.range,
             fmt::format("'round' takes its digits as an integer literal from 0 to {}", number_text(kMaxRoundDigits)));
  }
  bool ok = numeric_arg(cx, *call.children[0], "round");
  return ok && literal ? call.children[0]->type : Type{};
}

// Types one `x => y` of scale(): x a number literal above the previous x, y numeric.
void type_point(Context& cx, ast::Expr& point, bool& have_previous, double& previous) {
  if (point.children.size() != 2 || !point.children[0] || !point.children[1]) return;
  ast::Expr& x = *point.children[0];
  ast::Expr& y = *point.children[1];
  type_expr(cx, x);
  Type yt = type_expr(cx, y);
  double v = 0;
  if (!literal_number(x, v)) {
    cx.error(x.range, "a 'scale' point needs a number literal before '=>'");
  } else {
    if (have_previous && !(v > previous)) {
      cx.error(x.range, fmt::format("'scale' points must be strictly ascending: {} comes after {}", number_text(v),
                                    number_text(previous)));
    }
    have_previous = true;
    previous = v;
  }
  point.type = numeric_arg(cx, y, "scale") ? yt : Type{};
}

Type type_scale(Context& cx, ast::Expr& call) {
  auto& args = call.children;
  if (args.empty()) {
    cx.error(call.range, "'scale' takes a value and at least 2 points x => y");
    return {};
  }
  ast::Expr& value = *args[0];
  bool ok = value.kind != ast::ExprKind::point;
  if (!ok) {
    for (auto& part : value.children) {
      if (part) type_expr(cx, *part);
    }
    value.type = Type{};
    cx.error(value.range, "'scale' takes its value first, then points x => y");
  }
  ok = ok && numeric_arg(cx, value, "scale");
  bool have_previous = false;
  double previous = 0;
  for (std::size_t i = 1; i < args.size(); ++i) {
    ast::Expr& arg = *args[i];
    if (arg.kind == ast::ExprKind::point) {
      type_point(cx, arg, have_previous, previous);
    } else {
      cx.error(arg.range, "'scale' takes points written x => y after its value");
    }
  }
  if (args.size() < 3) {
    cx.error(call.range, fmt::format("'scale' needs at least 2 points, found {}", args.size() - 1));
    return {};
  }
  return ok ? Type{TypeKind::number} : Type{};
}

}  // namespace

Type type_call(Context& cx, ast::Expr& call) {
  if (is_grant_function(call.text)) return type_grant_call(cx, call);
  const Function* f = find_function(call.text);
  auto& args = call.children;
  bool scale = f && f->name == "scale";
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (!args[i]) return {};
    // scale() types its points itself; everywhere else a point is an error type_expr reports.
    if (!(scale && args[i]->kind == ast::ExprKind::point)) type_expr(cx, *args[i]);
  }
  if (!f) {
    report_unknown_function(cx, call);
    return {};
  }
  if (scale) return type_scale(cx, call);
  if (!arity_ok(cx, call, *f)) return {};
  if (f->name == "round") return type_round(cx, call);
  bool ok = true;
  for (const auto& arg : args) ok = numeric_arg(cx, *arg, f->name) && ok;
  // min, max, clamp, abs and round take the first argument's type; aggregates their argument's.
  return ok ? args[0]->type : Type{};
}

}  // namespace rubric::checker
