// Only the form is checked here; whether PATH is declared and VALUE fits it is the compiler's business.
#include "cli/set_arg.hpp"

#include "cli/commands.hpp"

namespace rubric::cli {

bool parse_set_arguments(const std::vector<std::string>& arguments, std::vector<FactSetting>& out, std::string& error) {
  for (const auto& argument : arguments) {
    const std::size_t equals = argument.find('=');
    FactSetting setting;
    setting.written = argument;
    const std::string left = argument.substr(0, equals);
    const std::size_t colon = left.rfind(':');  // paths never hold ':'; an offer id may
    setting.offer = colon == std::string::npos ? "" : left.substr(0, colon);
    setting.path = colon == std::string::npos ? left : left.substr(colon + 1);
    if (equals == std::string::npos || setting.path.empty() || equals + 1 == argument.size() ||
        (colon != std::string::npos && setting.offer.empty())) {
      error = "--set '" + argument + "': expected [OFFER:]PATH=VALUE, e.g. comp.base=260000 or lumen:comp.base=260000";
      return false;
    }
    setting.value = argument.substr(equals + 1);
    out.push_back(std::move(setting));
  }
  return true;
}

void add_fact_options(CLI::App* command, FactOptions& options) {
  command
      ->add_option("--set", options.sets,
                   "[OFFER:]PATH=VALUE: use VALUE for the offer fact PATH in this run, for offer OFFER (its id) "
                   "or every offer; typed like the offer file (260000, 25 for 25%, true, remote)")
      ->allow_extra_args(false)
      ->type_name("[OFFER:]PATH=VALUE");
  command->add_flag("--strict", options.strict,
                    "Treat an offer's warnings (keys the rubric does not declare, fractions in percent fields) "
                    "as errors: that offer is not scored; so is a --set OFFER: that names no offer");
}

bool apply_fact_options(const FactOptions& options, CompileOptions& compile_options) {
  std::string error;
  if (!parse_set_arguments(options.sets, compile_options.sets, error)) {
    print_error(error);
    return false;
  }
  compile_options.strict = options.strict;
  return true;
}

}  // namespace rubric::cli
