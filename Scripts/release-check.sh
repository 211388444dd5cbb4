#!/usr/bin/env bash
# Builds the program the way the README's run command does (release, one static executable; see
# docs/DECISIONS.md) and checks that what a user would run works: it is static, it logs and lists
# an episode, and it draws its first full-screen frame in tmux and quits cleanly.
# The README's test command runs it after `swift test`, so CI links the release build too.
#
# Usage: Scripts/release-check.sh   (needs tmux; Scripts/setup.sh installs it)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(Scripts/build-release.sh)"
work=$(mktemp -d)
socket="release-check-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
fail() {
  echo "release-check: $*" >&2
  exit 1
}

if command -v readelf >/dev/null 2>&1 && readelf -lW "$bin" | grep -q 'program interpreter'; then
  fail "$bin is dynamically linked; Scripts/build-release.sh should make it static"
fi

export QUIETLEGS_DATA_DIR="$work/data" XDG_CONFIG_HOME="$work/config" TZ=UTC LANG=C.UTF-8
"$bin" --version | grep -q "Licence: MIT" || fail "--version does not name the licence"
"$bin" log cramp --severity 4 --note "release check" >/dev/null || fail "log failed"
"$bin" list | grep -q "release check" || fail "list does not show the logged episode"

tmux -L "$socket" -f /dev/null new-session -d -x 100 -y 30 \
  "QUIETLEGS_DATA_DIR='$work/data' XDG_CONFIG_HOME='$work/config' TZ=UTC LANG=C.UTF-8 '$bin'; echo \"[exited \$?]\"; sleep 30"
screen=""
for _ in $(seq 100); do
  screen=$(tmux -L "$socket" capture-pane -p 2>/dev/null || true)
  if grep -q "quit" <<<"$screen" && grep -q "Calendar" <<<"$screen"; then break; fi
  sleep 0.1
done
grep -q "Calendar" <<<"$screen" || fail "the full screen did not draw its first frame; last screen:
$screen"
tmux -L "$socket" send-keys q
for _ in $(seq 50); do
  screen=$(tmux -L "$socket" capture-pane -p 2>/dev/null || true)
  if grep -q "\[exited" <<<"$screen"; then break; fi
  sleep 0.1
done
grep -q "\[exited 0\]" <<<"$screen" || fail "the full screen did not quit cleanly on q; last screen:
$screen"
echo "release-check: the static release build logs, lists, draws its first frame and quits" >&2
