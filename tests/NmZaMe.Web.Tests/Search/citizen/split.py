#!/usr/bin/env python3
"""Builds the citizen query set's two halves from judgments.tsv and the uSync seed.

judgments.tsv holds one query per line: kind, culture, query, and the relevant items as key prefixes (the first
eight hex digits of the `Key` of a <Content> in uSync/v17/Content), most useful first, or NONE when nothing in the
catalogue helps (the office's fallback is the right answer; written as "expectNone": true).

The split is made once and is reproducible: within each (kind, culture, expectNone) stratum the queries are shuffled with a fixed
seed and dealt alternately, and the stratum that starts on the tune side alternates so the halves stay even. Adding or
reordering relevant keys on an existing line does not move the query to the other half; adding or removing queries
would, so the set is not to be extended by re-running the split (extend it with a new, separately judged set).

Run from the repository root: python3 tests/NmZaMe.Web.Tests/Search/citizen/split.py
Writes tests/NmZaMe.Web.Tests/Search/citizen-queries.tune.json and citizen-queries.test.json.

With --dev it builds the development set instead: every dev-*.tsv here (same columns, written and judged later by
people who had not seen the engine) becomes citizen-queries.dev.json, unsplit, because all of it is for tuning. A dev
query may not repeat a query of judgments.tsv, so the test half stays unseen.
"""
import glob
import json
import os
import random
import sys
import xml.etree.ElementTree as ET

SEED = 20261204
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.dirname(HERE)


def catalogue():
    items = {}
    for path in glob.glob(os.path.join(ROOT, "uSync", "v17", "Content", "*.config")):
        root = ET.parse(path).getroot()
        kind = root.find("Info/ContentType").text
        names = {n.get("Culture"): n.text for n in root.findall("Info/NodeName/Name")}
        items[root.get("Key")] = (kind, names.get("sl-SI") or root.get("Alias"))
    return items


def resolve(items, prefix, query):
    matches = [key for key in items if key.startswith(prefix)]
    if len(matches) != 1:
        sys.exit(f"'{query}': key prefix {prefix} matches {len(matches)} items")
    key = matches[0]
    if items[key][0] not in ("service", "organisation", "lifeChallenge", "textPage"):
        sys.exit(f"'{query}': {prefix} is a {items[key][0]}, not a page a citizen lands on")
    return key


def stratum_of(entry):
    # Answerable and no-answer queries are dealt separately so both halves test the fallback.
    return entry["kind"], entry["culture"], entry.get("expectNone", False)


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        lines = [line.rstrip("\n").split("\t") for line in f if line.strip()][1:]
    for line in lines:
        if len(line) != 4:
            sys.exit(f"{name}: expected kind, culture, query, relevant separated by tabs: {line}")
    return lines


def judge(items, lines, seen):
    judged = []
    for kind, culture, query, relevant in lines:
        if (query.strip().lower(), culture) in seen:
            sys.exit(f"duplicate query '{query}'")
        seen.add((query.strip().lower(), culture))
        entry = {"query": query, "culture": culture, "kind": kind}
        if relevant.strip() == "NONE":
            entry.update(relevant=[], names=[], expectNone=True)
        else:
            keys = [resolve(items, p, query) for p in relevant.split()]
            if len(set(keys)) != len(keys):
                sys.exit(f"'{query}': an item is judged twice")
            entry.update(relevant=keys, names=[items[k][1] for k in keys])
        judged.append(entry)
    return judged


def write(name, entries):
    with open(os.path.join(OUT, f"citizen-queries.{name}.json"), "w", encoding="utf-8") as f:
        json.dump(entries, f, ensure_ascii=False, indent=1)
        f.write("\n")


def dev(items):
    seen = set()
    judge(items, read("judgments.tsv"), seen)
    entries = []
    for name in sorted(glob.glob(os.path.join(HERE, "dev-*.tsv"))):
        entries += judge(items, read(os.path.basename(name)), seen)
    write("dev", entries)
    print(f"{len(entries)} development queries")


def main():
    items = catalogue()
    if sys.argv[1:] == ["--dev"]:
        dev(items)
        return
    judged = judge(items, read("judgments.tsv"), set())

    rng = random.Random(SEED)
    tune, test = [], []
    tune_first = True
    for stratum in sorted({stratum_of(j) for j in judged}):
        members = [j for j in judged if stratum_of(j) == stratum]
        rng.shuffle(members)
        for i, member in enumerate(members):
            (tune if (i % 2 == 0) == tune_first else test).append(member)
        if len(members) % 2 == 1:
            tune_first = not tune_first

    order = {id(j): i for i, j in enumerate(judged)}
    for name, half in (("tune", tune), ("test", test)):
        half.sort(key=lambda j: order[id(j)])
        write(name, half)
    print(f"{len(judged)} queries: {len(tune)} tune, {len(test)} test")


if __name__ == "__main__":
    main()
