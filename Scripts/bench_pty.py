#!/usr/bin/env python3
"""Measures QuietLegs and calcurse in a real pseudo-terminal (100x30): time to the first
complete frame, bytes written per interaction, CPU while idle, peak memory, and command-line
timings. Every figure is the median of several runs, with min and max. Standard library only.

Usage: Scripts/bench_pty.py QUIETLEGS_BIN DATA_DIR CONFIG_DIR [--runs N] [--idle-seconds S]
                            [--start-runs N] [--calcurse PATH, or "" for none]
Called by Scripts/bench.sh, which builds the release binary and generates the journal.
"""
import argparse, fcntl, os, pty, select, shutil, signal, statistics, struct, subprocess, sys, tempfile, termios, time

COLS, ROWS = 100, 30
CLK_TCK = os.sysconf("SC_CLK_TCK")


class Pty:
    """A program started in a new pseudo-terminal of COLS x ROWS."""

    def __init__(self, argv, env):
        self.started = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
            os.execvpe(argv[0], argv, env)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        self.seen = b""

    def read_until(self, marker, timeout=10.0):
        """Reads until `marker` has appeared; returns seconds since start when it did."""
        deadline = time.perf_counter() + timeout
        while marker not in self.seen:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError(f"{marker!r} never appeared; got {self.seen[-300:]!r}")
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.fd, 65536)
                except OSError:
                    raise TimeoutError("the program ended early")
                self.seen += chunk
        return time.perf_counter() - self.started

    def drain(self, quiet=0.25, limit=5.0):
        """Reads until nothing arrives for `quiet` seconds; returns the bytes read."""
        got = b""
        end = time.perf_counter() + limit
        while time.perf_counter() < end:
            ready, _, _ = select.select([self.fd], [], [], quiet)
            if not ready:
                break
            try:
                got += os.read(self.fd, 65536)
            except OSError:
                break
        self.seen += got
        return got

    def send(self, data):
        os.write(self.fd, data)

    def cpu_seconds(self):
        with open(f"/proc/{self.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLK_TCK

    def peak_rss_kb(self):
        with open(f"/proc/{self.pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        return 0

    def stop(self, keys=b"q"):
        try:
            self.send(keys)
        except OSError:
            pass
        for _ in range(50):
            done, _ = os.waitpid(self.pid, os.WNOHANG)
            if done:
                break
            self.drain(quiet=0.05, limit=0.1)
        else:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        os.close(self.fd)


def stats(values):
    return statistics.median(values), min(values), max(values)


def fmt(values, unit, digits=1):
    med, lo, hi = stats(values)
    return f"{med:.{digits}f} {unit} (min {lo:.{digits}f}, max {hi:.{digits}f})"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("data_dir")
    ap.add_argument("config_dir")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--idle-seconds", type=float, default=10.0)
    ap.add_argument("--start-runs", type=int, default=15, help="at least this many start-ups")
    ap.add_argument("--calcurse", default=shutil.which("calcurse"))
    args = ap.parse_args()

    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", QUIETLEGS_DATA_DIR=args.data_dir,
               XDG_CONFIG_HOME=args.config_dir, QUIETLEGS_NOW="2026-11-22T09:30:00+01:00", TZ="Europe/Berlin")
    env.pop("NO_COLOR", None)
    ql = [args.binary]
    # Markers: the last text each program draws in its first frame.
    ql_marker = b"quit"
    cal_home = tempfile.mkdtemp(prefix="calcurse-bench-")
    cal = [args.calcurse, "-D", cal_home] if args.calcurse else None
    cal_marker = b"OtherCmd"
    rows = []
    R = args.runs

    def first_frames(programs):
        # Start-up is short and the machine noisy: take at least 15 runs for this figure, and
        # alternate the programs run by run so that both see the same machine (a drift in load
        # or page cache otherwise lands on one side of the ratio).
        times = [[] for _ in programs]
        for _ in range(max(R, args.start_runs)):
            for i, (argv, marker) in enumerate(programs):
                p = Pty(argv, env)
                times[i].append(p.read_until(marker) * 1000)
                p.drain()
                p.stop(b"q")
        return times

    firsts = first_frames([(ql, ql_marker)] + ([(cal, cal_marker)] if cal else []))
    ql_first, cal_first = firsts[0], (firsts[1] if cal else None)
    rows.append(("1. start to first frame, quietlegs (10-year journal)", fmt(ql_first, "ms")))
    if cal:
        rows.append(("1. start to first frame, calcurse", fmt(cal_first, "ms")))
        rows.append(("1. ratio quietlegs / calcurse (medians)", f"{statistics.median(ql_first) / statistics.median(cal_first):.2f}"))

    def bytes_for(argv, marker, key, prepare=b""):
        sizes = []
        for _ in range(R):
            p = Pty(argv, env)
            p.read_until(marker)
            p.drain()
            if prepare:
                p.send(prepare)
                p.drain()
            p.send(key)
            sizes.append(len(p.drain()))
            p.stop()
        return sizes

    def walk_bytes(argv, marker, key, moves=14):
        # A person browsing: 14 moves back night by night from tonight, across nights that hold
        # episodes on the bench's journal; each move's bytes are one sample.
        sizes = []
        for _ in range(R):
            p = Pty(argv, env)
            p.read_until(marker)
            p.drain()
            for _ in range(moves):
                p.send(key)
                sizes.append(len(p.drain()))
            p.stop()
        return sizes

    move = bytes_for(ql, ql_marker, b"l")
    rows.append(("2. bytes for a calendar move (one night right)", fmt(move, "B", 0)))
    walk = walk_bytes(ql, ql_marker, b"h")
    rows.append(("2. bytes per move on a walk of 14 nights back (median of every move)", fmt(walk, "B", 0)))
    switch = bytes_for(ql, ql_marker, b"2")
    rows.append(("2. bytes for a pane switch", fmt(switch, "B", 0)))
    if cal:
        cal_move = bytes_for(cal, cal_marker, b"l")
        rows.append(("2. bytes for calcurse's day move", fmt(cal_move, "B", 0)))
        rows.append(("2. ratio move quietlegs / calcurse (medians)", f"{statistics.median(move) / max(statistics.median(cal_move), 1):.2f}"))
        cal_walk = walk_bytes(cal, cal_marker, b"h")
        rows.append(("2. bytes per move on calcurse's walk of 14 days back", fmt(cal_walk, "B", 0)))
        rows.append(("2. ratio walk quietlegs / calcurse (medians)", f"{statistics.median(walk) / max(statistics.median(cal_walk), 1):.2f}"))

    routine = ql + ["routine", "bench-hold", "--quiet"]
    seconds = []
    for _ in range(R):
        p = Pty(routine, env)
        p.read_until(b"quit")
        # Skip the first second (10:00 -> 09:59 changes every digit once), then measure the
        # steady state: what each further second of the countdown costs.
        end = time.perf_counter() + 1.5
        while time.perf_counter() < end:
            p.drain(quiet=0.1, limit=end - time.perf_counter())
        before = len(p.seen)
        window = 5.0
        end = time.perf_counter() + window
        while time.perf_counter() < end:
            p.drain(quiet=0.1, limit=end - time.perf_counter())
        seconds.append((len(p.seen) - before) / window)
        p.stop(b"\x1bq")
    rows.append(("2. bytes per countdown second", fmt(seconds, "B", 0)))

    def cpu(argv, marker, prepare=b""):
        shares = []
        for _ in range(R):
            p = Pty(argv, env)
            p.read_until(marker)
            p.drain()
            before = p.cpu_seconds()
            end = time.perf_counter() + args.idle_seconds
            while time.perf_counter() < end:
                p.drain(quiet=0.5, limit=end - time.perf_counter())
            shares.append((p.cpu_seconds() - before) / args.idle_seconds * 100)
            p.stop(b"\x1bq")
        return shares

    rows.append((f"3. CPU over {args.idle_seconds:.0f} s idle, quietlegs", fmt(cpu(ql, ql_marker), "%", 2)))
    rows.append((f"3. CPU over {args.idle_seconds:.0f} s with a routine running", fmt(cpu(routine, b"quit"), "%", 2)))
    if cal:
        rows.append((f"3. CPU over {args.idle_seconds:.0f} s idle, calcurse", fmt(cpu(cal, cal_marker), "%", 2)))

    def peak(argv, marker, keys):
        values = []
        for _ in range(R):
            p = Pty(argv, env)
            p.read_until(marker)
            p.drain()
            for k in keys:
                p.send(k)
                p.drain(quiet=0.05)
            values.append(p.peak_rss_kb() / 1024)
            p.stop()
        return values

    ql_mem = peak(ql, ql_marker, [b"]", b"]", b"[", b"2", b"3", b"1"])
    rows.append(("4. peak resident memory, quietlegs", fmt(ql_mem, "MB")))
    if cal:
        cal_mem = peak(cal, cal_marker, [b"l", b"l", b"h"])
        rows.append(("4. peak resident memory, calcurse", fmt(cal_mem, "MB")))

    def timed(argv, runs=R, setup=None):
        values = []
        for i in range(runs):
            if setup:
                setup(i)
            start = time.perf_counter()
            subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            values.append((time.perf_counter() - start) * 1000)
        return values

    rows.append(("5. `quietlegs log` end to end", fmt(timed(ql + ["log", "twitch", "--at", "now", "--severity", "2"], runs=max(R, 9)), "ms")))
    for export_format in ("json", "csv", "ics"):
        rows.append((f"5. `quietlegs export --format {export_format}` (10 years)",
                     fmt(timed(ql + ["export", "--format", export_format]), "ms")))
    rows.append(("5. `quietlegs report --weeks 52`", fmt(timed(ql + ["report", "--weeks", "52"]), "ms")))

    width = max(len(r[0]) for r in rows)
    print(f"| {'measure'.ljust(width)} | median (min, max) |")
    print(f"|{'-' * (width + 2)}|---|")
    for name, value in rows:
        print(f"| {name.ljust(width)} | {value} |")
    shutil.rmtree(cal_home, ignore_errors=True)


if __name__ == "__main__":
    main()
