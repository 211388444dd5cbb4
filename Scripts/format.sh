#!/usr/bin/env bash
# Formats every hand-written Swift file in place, then lints strictly (non-zero exit on any
# finding). Generated files (Sources/QuietLegsTUI/Generated) are left as generated.
# Usage: Scripts/format.sh          format and lint
#        Scripts/format.sh --check  lint only
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find Package.swift Sources Tests -name '*.swift' -not -path '*/Generated/*' | sort)
if [ "${1:-}" != "--check" ]; then
  swift format format --in-place --parallel "${files[@]}"
fi
swift format lint --strict --parallel "${files[@]}"
