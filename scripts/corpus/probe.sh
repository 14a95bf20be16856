#!/bin/bash
# Items in the corpus's form (ITEMS.yaml), read the way the tuning half is read; verdicts and details in OUT.
# Usage: scripts/corpus/probe.sh ITEMS.yaml OUT   (NOBUILD=1 skips the build)
set -e
cd "$(dirname "$0")/../.."
ITEMS=$(realpath "${1:?usage: probe.sh ITEMS.yaml OUT}"); OUT=$(realpath -m "${2:?usage: probe.sh ITEMS.yaml OUT}")
MARGINALIA_PROBE=$ITEMS MARGINALIA_CORPUS_DETAILS=$OUT dotnet test tests/Marginalia.Core.Tests ${NOBUILD:+--no-build} \
  --filter "FullyQualifiedName~The_tuning_half" > /dev/null
grep '^## ' "$OUT"
