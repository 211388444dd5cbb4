#!/usr/bin/env bash
# Removes exactly the files Scripts/install.sh installed under PREFIX (default ~/.local), as
# listed in PREFIX/share/quietlegs/installed-files, and the folders that leaves empty. The
# journal and settings (~/.local/share/quietlegs/journal.sqlite3, ~/.config/quietlegs) stay.
#
# Usage: Scripts/uninstall.sh [PREFIX]
set -euo pipefail
prefix="${1:-$HOME/.local}"
case "$prefix" in
  /*) ;;
  *) prefix="$PWD/$prefix" ;;
esac
list="$prefix/share/quietlegs/installed-files"
if [ ! -f "$list" ]; then
  echo "uninstall: no QuietLegs installation under $prefix ($list is missing); nothing removed" >&2
  exit 1
fi
mapfile -t files < "$list"
for file in "${files[@]}"; do
  case "$file" in
    "$prefix"/*) rm -f -- "$file" ;;
    *) echo "uninstall: skipped $file (outside $prefix)" >&2 ;;
  esac
done
for file in "${files[@]}"; do
  dir=$(dirname "$file")
  while [ "$dir" != "$prefix" ] && [ "${dir#"$prefix"/}" != "$dir" ]; do
    rmdir -- "$dir" 2>/dev/null || break
    dir=$(dirname "$dir")
  done
done
echo "uninstall: removed QuietLegs from $prefix (your journal and settings were kept)" >&2
