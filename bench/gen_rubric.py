#!/usr/bin/env python3
"""Writes a valid rubric with N criteria (and N lets), to measure compile time.

Usage: gen_rubric.py N > big.rubric
Weights are whole numbers summing to 100 spread over the first criteria; the
rest weigh 0, which is legal and still compiled and evaluated.
"""
import sys


def main():
    n = int(sys.argv[1])
    out = ['rubric "Generated rubric with %d criteria"' % n, "scale 0..10", "",
           "offer {", "  comp.base : money", '  scope.level : "team" | "multi-team" | "org"',
           "  team.size : number = 1", "}", ""]
    weights = [0] * n
    for i in range(100):
        weights[i % n] += 1
    for i in range(n):
        prev = "comp.base" if i == 0 else "v%d" % (i - 1)
        out.append("let v%d : money = %s * 1.0001 + %d" % (i, prev, i))
        out.append('criterion c%d "Criterion %d" weight %d {' % (i, i, weights[i]))
        out.append("  score when scope.level == \"org\" => scale(v%d, 100k => 2, 300k => 9) else 5" % i)
        out.append('  because "value {v%d}"' % i)
        out.append("}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
