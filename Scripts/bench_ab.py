#!/usr/bin/env python3
"""Compares the start-up of two or more builds of quietlegs (and calcurse, if named), run by run
in turn so that all of them see the same machine: time to the first complete frame in a
100x30 pseudo-terminal, and the CPU time (user and kernel) and minor page faults of the whole
run from start to quit. Medians with min. Standard library only.

Usage: Scripts/bench_ab.py DATA_DIR CONFIG_DIR BINARY [BINARY ...] [--runs N]
A binary whose name contains "calcurse" is started as calcurse (its own data folder, its own
first-frame marker). Make DATA_DIR with `quietlegs-bench generate` (see Scripts/bench.sh).
Used for the A/B rows of docs/PERFORMANCE.md; Scripts/bench.sh gives the full table.
"""
import argparse, os, statistics, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_pty import Pty  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data_dir")
    ap.add_argument("config_dir")
    ap.add_argument("binaries", nargs="+")
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", QUIETLEGS_DATA_DIR=args.data_dir,
               XDG_CONFIG_HOME=args.config_dir, QUIETLEGS_NOW="2026-11-22T09:30:00+01:00", TZ="Europe/Berlin")
    env.pop("NO_COLOR", None)
    calcurse_home = tempfile.mkdtemp(prefix="calcurse-ab-")
    programs = []
    for binary in args.binaries:
        if "calcurse" in os.path.basename(binary):
            programs.append((binary, [binary, "-D", calcurse_home], b"OtherCmd", b"qy"))
        else:
            programs.append((binary, [binary], b"quit", b"q"))
    results = {name: {"first": [], "user": [], "kernel": [], "faults": []} for name, *_ in programs}
    for _ in range(args.runs):
        for name, argv, marker, quit_keys in programs:
            p = Pty(argv, env)
            results[name]["first"].append(p.read_until(marker) * 1000)
            p.drain(quiet=0.05)
            p.send(quit_keys)
            _, _, usage = os.wait4(p.pid, 0)
            os.close(p.fd)
            results[name]["user"].append(usage.ru_utime * 1000)
            results[name]["kernel"].append(usage.ru_stime * 1000)
            results[name]["faults"].append(usage.ru_minflt)
    print("| program | first frame, median (min) | CPU user | CPU kernel | minor faults |")
    print("|---|---|---|---|---|")
    for name, *_ in programs:
        r = results[name]
        med = statistics.median
        print(f"| {name} | {med(r['first']):.2f} ms ({min(r['first']):.2f}) | {med(r['user']):.2f} ms "
              f"| {med(r['kernel']):.2f} ms | {med(r['faults']):.0f} |")


if __name__ == "__main__":
    main()
