#!/usr/bin/env bash
# Regenerates the data files the binary carries (themes, routines, cause catalogue).
# Tests compare the generated Swift with the data files and fail when they drift.
set -euo pipefail
cd "$(dirname "$0")/.."
out=Sources/QuietLegsCore/Generated
Scripts/embed-data.sh EmbeddedThemes "$out/EmbeddedThemes.swift" themes/*.toml
Scripts/embed-data.sh EmbeddedRoutines "$out/EmbeddedRoutines.swift" Sources/QuietLegsCore/Routines/Builtin/*.toml
Scripts/embed-data.sh EmbeddedKnowledge "$out/EmbeddedKnowledge.swift" Sources/QuietLegsCore/Knowledge/*.toml
