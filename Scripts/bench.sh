#!/usr/bin/env bash
# The project's benchmark: builds release, generates a 10-year journal, then measures
# quietlegs (and calcurse, in the same run) in a real pseudo-terminal, plus in-process timings.
# Prints one table of medians with min and max. Results and their history: docs/PERFORMANCE.md.
#
# Usage: Scripts/bench.sh [--runs N] [--idle-seconds S] [--quick]
# Environment: QUIETLEGS_BENCH_SCRATCH=.build-bench builds in another folder (default .build);
#              QUIETLEGS_BENCH_BUILD=debug measures the debug build instead of release.
#   --quick   a small journal (1 year), 1 s idle windows and 3 runs: checks the bench works.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5 idle=10 years=10
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --idle-seconds) idle=$2; shift 2 ;;
    --quick) runs=3 idle=1 years=1; shift ;;
    *) echo "usage: $0 [--runs N] [--idle-seconds S] [--quick]" >&2; exit 2 ;;
  esac
done
if ! command -v calcurse >/dev/null 2>&1 && [ "${QUIETLEGS_BENCH_NO_CALCURSE:-}" = "" ]; then
  echo "bench: installing calcurse (the peer measured alongside)" >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq calcurse >/dev/null || echo "bench: calcurse not available; measuring quietlegs alone" >&2
fi
build=${QUIETLEGS_BENCH_BUILD:-release}
scratch=${QUIETLEGS_BENCH_SCRATCH:-.build}
if [ "$build" = release ]; then
  Scripts/build-release.sh --scratch-path "$scratch" >/dev/null
  Scripts/build-release.sh --scratch-path "$scratch" --product quietlegs-bench >/dev/null
fi
bin=$(swift build -c "$build" --scratch-path "$scratch" --show-bin-path)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/config/quietlegs/routines"
cat > "$work/config/quietlegs/routines/bench-hold.toml" <<'TOML'
name = "Bench hold"
[[steps]]
title = "Hold"
seconds = 600
TOML
TZ=Europe/Berlin "$bin/quietlegs-bench" generate --data-dir "$work/data" --years "$years" --seed 42 >&2
echo "## QuietLegs benchmark"
echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(uname -sr)"
echo "Date: $(date -u +%Y-%m-%dT%H:%MZ); commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown); build: $build, $runs runs per figure"
echo
python3 Scripts/bench_pty.py "$bin/quietlegs" "$work/data" "$work/config" --runs "$runs" --idle-seconds "$idle"
if command -v valgrind >/dev/null 2>&1 && command -v tmux >/dev/null 2>&1; then
  echo
  Scripts/bench_instructions.sh "$bin/quietlegs" "$work/data" "$work/config"
fi
echo
echo "In-process (median per operation over 7 batches, min and max):"
echo
TZ=Europe/Berlin "$bin/quietlegs-bench" inprocess --data-dir "$work/data" | sed 's/^/- 6. /'
