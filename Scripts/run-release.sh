#!/usr/bin/env bash
# Builds the fast static release program (Scripts/build-release.sh) and runs it with the
# arguments given: `Scripts/run-release.sh list`, `Scripts/run-release.sh tui --pane causes`.
set -euo pipefail
bin="$("$(dirname "$0")/build-release.sh")"
exec "$bin" "$@"
