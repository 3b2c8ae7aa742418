#!/usr/bin/env python3
"""Each request's count, median and 95th percentile (ms) from a Gatling HTML report's statistics table.

Usage: bench/load/per-request.py REPORT_DIR   (the folder holding index.html)
The goal reads per page: "the same pages and the directory search keep p95 < 100 ms"; the global p95 that the run
asserts also counts the sign-in, whose password hashing alone costs about 100 ms of CPU.
"""
import html
import re
import sys

text = open(sys.argv[1].rstrip("/") + "/index.html", encoding="utf-8").read()
rows = re.findall(r'<tr id="([^"]+)"[^>]*>(.*?)</tr>', text, re.S)
print(f"  {'request':34s} {'count':>7s} {'p50':>5s} {'p95':>5s} {'p99':>5s}")
for _, body in rows:
    name = re.search(r'class="ellipsed-name">([^<]*)<', body)
    cells = dict(re.findall(r'<td class="value total (col-\d+)">([^<]*)</td>', body))
    if name and "col-10" in cells:
        print(f"  {html.unescape(name.group(1)):34s} {cells['col-2']:>7s} {cells['col-8']:>5s} {cells['col-10']:>5s} {cells['col-11']:>5s}")
