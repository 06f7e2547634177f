#!/usr/bin/env bash
# `rubric schema` against an independent validator (Debian python3-jsonschema): for every shipped rubric,
# every example offer the rubric scores must validate, the one it cannot score (incomplete-offer.json, no
# comp.base) must not, and broken copies of a good offer must be rejected: a missing required field, a
# string where money belongs, an unknown enumeration value; and fact ranges (tests/data/robustness).
# Exit 77 (skipped) without the validator.
# Usage: scripts/check-schema.sh path/to/rubric (run from the repository root).
set -euo pipefail
rubric_bin=${1:?usage: check-schema.sh RUBRIC_BINARY}
python3 -c 'import jsonschema' 2>/dev/null || { echo "python3-jsonschema is not installed: skipped"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for rules in rules/*.rubric; do
  "$rubric_bin" schema "$rules" > "$work/schema.json"
  "$rubric_bin" eval "$rules" examples/offers --format json > "$work/eval.json" 2>/dev/null || true
  python3 - "$work/schema.json" "$work/eval.json" "$rules" <<'PY'
import copy, glob, json, sys
from jsonschema import Draft202012Validator
schema = json.load(open(sys.argv[1]))
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema)
scored = {o["source"]: o["total"] is not None for o in json.load(open(sys.argv[2]))["offers"]}
failures = []
for path in sorted(glob.glob("examples/offers/*.json")):
    offer = json.load(open(path))
    valid = validator.is_valid(offer)
    if valid != scored[path]:
        failures.append(f"{path}: schema says {'valid' if valid else 'invalid'}, rubric eval says "
                        f"{'scored' if scored[path] else 'not scored'}")
good = json.load(open("examples/offers/northwind.json"))
def broken(change, what):
    offer = copy.deepcopy(good)
    change(offer)
    if validator.is_valid(offer):
        failures.append(f"northwind.json with {what} passes the schema")
def unwrap(v):
    return v["value"] if isinstance(v, dict) and "value" in v else v
broken(lambda o: o["comp"].pop("base"), "comp.base removed")
broken(lambda o: o["comp"].__setitem__("base", "182k"), "comp.base \"182k\"")
broken(lambda o: o["comp"].__setitem__("base", {"value": "182k", "source": "call"}), "comp.base {\"value\": \"182k\"}")
broken(lambda o: o["scope"].__setitem__("level", "galaxy"), "scope.level \"galaxy\"")
broken(lambda o: o["oncall"].__setitem__("support", None), "oncall.support null (required)")
if failures:
    print(sys.argv[3] + ":\n  " + "\n  ".join(failures))
    sys.exit(1)
print(f"{sys.argv[3]}: schema ok ({len(scored)} example offers, 5 broken offers rejected)")
PY
done

# Fact ranges (docs/language.md, "Offer files"): the robustness fixture's offers, two of them with ranges,
# validate; a range with one bound, a bound that is not a number, or a range without a value does not.
fixture=tests/data/robustness
"$rubric_bin" schema "$fixture/fixture.rubric" > "$work/fixture-schema.json"
python3 - "$work/fixture-schema.json" "$fixture" <<'PY'
import copy, glob, json, sys
from jsonschema import Draft202012Validator
schema = json.load(open(sys.argv[1]))
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema)
failures = [f"{p}: {e.message}" for p in sorted(glob.glob(sys.argv[2] + "/*.json"))
            for e in validator.iter_errors(json.load(open(p)))]
elm = json.load(open(sys.argv[2] + "/elm.json"))
if "low" not in elm["comp"]["base"]:
    failures.append("elm.json has no range on comp.base any more")
def rejected(change, what):
    offer = copy.deepcopy(elm)
    change(offer)
    if validator.is_valid(offer):
        failures.append(f"elm.json with {what} passes the schema")
rejected(lambda o: o["comp"]["base"].pop("high"), "comp.base low without high")
rejected(lambda o: o["comp"]["base"].pop("low"), "comp.base high without low")
rejected(lambda o: o["comp"]["base"].__setitem__("low", "150k"), "comp.base low \"150k\"")
rejected(lambda o: o["comp"].__setitem__("sign_on", {"value": None, "low": 0, "high": 5000}), "a range on a null value")
if failures:
    print("fact ranges:\n  " + "\n  ".join(failures))
    sys.exit(1)
print("fact ranges: schema ok (the robustness fixture's offers, 4 broken ranges rejected)")
PY
