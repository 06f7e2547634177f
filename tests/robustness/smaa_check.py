#!/usr/bin/env python3
"""An independent check of `rubric eval --robustness` (docs/reports.md, "How sure is this?").

Python standard library only. It re-implements the sampling of the brief on its own and compares:

1. the shipped example (rules/platform-reliability.rubric, examples/offers): weights only. Criterion
   scores, penalties, caps and vetoes are taken from rubric's own JSON (they do not depend on weights);
2. tests/data/robustness: a rubric with ranged facts, scored here by a hand-written Python version of
   fixture.rubric, so the facts drawn in each sample are re-scored independently too;

each twice: with the same SplitMix64 stream (the shares must agree to within one sample) and with
Python's own Mersenne Twister and another seed (they must agree within 4.5 standard errors, the
Monte Carlo error). It also checks the negotiation targets of the fixture with the Python scorer:
the offer is recommended at the target and not 0.25% below it.

    tests/robustness/smaa_check.py [build/rubric]
"""
import json
import math
import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MASK = (1 << 64) - 1
TIE = 1e-9  # totals within this are equal (docs/language.md, "Scoring and decision")
FAILURES = []


class SplitMix64:
    """The robustness run's generator: one stream, seeded with --seed."""

    def __init__(self, seed):
        self.state = seed & MASK

    def random(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        z ^= z >> 31
        return (z >> 11) * (1.0 / 9007199254740992.0)


def check(condition, message):
    if not condition:
        FAILURES.append(message)


def total_of(weights, offer, low):
    s = 0.0
    for w, score in zip(weights, offer["scores"]):
        s += w * score
    t = s / 100 - offer["penalties"]
    if offer["cap"] is not None and offer["cap"] < t:
        t = offer["cap"]
    return max(t, low)


def ranks_of(offers, totals):
    """1-based ranks as a normal run gives them: kept offers by total, vetoed after, equal totals share."""
    ranks = [0] * len(offers)
    kept = [i for i, o in enumerate(offers) if not o["vetoed"]]
    vetoed = [i for i, o in enumerate(offers) if o["vetoed"]]
    for group, first in ((kept, 1), (vetoed, len(kept) + 1)):
        group = sorted(group, key=lambda i: (-totals[i], i))
        i = 0
        while i < len(group):
            j = i + 1
            while j < len(group) and totals[group[i]] - totals[group[j]] <= TIE:
                j += 1
            for k in range(i, j):
                ranks[group[k]] = first + i
            i = j
    return ranks


def sample(offers, nominal, spread, samples, rng, low, redraw=None):
    """Returns per offer: rank counts, the sum of weights where it ranked first (and their squares)."""
    n = len(offers)
    counts = [[0] * n for _ in offers]
    central = [[0.0] * len(nominal) for _ in offers]
    squares = [[0.0] * len(nominal) for _ in offers]
    for _ in range(samples):
        drawn = []
        for w in nominal:
            lo, hi = max(0.0, w - spread), w + spread
            drawn.append(lo + (hi - lo) * rng.random())
        total = sum(drawn)
        weights = [100 * x / total for x in drawn]
        current = redraw(rng) if redraw else offers
        totals = [total_of(weights, o, low) for o in current]
        for i, r in enumerate(ranks_of(current, totals)):
            counts[i][r - 1] += 1
            if r == 1:
                for k, w in enumerate(weights):
                    central[i][k] += w
                    squares[i][k] += w * w
    return counts, central, squares


def compare(name, reported, counts, central, squares, samples, exact, criteria):
    for i, offer in enumerate(reported["offers"]):
        for r, share in enumerate(offer["ranks"]):
            p = counts[i][r] / samples
            if exact:
                check(abs(share - p) <= 1.5 / samples, f"{name}: {offer['id']} rank {r + 1}: rubric {share}, python {p}")
            else:
                q = (share + p) / 2
                sigma = math.sqrt(max(q * (1 - q), 1 / samples) * (1 / samples + 1 / reported["samples"]))
                check(abs(share - p) <= 4.5 * sigma,
                      f"{name}: {offer['id']} rank {r + 1}: rubric {share}, python {p} (4.5 sigma = {4.5 * sigma:.4f})")
        firsts = counts[i][0]
        if "central_weights" not in offer or firsts < 30:
            continue
        check(sorted(offer["central_weights"]) == sorted(criteria), f"{name}: {offer['id']} central weights' keys")
        for criterion, w in offer["central_weights"].items():
            k = criteria.index(criterion)  # JSON objects have no order: match by criterion id
            mean = central[i][k] / firsts
            if exact:
                check(abs(w - mean) <= 1e-6 * max(1.0, abs(mean)),
                      f"{name}: {offer['id']} central weight {criterion}: rubric {w}, python {mean}")
            else:
                var = max(squares[i][k] / firsts - mean * mean, 1e-12)
                theirs = max(1, round(offer["first"] * reported["samples"]))
                se = math.sqrt(var / firsts + var / theirs)
                check(abs(w - mean) <= 4.5 * se + 1e-9,
                      f"{name}: {offer['id']} central weight {criterion}: rubric {w}, python {mean} (se {se:.4f})")


def run_rubric(binary, args):
    done = subprocess.run([binary, "eval", *args, "--format", "json", "--robustness"], cwd=ROOT,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, check=False)
    if done.returncode not in (0, 1):
        sys.exit(f"smaa_check: rubric {' '.join(args)} exited {done.returncode}: {done.stderr}")
    return json.loads(done.stdout)


def offers_from_json(doc):
    """Scored offers in the robustness object's order, described by rubric's own scores and flags."""
    by_id = {o["id"]: o for o in doc["offers"] if o["total"] is not None}
    out = []
    for entry in doc["robustness"]["offers"]:
        o = by_id[entry["id"]]
        caps = [f["cap"] for f in o["flags"] if f.get("cap") is not None]
        out.append({"id": o["id"], "scores": [c["score"] for c in o["criteria"]],
                    "penalties": sum(f.get("penalty", 0) for f in o["flags"]), "cap": min(caps) if caps else None,
                    "vetoed": o["vetoed"]})
    return out


def check_example(binary):
    seed, samples = 3, 4000
    doc = run_rubric(binary, ["rules/platform-reliability.rubric", "examples/offers", "--samples", str(samples),
                              "--seed", str(seed), "--spread", "12"])
    reported = doc["robustness"]
    offers = offers_from_json(doc)
    nominal = [c["weight"] for c in doc["offers"][0]["criteria"]]
    low = doc["scale"][0]
    criteria = [c["id"] for c in doc["offers"][0]["criteria"]]
    counts, central, squares = sample(offers, nominal, 12, samples, SplitMix64(seed), low)
    compare("example, same stream", reported, counts, central, squares, samples, True, criteria)
    mine = 20000
    counts, central, squares = sample(offers, nominal, 12, mine, random.Random(20261203), low)
    compare("example, independent", reported, counts, central, squares, mine, False, criteria)


# ---- tests/data/robustness/fixture.rubric, scored in Python ----

FIXTURE = "tests/data/robustness"
FIXTURE_FILES = ["oak.json", "pine.json", "elm.json", "ash.json"]  # input order: ordinals 0..3
FIELDS = ["comp.base", "comp.sign_on", "role.scope", "team.quality", "oncall.weeks"]  # declaration order
DEFAULTS = {"comp.sign_on": 0, "oncall.weeks": 0}


def clamp(x):
    return min(max(x, 0.0), 10.0)


def score_fixture(facts):
    pay_in = facts["comp.base"] + facts["comp.sign_on"] / 4
    if pay_in <= 150000:
        pay = 0.0
    elif pay_in >= 350000:
        pay = 10.0
    else:
        pay = 0 + (pay_in - 150000) * (10 - 0) / (350000 - 150000)
    scores = [clamp(pay), clamp(facts["role.scope"]), clamp(facts["team.quality"]),
              clamp(10 - 2 * facts["oncall.weeks"])]
    return {"scores": scores, "penalties": 1.0 if facts["oncall.weeks"] >= 3 else 0.0, "cap": None,
            "vetoed": facts["team.quality"] < 2}


def read_fixture():
    offers = []
    for name in FIXTURE_FILES:
        with open(os.path.join(ROOT, FIXTURE, name), encoding="utf-8") as f:
            raw = json.load(f)
        facts, ranges = dict(DEFAULTS), []
        for index, path in enumerate(FIELDS):
            node = raw
            for part in path.split("."):
                node = node.get(part) if isinstance(node, dict) else None
            if isinstance(node, dict):
                if "low" in node:
                    ranges.append((index, path, node["low"], node["high"]))
                node = node["value"]
            if node is not None:
                facts[path] = node
        offers.append({"id": raw["id"], "facts": facts, "ranges": ranges})
    return offers


def fixture_models(offers, facts_of):
    return [dict(score_fixture(facts_of(o)), id=o["id"]) for o in offers]


def fixture_redraw(offers):
    def redraw(rng):
        def drawn(o):
            facts = dict(o["facts"])
            for _, path, lo, hi in o["ranges"]:
                facts[path] = lo + (hi - lo) * rng.random()
            return facts
        return fixture_models(offers, drawn)
    return redraw


def recommended(models, index):
    totals = [total_of([40, 30, 20, 10], m, 0) for m in models]
    if models[index]["vetoed"]:
        return False
    return all(m["vetoed"] or totals[index] - totals[i] > TIE for i, m in enumerate(models) if i != index)


def check_targets(doc, offers):
    by_id = {o["id"]: i for i, o in enumerate(offers)}
    seen = 0
    for result in doc["offers"]:
        for target in result.get("to_first", []):
            seen += 1
            i = by_id[result["id"]]
            check(target["current"] == offers[i]["facts"][target["path"]], f"target {result['id']}: current")
            if target["value"] is None:
                top = 3 * max([offers[i]["facts"][target["path"]]] + [o["facts"][target["path"]] for o in offers])

                def at_top(o, j=i, path=target["path"], v=top):
                    return dict(o["facts"], **({path: v} if o is offers[j] else {}))

                check(not recommended(fixture_models(offers, at_top), i),
                      f"target {result['id']} {target['path']}: null, but first at {top}")
                continue
            for value, expect in ((target["value"], True), (target["value"] * 0.9975, False)):
                def changed(o, j=i, path=target["path"], v=value):
                    return dict(o["facts"], **({path: v} if o is offers[j] else {}))

                check(recommended(fixture_models(offers, changed), i) == expect,
                      f"target {result['id']} {target['path']} = {target['value']}: at {value} first should be {expect}")
    check(seen >= 4, f"expected targets for the fixture's offers, found {seen}")


def check_fixture(binary):
    seed, samples = 11, 4000
    doc = run_rubric(binary, [f"{FIXTURE}/fixture.rubric", *[f"{FIXTURE}/{n}" for n in FIXTURE_FILES],
                              "--samples", str(samples), "--seed", str(seed)])
    reported = doc["robustness"]
    check(reported["ranged_facts"] == 2, f"fixture: ranged_facts {reported['ranged_facts']}, expected 2")
    offers = read_fixture()
    # The robustness object lists offers in rank order; the draws go in input order.
    order = [next(i for i, o in enumerate(offers) if o["id"] == entry["id"]) for entry in reported["offers"]]
    redraw = fixture_redraw(offers)

    def in_rank_order(rng):
        models = redraw(rng)
        return [models[i] for i in order]

    base = [fixture_models(offers, lambda o: o["facts"])[i] for i in order]
    counts, central, squares = sample(base, [40, 30, 20, 10], 10, samples, SplitMix64(seed), 0, in_rank_order)
    criteria = ["pay", "scope", "team", "burden"]
    compare("fixture, same stream", reported, counts, central, squares, samples, True, criteria)
    mine = 20000
    counts, central, squares = sample(base, [40, 30, 20, 10], 10, mine, random.Random(7), 0, in_rank_order)
    compare("fixture, independent", reported, counts, central, squares, mine, False, criteria)
    check_targets(doc, offers)


def main():
    binary = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(ROOT, "build", "rubric")
    check_example(binary)
    check_fixture(binary)
    if FAILURES:
        for failure in FAILURES:
            print("smaa_check: FAIL: " + failure, file=sys.stderr)
        sys.exit(1)
    print("smaa_check: rank acceptability, central weights and targets agree with the Python sampler")


if __name__ == "__main__":
    main()
