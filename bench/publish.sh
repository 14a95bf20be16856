#!/usr/bin/env bash
# Publishes the two servers the protocol benchmark starts: Marginalia as shipped, and the floor.
set -euo pipefail
cd "$(dirname "$0")/.."
# ReadyToRun: the start-up code (JSON-RPC, paper loading, the first note's analysis) is precompiled instead of jitted
# (measured in bench/README.md). It needs a runtime identifier, so only this publish uses it, not the .NET tool package.
dotnet publish server/Marginalia.LanguageServer -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o bench/out/server "$@"
dotnet publish bench/Marginalia.Benchmarks.FloorServer -c Release -o bench/out/floor "$@"
