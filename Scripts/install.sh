#!/usr/bin/env bash
# Installs QuietLegs under PREFIX (default ~/.local): the fast static release program, stripped,
# its man page and its bash, zsh and fish completions, each where those tools look by default.
# Writes the list of installed files to PREFIX/share/quietlegs/installed-files, which
# Scripts/uninstall.sh reads to remove exactly those files.
#
# Usage: Scripts/install.sh [PREFIX]
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:-$HOME/.local}"
case "$prefix" in
  /*) ;;
  *) prefix="$PWD/$prefix" ;;
esac
bin="${QUIETLEGS_INSTALL_BINARY:-$(Scripts/build-release.sh)}"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

cp "$bin" "$stage/quietlegs"
strip "$stage/quietlegs" 2>/dev/null || echo "install: strip not found; installing unstripped" >&2
"$stage/quietlegs" --experimental-dump-help | python3 Scripts/manpage.py > "$stage/quietlegs.1"
"$stage/quietlegs" --generate-completion-script bash > "$stage/quietlegs.bash"
"$stage/quietlegs" --generate-completion-script zsh > "$stage/_quietlegs"
"$stage/quietlegs" --generate-completion-script fish > "$stage/quietlegs.fish"

targets=(
  "bin/quietlegs:0755:quietlegs"
  "share/man/man1/quietlegs.1:0644:quietlegs.1"
  "share/bash-completion/completions/quietlegs:0644:quietlegs.bash"
  "share/zsh/site-functions/_quietlegs:0644:_quietlegs"
  "share/fish/vendor_completions.d/quietlegs.fish:0644:quietlegs.fish"
)
list="$prefix/share/quietlegs/installed-files"
mkdir -p "$(dirname "$list")"
: > "$list.new"
for target in "${targets[@]}"; do
  IFS=: read -r path mode source <<< "$target"
  install -D -m "$mode" "$stage/$source" "$prefix/$path"
  echo "$prefix/$path" >> "$list.new"
done
echo "$list" >> "$list.new"
mv "$list.new" "$list"
echo "install: QuietLegs installed under $prefix (files listed in $list)" >&2
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "install: $prefix/bin is not on your PATH; add it to use 'quietlegs'" >&2 ;;
esac
