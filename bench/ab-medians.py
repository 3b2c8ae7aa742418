#!/usr/bin/env python3
# Medians of a bench/cpu-ab.sh output: per page, A's and B's median CPU ms per request, the median of the per-round
# ratios B/A with their quartiles, and B against petclinic's median; with PG=1 figures ("java+postgres"), the same
# for PostgreSQL's share and for the sum.
#   python3 bench/ab-medians.py bench/cpu-ab-....txt
import re, statistics as st, sys

rows, pcs = {}, []
num = r'([\d.]+)(?:\+([\d.]+))?'
for line in open(sys.argv[1]):
    if not line.startswith('round'):
        continue
    for m in re.finditer(r'\| (\S+) ' + num + ' -> ' + num, line):
        a, ap, b, bp = (float(x) if x else None for x in m.groups()[1:])
        rows.setdefault(m.group(1), []).append((a, ap, b, bp))
    pcs += [float(x) for x in re.findall(r'petclinic ([\d.]+)', line)]
pc = st.median(pcs)
print(f"petclinic median {pc:.2f} ms")


def line(label, pairs, against_petclinic):
    a = st.median(x for x, _ in pairs); b = st.median(y for _, y in pairs)
    r = sorted(y / x for x, y in pairs if x); q = st.quantiles(r, n=4)
    extra = f"  B x petclinic {b / pc:.2f}" if against_petclinic else ""
    print(f"{label:40s} A {a:6.2f}  B {b:6.2f}  ratio median {st.median(r):.2f} [{q[0]:.2f}-{q[2]:.2f}]{extra}")


for page, v in rows.items():
    line(page + (" (Java)" if v[0][1] is not None else ""), [(a, b) for a, _, b, _ in v], True)
    if v[0][1] is not None:
        line(page + " (PostgreSQL)", [(ap, bp) for _, ap, _, bp in v], False)
        line(page + " (both)", [(a + ap, b + bp) for a, ap, b, bp in v], False)
