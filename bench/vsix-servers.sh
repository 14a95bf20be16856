#!/usr/bin/env bash
# Builds the two .vsix packages with the script that packages the extension (scripts/package-vsix.mjs, as
# `npm run package` and `npm run package:linux-x64` do) and unpacks each into bench/out/vsix/<package>, so that the
# protocol benchmark starts the very server a user installs:
#   bench/out/vsix/universal/extension/server/marginalia.dll   framework-dependent, run as `dotnet marginalia.dll`
#   bench/out/vsix/linux-x64/extension/server/marginalia       self-contained, run directly (the launcher prefers it)
# Needs `npm ci` first. Leaves the two .vsix files at the repository root, as the packaging does (~3 min on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(node -p "require('./package.json').version")
npm run build
rm -rf bench/out/vsix
for package in universal linux-x64; do
  if [ "$package" = universal ]; then
    node scripts/package-vsix.mjs
    vsix="marginalia-$version.vsix"
  else
    node scripts/package-vsix.mjs --target "$package"
    vsix="marginalia-$package-$version.vsix"
  fi
  mkdir -p "bench/out/vsix/$package"
  unzip -q "$vsix" 'extension/*' -d "bench/out/vsix/$package"
done
# VS Code keeps the executable bit when it installs a platform package; unzip -q does too when the zip records it.
ls -l bench/out/vsix/linux-x64/extension/server/marginalia bench/out/vsix/universal/extension/server/marginalia.dll
