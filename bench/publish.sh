#!/usr/bin/env bash
# Publishes the two servers the protocol benchmark starts: Marginalia, and the floor.
set -euo pipefail
cd "$(dirname "$0")/.."
# Self-contained with composite ReadyToRun: the framework and the server are precompiled together, so calls across
# assemblies are inlined and almost nothing is jitted at start-up (measured against framework-dependent ReadyToRun in
# bench/README.md: `initialize` 1.1-1.4x -> 1.0x the floor, edit -> diagnostics 14-20 -> 11-17 ms). It needs a runtime
# identifier (and ~110 MB), so only this publish uses it, not the .NET tool package or the vsix.
dotnet publish server/Marginalia.LanguageServer -c Release -r linux-x64 --self-contained true \
  -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o bench/out/server "$@"
dotnet publish bench/Marginalia.Benchmarks.FloorServer -c Release -o bench/out/floor "$@"
