#!/usr/bin/env bash
# Start-up as a count of instructions (valgrind's callgrind), for quietlegs and calcurse: from
# exec to the first complete frame and quitting (calcurse asks to confirm), at 100x30 in tmux with a private socket. Unlike
# wall time, the count barely moves with the machine's load, so it shows what a change did on a
# noisy machine. Called by Scripts/bench.sh when valgrind is installed.
#
# Usage: Scripts/bench_instructions.sh QUIETLEGS_BIN DATA_DIR CONFIG_DIR
set -euo pipefail
bin=$1 data=$2 config=$3
work=$(mktemp -d)
socket="bench-instructions-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
. "$(dirname "$0")/callgrind_screen.sh"
program=$(callgrind_copy "$bin")
# tmux starts its server, and so the programs, with this environment.
export TERM=xterm-256color LANG=C.UTF-8 TZ=Europe/Berlin QUIETLEGS_NOW=2026-11-22T09:30:00+01:00 \
  QUIETLEGS_DATA_DIR="$data" XDG_CONFIG_HOME="$config"

count() { # label, screen marker, quit keys, program and arguments
  local label=$1 marker=$2 quit=$3 total
  shift 3
  : >"$work/valgrind.log"
  callgrind_screen "$work/out" "$marker" "$quit" "$@"
  total=$(callgrind_total)
  printf '| %s | %s M |\n' "$label" "$(awk -v n="${total:-0}" 'BEGIN { printf "%.1f", n / 1e6 }')"
  echo "$total" >"$work/$label.count"
}

echo "| start to first frame and quit, instructions (callgrind, one run) | count |"
echo "|---|---|"
count "1. quietlegs" quit q "$program"
if command -v calcurse >/dev/null 2>&1; then
  home=$(mktemp -d)
  count "1. calcurse" OtherCmd "q y" "$(command -v calcurse)" -D "$home"
  rm -rf "$home"
  awk -v a="$(cat "$work/1. quietlegs.count")" -v b="$(cat "$work/1. calcurse.count")" \
    'BEGIN { if (b > 0) printf "| 1. ratio quietlegs / calcurse | %.2f |\n", a / b }'
fi
