#!/usr/bin/env bash
# Makes the release files in OUTDIR (default dist/): a tarball with the stripped program, its man
# page, completions, README and LICENSE, a .deb built with dpkg-deb, and SHA256SUMS for both.
# The .deb depends only on what the static program reads at run time: the terminal
# descriptions (ncurses-base) and the time zone files (tzdata).
#
# Usage: Scripts/package.sh [OUTDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-dist}"
mkdir -p "$out"
out=$(cd "$out" && pwd)
version=$(grep -o '"[0-9][0-9.]*"' Sources/QuietLegsCore/Version.swift | tr -d '"')
arch=$(dpkg --print-architecture 2>/dev/null || uname -m)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The tarball: the same layout install.sh makes under a prefix, plus README and LICENSE.
name="quietlegs-$version-linux-$arch"
Scripts/install.sh "$work/$name" 2>/dev/null
rm -r "$work/$name/share/quietlegs"
cp README.md LICENSE "$work/$name/"
tar -C "$work" -czf "$out/$name.tar.gz" "$name"

# The .deb: files under /usr, a control file, and the licence where Debian keeps it.
root="$work/deb"
Scripts/install.sh "$root/usr" 2>/dev/null
rm -r "$root/usr/share/quietlegs"
gzip -9n "$root/usr/share/man/man1/quietlegs.1"
install -D -m 0644 LICENSE "$root/usr/share/doc/quietlegs/copyright"
mkdir -p "$root/DEBIAN"
size=$(du -sk "$root/usr" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: quietlegs
Version: $version
Architecture: $arch
Maintainer: The QuietLegs authors <quietlegs@localhost>
Installed-Size: $size
Depends: ncurses-base, tzdata
Section: misc
Priority: optional
Description: calm terminal journal for night leg cramps and restless legs
 Log a bad night in a few keystrokes, see months of nights at a glance, learn
 what may be behind them (every cause names its source) and follow timed
 bedtime routines. Not medical advice.
CONTROL
deb="$out/quietlegs_${version}_$arch.deb"
dpkg-deb --root-owner-group --build "$root" "$deb" >&2
(cd "$out" && sha256sum "$name.tar.gz" "$(basename "$deb")" > SHA256SUMS)
echo "package: $out/$name.tar.gz, $deb, $out/SHA256SUMS" >&2
