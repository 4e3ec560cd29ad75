#!/usr/bin/env python3
"""Computes the expected values of cases.tsv without the crate.

The only calendar fact used is ../nowruz.csv (the Gregorian date of 1 Farvardin
of every Solar Hijri year, and whether the year has 30 Esfand). Month lengths
are the civil rule: Farvardin..Shahrivar 31, Mehr..Bahman 30, Esfand 29 or 30.

Usage:
    values.py g2j 2025-07-12              Gregorian -> Solar Hijri, with the weekday
    values.py j2g 1403-11-30              Solar Hijri -> Gregorian, with the weekday
    values.py year 2025-07-12 nearest 12-25
        the year a year-less day (MM-DD) or month (MM) takes from a Gregorian
        reference, by policy nearest / past / future
    values.py leap 1403                   whether the year has 30 Esfand
"""

import csv
import datetime as dt
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NOWRUZ = {}
LEAP = {}
with open(os.path.join(HERE, "..", "nowruz.csv"), newline="") as f:
    for row in csv.DictReader(f):
        y = int(row["sh_year"])
        NOWRUZ[y] = dt.date.fromisoformat(row["gregorian_nowruz"])
        LEAP[y] = row["leap"] == "1"

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def month_len(y, m):
    if m <= 6:
        return 31
    if m <= 11:
        return 30
    return 30 if LEAP[y] else 29


def j2g(y, m, d):
    if not (1 <= m <= 12 and 1 <= d <= month_len(y, m)):
        raise ValueError(f"no such day {y}-{m}-{d}")
    doy = sum(month_len(y, k) for k in range(1, m)) + d
    return NOWRUZ[y] + dt.timedelta(days=doy - 1)


def g2j(g):
    y = max(k for k, v in NOWRUZ.items() if v <= g)
    left = (g - NOWRUZ[y]).days + 1
    m = 1
    while left > month_len(y, m):
        left -= month_len(y, m)
        m += 1
    return y, m, left


def interval(y, m, d=None):
    if d is not None:
        g = j2g(y, m, d)
        return g, g
    return j2g(y, m, 1), j2g(y, m, month_len(y, m))


def year_for(ref, policy, m, d=None):
    """The year of the occurrence of (m, d) chosen by policy around ref (Gregorian)."""
    ry = g2j(ref)[0]
    cands = []
    for y in (ry - 1, ry, ry + 1):
        if d is not None and d > month_len(y, m):
            continue
        first, last = interval(y, m, d)
        if last < ref:
            dist = (ref - last).days
        elif first > ref:
            dist = (first - ref).days
        else:
            dist = 0
        cands.append((y, first, last, dist))
    if policy == "nearest":
        return min(cands, key=lambda c: c[3])[0]
    if policy == "past":
        return max(c[0] for c in cands if c[1] <= ref)
    if policy == "future":
        return min(c[0] for c in cands if c[2] >= ref)
    raise ValueError(policy)


def main(argv):
    cmd = argv[1]
    if cmd == "g2j":
        g = dt.date.fromisoformat(argv[2])
        y, m, d = g2j(g)
        print(f"{y:04}-{m:02}-{d:02} {WEEKDAYS[g.weekday()]}")
    elif cmd == "j2g":
        y, m, d = map(int, argv[2].split("-"))
        g = j2g(y, m, d)
        print(f"{g} {WEEKDAYS[g.weekday()]}")
    elif cmd == "year":
        ref = dt.date.fromisoformat(argv[2])
        parts = list(map(int, argv[4].split("-")))
        print(year_for(ref, argv[3], *parts))
    elif cmd == "leap":
        print(LEAP[int(argv[2])])
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
