#!/bin/bash
# Rewrites results.md from the test halves and shows which result rows changed (then update the README's half blocks).
# Usage: scripts/corpus/pinned.sh   (NOBUILD=1 skips the build)
cd "$(dirname "$0")/../.."
MARGINALIA_UPDATE_RESULTS=1 dotnet test tests/Marginalia.Core.Tests ${NOBUILD:+--no-build} --filter "FullyQualifiedName~The_frozen_half" > /dev/null
git diff -U0 tests/Marginalia.Core.Tests/Corpus/blind/results.md | grep -E '^[-+@]' | grep -v '^+++\|^---'
