#!/usr/bin/env python3
# CPU seconds used by each group of processes over a period, read from /proc (utime+stime, children included):
# the two load-test nodes (by their --server.port 8087/8088), PostgreSQL, Gatling and its Maven, everything else.
#   python3 bench/cpu-by-process.py 280      # start it once Gatling begins its measured run
import os,time,sys,collections
tick=os.sysconf('SC_CLK_TCK')
def snap():
    d=collections.Counter()
    for pid in os.listdir('/proc'):
        if not pid.isdigit(): continue
        try:
            st=open(f'/proc/{pid}/stat').read()
            cmd=open(f'/proc/{pid}/cmdline').read().replace('\0',' ')
        except Exception: continue
        rest=st[st.rfind(')')+2:].split()
        t=int(rest[11])+int(rest[12])+int(rest[13])+int(rest[14])  # utime stime cutime cstime
        if 'server.port=8087' in cmd or 'port=8087' in cmd: k='node1'
        elif 'port=8088' in cmd: k='node2'
        elif 'gatling' in cmd.lower() or 'binome-load' in cmd or ('maven' in cmd and 'bench/load' in cmd): k='gatling/maven'
        elif cmd.startswith('postgres') or 'postgres' in st.split()[1]: k='postgres'
        else: k='other'
        d[(k,pid)]=t
    return d
a=snap(); t0=time.time()
dur=float(sys.argv[1]); time.sleep(dur)
b=snap(); el=time.time()-t0
tot=collections.Counter()
for key,v in b.items():
    tot[key[0]]+=v-a.get(key,0)
# exited processes' time is lost except via cstime of parent; ok
s=sum(tot.values())
print(f"elapsed {el:.0f}s, CPU seconds by group (2 cores = {2*el:.0f} available):")
for k,v in tot.most_common(): print(f"  {k:15s} {v/tick:8.1f} s  {100*v/tick/el:5.1f} % of one core")
print(f"  total           {s/tick:8.1f} s  = {100*s/tick/(2*el):.0f} % of both cores")
