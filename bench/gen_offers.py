#!/usr/bin/env python3
"""Writes N synthetic job offers as JSON Lines, deterministically.

Usage: gen_offers.py N [SEED] > offers.jsonl

Standard library only; only random.Random(seed).random() is used (stable
across Python 3 versions), so the same N and SEED give the same bytes, and a
smaller N is a prefix of a larger one. Lines are about 450-650 bytes.
"""
import json
import random
import sys

COMPANIES = ["Acme", "Globex", "Initech", "Hooli", "Vandelay", "Tyrell", "Aperture", "Wonka",
             "Oscorp", "Nakatomi", "Soylent", "Cyberdyne", "Umbrella", "Stark", "Wayne"]
TITLES = ["Platform Engineer", "Backend Engineer", "Site Reliability Engineer", "Data Engineer",
          "Infrastructure Engineer", "Staff Engineer", "Principal Engineer"]
SCOPES = ["team", "multi-team", "org"]
SUPPORT = ["none", "secondary", "follow-the-sun"]
STAGES = ["seed", "series-a", "series-b", "growth", "public"]
BONUS = [0, 5, 7.5, 10, 12.5, 15, 20]
LOCATIONS = ["Remote (US)", "Berlin, Germany", "New York, NY", "London, UK", "Toronto, Canada", "Austin, TX"]
PERKS = ["401k match", "learning budget", "home office", "parental leave", "gym", "sabbatical"]
WORDS = ["pager", "roadmap", "migration", "latency", "budget", "hiring", "rollout", "quarterly"]


def pick(rng, items):
    return items[int(rng.random() * len(items))]


def between(rng, lo, hi, step=1):
    return lo + step * int(rng.random() * ((hi - lo) // step + 1))


def offer(rng, i):
    size = between(rng, 3, 14)
    return {
        "id": "offer-%07d" % i,
        "company": "%s %d" % (pick(rng, COMPANIES), i % 97),
        "role": {"title": pick(rng, TITLES), "level": "L%d" % between(rng, 3, 7)},
        "comp": {"currency": "USD", "base": between(rng, 90000, 320000, 1000),
                 "bonus_pct": pick(rng, BONUS), "equity_4y": between(rng, 0, 800000, 5000),
                 "sign_on": between(rng, 0, 60000, 5000)},
        "scope": {"level": pick(rng, SCOPES)},
        "team": {"seniors": between(rng, 0, size), "size": size if rng.random() > 0.01 else 0},
        "oncall": {"weeks_per_quarter": between(rng, 0, 6), "support": pick(rng, SUPPORT)},
        "promotion": {"ladder_published": rng.random() < 0.6},
        "company_info": {"stage": pick(rng, STAGES), "runway_months": between(rng, 3, 72)},
        "in_writing": {"responsibilities": rng.random() < 0.5, "compensation": rng.random() < 0.7},
        "location": pick(rng, LOCATIONS),
        "perks": [pick(rng, PERKS) for _ in range(between(rng, 1, 4))],
        "notes": " ".join(pick(rng, WORDS) for _ in range(between(rng, 2, 6))),
    }


def main():
    n = int(sys.argv[1])
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 42)
    out = sys.stdout
    for i in range(1, n + 1):
        out.write(json.dumps(offer(rng, i), separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
