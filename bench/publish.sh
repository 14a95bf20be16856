#!/usr/bin/env bash
# Publishes the two servers the protocol benchmark starts: Marginalia as shipped, and the floor.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet publish server/Marginalia.LanguageServer -c Release -o bench/out/server "$@"
dotnet publish bench/Marginalia.Benchmarks.FloorServer -c Release -o bench/out/floor "$@"
