#!/usr/bin/env bash
# Builds the program the way the README's run command does (release, one static executable; see
# docs/DECISIONS.md) and checks that what a user would run works: it is static, it logs and lists
# an episode, and it draws its first full-screen frame in tmux and quits cleanly.
# The README's test command runs it after `swift test`, so CI links the release build too.
#
# Usage: Scripts/release-check.sh   (needs tmux; Scripts/setup.sh installs it)
set -euo pipefail
# `grep -c` (not `grep -q`) reads every line, so the writer never dies of a closed pipe under pipefail.
cd "$(dirname "$0")/.."
bin="$(Scripts/build-release.sh)"
work=$(mktemp -d)
socket="release-check-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
fail() {
  echo "release-check: $*" >&2
  exit 1
}

if command -v readelf >/dev/null 2>&1 && readelf -lW "$bin" | grep -c 'program interpreter' >/dev/null; then
  fail "$bin is dynamically linked; Scripts/build-release.sh should make it static"
fi

export QUIETLEGS_DATA_DIR="$work/data" XDG_CONFIG_HOME="$work/config" TZ=UTC LANG=C.UTF-8
"$bin" --version | grep -c "Licence: MIT" >/dev/null || fail "--version does not name the licence"
"$bin" log cramp --severity 4 --note "release check" >/dev/null || fail "log failed"
"$bin" list | grep -c "release check" >/dev/null || fail "list does not show the logged episode"
# Unix conventions (issue 17): - is standard output, statuses are the documented ones, doctor runs.
"$bin" export --format ics --output - | grep -c "BEGIN:VEVENT" >/dev/null || fail "export --output - did not write to standard output"
[ ! -e ./- ] || fail "export --output - made a file named -"
status=0; "$bin" lst >/dev/null 2>&1 || status=$?
[ "$status" = 64 ] || fail "an unknown command exits $status, not 64"
touch "$work/a-file"
status=0; "$bin" --data-dir "$work/a-file" list >/dev/null 2>&1 || status=$?
[ "$status" = 66 ] || fail "a data folder that is a file exits $status, not 66"
doctor=$("$bin" doctor --format json || true)
grep -q '"quickCheck" : "ok"' <<<"$doctor" || fail "doctor does not report the journal as sound"
"$bin" --generate-completion-script bash | grep -c "calf" >/dev/null || fail "the bash completion does not offer sites"

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

# Install into a throw-away prefix, then uninstall: exactly the installed files go, nothing else.
prefix="$work/prefix"
mkdir -p "$prefix/bin"
echo "not ours" > "$prefix/bin/other-tool"
before=$(cd "$prefix" && find . | sort)
QUIETLEGS_INSTALL_BINARY="$bin" Scripts/install.sh "$prefix" 2>/dev/null
for file in bin/quietlegs share/man/man1/quietlegs.1 share/bash-completion/completions/quietlegs \
  share/zsh/site-functions/_quietlegs share/fish/vendor_completions.d/quietlegs.fish; do
  [ -s "$prefix/$file" ] || fail "install did not write $file"
done
"$prefix/bin/quietlegs" --version | grep -c "Licence: MIT" >/dev/null || fail "the installed program does not run"
size=$(stat -c %s "$prefix/bin/quietlegs")
for section in FILES ENVIRONMENT "EXIT STATUS"; do
  grep -q "^\.SH $section" "$prefix/share/man/man1/quietlegs.1" || fail "the man page has no $section section"
done
Scripts/uninstall.sh "$prefix" 2>/dev/null
after=$(cd "$prefix" && find . | sort)
[ "$before" = "$after" ] || fail "uninstall did not leave the prefix as it was:
$(diff <(echo "$before") <(echo "$after"))"
echo "release-check: install and uninstall into a temporary prefix (installed binary $size bytes)" >&2

# The release files: the .deb unpacks into a throw-away root and runs; the sums match.
dist="$work/dist"
QUIETLEGS_INSTALL_BINARY="$bin" Scripts/package.sh "$dist" 2>/dev/null
mkdir "$work/root"
dpkg -x "$dist"/quietlegs_*.deb "$work/root"
"$work/root/usr/bin/quietlegs" --version | grep -c "Licence: MIT" >/dev/null || fail "the .deb's program does not run"
(cd "$dist" && sha256sum --quiet -c SHA256SUMS) || fail "SHA256SUMS does not match the release files"
echo "release-check: the tarball and .deb are made; the .deb's program runs" >&2
