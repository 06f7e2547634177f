#!/usr/bin/env python3
"""Times the robustness run (docs/reports.md, "How sure is this?"): prints figures, asserts nothing.

Usage: bench/robustness.py [RUBRIC_BINARY] (default build/rubric; build it in Release first)

For each case it runs `rubric eval RUBRIC OFFERS --format json --robustness` with --samples 10000
and with --samples 1, RUNS times each (default 5), and prints the medians and their difference:
the cost of 10,000 samples, without compiling, reading and printing, in wall-clock and CPU time.
Cases:

- 10 offers x 10 criteria (bench/gen_rubric.py 10), weights only: the brief asks for < 50 ms;
- the same with one ranged fact per offer (comp.base {"value", "low", "high"}), so every sample
  re-evaluates all 10 offers: the brief asks for < 1 s;
- the shipped examples (rules/platform-reliability.rubric, examples/offers), as `rubric report`.
"""
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNS = int(os.environ.get("RUNS", "5"))


def median_seconds(argv):
    """Returns the median wall-clock and CPU (user + system) seconds of the command."""
    walls, cpus = [], []
    for _ in range(RUNS):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if done.returncode not in (0, 1):
            sys.exit(f"robustness bench: {' '.join(argv)} exited {done.returncode}")
    return statistics.median(walls), statistics.median(cpus)


def write_offers(folder, ranged):
    rng = random.Random(13)
    for i in range(10):
        base = 150000 + int(rng.random() * 150000)
        fact = {"value": base, "low": int(base * 0.85), "high": int(base * 1.15)} if ranged else base
        offer = {"id": f"offer-{i:02d}", "comp": {"base": fact},
                 "scope": {"level": ["team", "multi-team", "org"][int(rng.random() * 3)]}, "team": {"size": 5}}
        with open(os.path.join(folder, f"offer-{i:02d}.json"), "w", encoding="utf-8") as f:
            json.dump(offer, f)


def case(name, argv, budget):
    full_wall, full_cpu = median_seconds(argv + ["--samples", "10000"])
    one_wall, one_cpu = median_seconds(argv + ["--samples", "1"])
    print(f"| {name} | {full_wall * 1000:.1f} | {one_wall * 1000:.1f} | {max(0.0, full_wall - one_wall) * 1000:.1f} "
          f"| {max(0.0, full_cpu - one_cpu) * 1000:.1f} | {budget} |")


def main():
    binary = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(ROOT, "build", "rubric")
    with tempfile.TemporaryDirectory() as work:
        rubric = os.path.join(work, "ten.rubric")
        with open(rubric, "w", encoding="utf-8") as f:
            subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen_rubric.py"), "10"], stdout=f, check=True)
        plain, ranged = os.path.join(work, "plain"), os.path.join(work, "ranged")
        os.mkdir(plain)
        os.mkdir(ranged)
        write_offers(plain, False)
        write_offers(ranged, True)
        eval_cmd = [binary, "eval", rubric]
        json_flags = ["--format", "json", "--robustness"]
        print(f"RUNS={RUNS} medians of the whole command; SMAA = (10,000 samples) - (1 sample), as wall clock and")
        print("as CPU time (user + system, which a busy machine inflates far less than wall clock)\n")
        print("| case | 10,000 samples ms | 1 sample ms | SMAA wall ms | SMAA CPU ms | brief's budget |")
        print("|---|---:|---:|---:|---:|---:|")
        case("10 offers x 10 criteria, weights", eval_cmd + [plain] + json_flags, "< 50 ms")
        case("10 offers x 10 criteria, 10 ranged facts", eval_cmd + [ranged] + json_flags, "< 1 s")
        case("examples: report, 6 offers x 5 criteria, md",
             [binary, "report", "rules/platform-reliability.rubric", "examples/offers"], "")


if __name__ == "__main__":
    main()
