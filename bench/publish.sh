#!/usr/bin/env bash
# Publishes what the protocol benchmark starts: the servers the extension ships, unpacked from the two .vsix packages
# built by the packaging script (bench/vsix-servers.sh; the benchmark's default is the linux-x64 package's), and the floor.
#   bash bench/publish.sh [--composite]
# --composite also publishes the self-contained composite ReadyToRun build that earlier runs measured
# (bench/out/server/marginalia.dll): no package ships it; it is there to compare with.
set -euo pipefail
cd "$(dirname "$0")/.."
composite=false
if [ "${1:-}" = --composite ]; then composite=true; shift; fi
bash bench/vsix-servers.sh
dotnet publish bench/Marginalia.Benchmarks.FloorServer -c Release -o bench/out/floor "$@"
if $composite; then
  # The framework and the server precompiled together: almost nothing is jitted at start-up. It needs a runtime
  # identifier (and ~110 MB).
  dotnet publish server/Marginalia.LanguageServer -c Release -r linux-x64 --self-contained true \
    -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o bench/out/server "$@"
fi
