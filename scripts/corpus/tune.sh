#!/bin/bash
# The tuning half of the blind corpus: its table, and how each false alarm, miss and wrong-event catch was read, in OUT.
# Usage: scripts/corpus/tune.sh OUT   (NOBUILD=1 skips the build)
set -e
cd "$(dirname "$0")/../.."
OUT=$(realpath -m "${1:?usage: tune.sh OUT}")
MARGINALIA_CORPUS_DETAILS=$OUT dotnet test tests/Marginalia.Core.Tests ${NOBUILD:+--no-build} --filter "FullyQualifiedName~The_tuning_half" \
  --logger "console;verbosity=detailed" 2>&1 | grep -E "^\s*\|" | sed 's/^\s*//'
echo "false alarms: $(grep -c '^## FALSE ALARM' "$OUT")  missed: $(grep -c '^## MISSED' "$OUT")  wrong event: $(grep -c '^## WRONG EVENT' "$OUT")"
