#!/usr/bin/env python3
"""Compares rubric's JSON Lines results with a peer's, to the cent, offer by offer.

Usage: check_exact.py RUBRIC_JSONL PEER_JSONL
The peer lines carry either "total" (bench/score.jq, full precision) or
"score" (the shared reference scorer, already rounded to cents). Both sides
are rounded half away from zero to cents exactly as the reference does.
Prints the count compared and exits 1 on the first mismatches.
"""
import json
import math
import sys


def cents(x):
    y = x * 100
    k = math.floor(y)
    if y - k >= 0.5:
        k += 1
    return int(k)


def main():
    bad = 0
    n = 0
    with open(sys.argv[1]) as ours, open(sys.argv[2]) as theirs:
        for a, b in zip(ours, theirs):
            n += 1
            x, y = json.loads(a), json.loads(b)
            if x["id"] != y["id"] or x["total"] is None:
                print("line %d: id %s vs %s or unscored: %s" % (n, x["id"], y["id"], x.get("errors")))
                bad += 1
            else:
                theirs_c = cents(y["total"]) if "total" in y else round(float(y["score"]) * 100)
                flags = sorted(f["id"] for f in x["flags"])
                if cents(x["total"]) != theirs_c or flags != sorted(y["flags"]):
                    print("line %d (%s): total %r flags %s vs %r %s" % (n, x["id"], x["total"], flags,
                                                                      y.get("total", y.get("score")), y["flags"]))
                    bad += 1
            if bad >= 10:
                break
        if bad == 0 and (ours.readline() or theirs.readline()):
            print("the two files have different numbers of lines")
            bad += 1
    print("exactness: %d offers compared, %d mismatches" % (n, bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
