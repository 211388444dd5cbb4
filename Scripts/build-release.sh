#!/usr/bin/env bash
# Builds the fast release `quietlegs`: one static executable (Swift runtime, Foundation, SQLite,
# ncurses and the C library inside, so no dynamic loader runs at start) with lld placing the
# functions start-up runs side by side (Scripts/link-order.sh writes that list). Prints the
# binary's path on standard output; the build's own output goes to standard error.
# Other products (quietlegs-bench) get the same flags, so the two share compiled modules.
#
# A plain `swift build -c release` also works and makes an ordinary dynamically linked program;
# this script is the measured fast link (docs/PERFORMANCE.md, reasons in docs/DECISIONS.md).
#
# Usage: Scripts/build-release.sh [--scratch-path DIR] [--product NAME]
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=()
product=quietlegs
while [ $# -gt 0 ]; do
  case "$1" in
    --scratch-path) scratch=(--scratch-path "$2"); shift 2 ;;
    --product) product="$2"; shift 2 ;;
    *) echo "build-release: unknown argument '$1' (allowed: --scratch-path DIR, --product NAME)" >&2; exit 64 ;;
  esac
done
common=(-c release --static-swift-stdlib "${scratch[@]}")
link=()
if [ "$(uname -s)" = Linux ]; then
  link=(
    -Xswiftc -static-executable -Xswiftc -use-ld=lld
    -Xlinker "--symbol-ordering-file=$PWD/Sources/quietlegs/Linking/startup-order.txt"
    -Xlinker --no-warn-symbol-ordering
  )
fi
# The order list is a linker flag, not an input SwiftPM tracks: a program linked before the list
# last changed is removed so that it is linked again with the new order.
bin_dir=$(swift build "${common[@]}" --show-bin-path)
order=Sources/quietlegs/Linking/startup-order.txt
if [ -f "$bin_dir/$product" ] && [ "$order" -nt "$bin_dir/$product" ]; then
  rm -f "$bin_dir/$product"
fi
swift build "${common[@]}" "${link[@]}" --product "$product" >&2
echo "$bin_dir/$product"
