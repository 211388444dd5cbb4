#!/usr/bin/env bash
# Regenerates Sources/quietlegs/Linking/startup-order.txt, the list of functions the release
# linker places together at the front of the program's code (see docs/PERFORMANCE.md).
#
# It runs the release binary under valgrind's callgrind, in tmux with a private socket, through
# three scenarios on a generated two-year journal, and writes the functions each one executed:
#   1. start to the first frame, then quit (these come first: they decide start-up);
#   2. `quietlegs log` and `quietlegs list` (the command line shares most of start-up);
#   3. an evening in the full screen: calendar moves, every pane, help, a routine started.
# Order inside the file: scenario 1, then what 2 adds, then what 3 adds; each group sorted by
# name, so that regenerating gives a small diff (only the grouping matters to the pages touched).
#
# Usage: Scripts/link-order.sh   (needs valgrind and tmux; takes a few minutes)
# Run it after a change that renames or adds much start-up code; a stale list is harmless
# (unknown names are skipped) but the saving shrinks.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null && command -v tmux >/dev/null || {
  echo "link-order: needs valgrind and tmux" >&2
  exit 2
}
scratch=${QUIETLEGS_BENCH_SCRATCH:-.build}
Scripts/build-release.sh --scratch-path "$scratch" >/dev/null
Scripts/build-release.sh --scratch-path "$scratch" --product quietlegs-bench >/dev/null
bin=$(swift build -c release --scratch-path "$scratch" --show-bin-path)
work=$(mktemp -d)
socket="link-order-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
. Scripts/callgrind_screen.sh
program=$(callgrind_copy "$bin/quietlegs")
export TZ=Europe/Berlin XDG_CONFIG_HOME="$work/config"
"$bin/quietlegs-bench" generate --data-dir "$work/data" --years 2 --seed 42 >&2

under_callgrind() { # output name, then the program's arguments (a command-line run)
  local name=$1
  shift
  valgrind --tool=callgrind --demangle=no --callgrind-out-file="$work/$name.out" "$program" "$@" \
    >/dev/null 2>>"$work/valgrind.log"
}
# The full screen: after the first frame, the keys (then `q`), each a second apart.
callgrind_screen "$work/start.out" quit q "$program" --data-dir "$work/data"
under_callgrind cli-log log cramp --severity 3 --side left --data-dir "$work/data"
under_callgrind cli-list list --data-dir "$work/data" --from 2026-11-01
callgrind_screen "$work/evening.out" quit "l l h j ] [ 2 j j Enter 3 j Enter Space 4 ? Escape 1 t q" \
  "$program" --data-dir "$work/data"

nm --defined-only "$bin/quietlegs" | awk '$2 ~ /^[tTwW]$/ { print $3 }' | sort -u >"$work/defined"
executed() { # callgrind outputs -> the defined functions they ran
  # callgrind names a function once, as "fn=(id) name" or "cfn=(id) name", then by id alone.
  awk 'FNR == 1 { delete name }
    match($0, /^c?fn=\([0-9]+\)/) {
      id = substr($0, RSTART, RLENGTH); sub(/^c/, "", id)
      if (length($0) > RLENGTH) name[id] = substr($0, RLENGTH + 2)
      if ($0 ~ /^fn=/) print name[id]
    }' "$@" | sed "s/'[0-9]*\$//" | awk '!seen[$0]++' |
    awk 'NR == FNR { known[$0] = 1; next } known[$0]' "$work/defined" -
}
out=Sources/quietlegs/Linking/startup-order.txt
{
  executed "$work/start.out" | LC_ALL=C sort
  executed "$work/cli-log.out" "$work/cli-list.out" | LC_ALL=C sort
  executed "$work/evening.out" | LC_ALL=C sort
} | awk '!seen[$0]++' >"$out"
echo "link-order: $(wc -l <"$out") functions in $out" >&2
