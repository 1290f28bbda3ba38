#!/usr/bin/env python3
"""Write a CSV of 5,000 party names for `ledger screen`, from a real SDN snapshot.

Every third name is a variant (words reversed, the fourth letter dropped), the others are the
names as OFAC writes them. Used for the screening figures in BENCHMARKS.md:

    python3 scripts/screen-names.py testdata/ofac-sdn/sdn-2024-05-03T184323Z.csv.gz > names5k.csv
"""
import csv
import gzip
import io
import sys

data = gzip.open(sys.argv[1]).read().decode("latin-1").replace("\x1a", "")
out = csv.writer(sys.stdout)
out.writerow(["id", "name"])
n = 0
for i, row in enumerate(csv.reader(io.StringIO(data))):
    if len(row) < 2:
        continue
    name = row[1]
    if i % 3 == 1:
        name = " ".join(reversed(name.replace(",", "").split()))
        if len(name) > 6:
            name = name[:3] + name[4:]
    out.writerow([f"r{i}", name])
    n += 1
    if n >= 5000:
        break
