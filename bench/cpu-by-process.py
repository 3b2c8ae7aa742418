#!/usr/bin/env python3
# CPU seconds used by each group of processes over a period, read from /proc (utime + stime of each process alive at
# the end): the load-test nodes (by their --server.port, 8087 and 8088 unless given), PostgreSQL, Gatling and its
# Maven, everything else. A child's time is not counted through its parent (cutime/cstime): a process reaped during
# the period (the warm-up's Gatling JVM) would have added its whole life to its parent's figure.
#   python3 bench/cpu-by-process.py 280 [port ...]   # bench/load/run.sh starts it with the measured run
import collections, os, sys, time

tick = os.sysconf('SC_CLK_TCK')
ports = sys.argv[2:] or ['8087', '8088']


def group(cmd, name):
    for i, port in enumerate(ports):
        if f'--server.port={port}' in cmd:
            return f'node{i + 1}'
    low = cmd.lower()
    if 'gatling' in low or ('maven' in low and 'bench/load' in cmd):
        return 'gatling/maven'
    if name == 'postgres' or cmd.startswith('postgres'):
        return 'postgres'
    return 'other'


def snap():
    d = {}
    for pid in os.listdir('/proc'):
        if not pid.isdigit():
            continue
        try:
            st = open(f'/proc/{pid}/stat').read()
            cmd = open(f'/proc/{pid}/cmdline').read().replace('\0', ' ')
        except OSError:
            continue
        name = st[st.find('(') + 1:st.rfind(')')]
        rest = st[st.rfind(')') + 2:].split()
        d[pid] = (group(cmd, name), int(rest[11]) + int(rest[12]), rest[19])  # utime, stime; starttime
    return d


a = snap(); t0 = time.time()
time.sleep(float(sys.argv[1]))
b = snap(); el = time.time() - t0
tot = collections.Counter()
for pid, (k, t, start) in b.items():
    before = a.get(pid)
    tot[k] += t - (before[1] if before and before[2] == start else 0)
s = sum(tot.values())
cores = os.cpu_count()
print(f"elapsed {el:.0f}s, CPU seconds by group ({cores} cores = {cores * el:.0f} available):")
for k, v in tot.most_common():
    print(f"  {k:15s} {v / tick:8.1f} s  {100 * v / tick / el:5.1f} % of one core")
print(f"  total           {s / tick:8.1f} s  = {100 * s / tick / (cores * el):.0f} % of all cores")
