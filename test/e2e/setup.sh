#!/usr/bin/env bash
# Installs everything the end-to-end tests need, offline-capable: the machine only
# reaches the npm registry and Debian's apt repositories.
#
#   - Debian packages: chromium (the browser playwright-core drives), neovim (0.7+,
#     whose built-in LSP client the Neovim test drives), ripgrep (its
#     rg stands in for the binary @vscode/ripgrep would download from GitHub),
#     libkrb5-dev (headers for code-server's native `kerberos` module), and a C++
#     toolchain if missing (code-server builds several native modules with node-gyp).
#   - Pre-seeds @vscode/ripgrep's download cache with Debian's rg, so its postinstall
#     never touches the internet.
#   - npm installs code-server + playwright-core into test/e2e/node_modules (its own
#     package.json: none of this is a dependency of the extension).
#
# Idempotent: a second run installs nothing and takes a second or two.
# Works as root in CI (CI=true, no stdin). Usage: bash test/e2e/setup.sh
# Then: npm run test:e2e (builds, packages the .vsix, runs test/e2e/run.mjs).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE"

SECONDS=0
step() { printf '[e2e setup %4ss] %s\n' "$SECONDS" "$*"; }

# ---------------------------------------------------------------------------
# 1. Debian packages (installed only when missing)
# ---------------------------------------------------------------------------
APT_PACKAGES=(chromium neovim ripgrep libkrb5-dev)
command -v python3 >/dev/null 2>&1 || APT_PACKAGES+=(python3)
command -v make    >/dev/null 2>&1 || APT_PACKAGES+=(make)
command -v g++     >/dev/null 2>&1 || APT_PACKAGES+=(g++)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo -n"; fi
  export DEBIAN_FRONTEND=noninteractive
  step "apt-get install ${missing[*]}"
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -q </dev/null
  $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -q "${missing[@]}" </dev/null
else
  step "apt packages already installed: ${APT_PACKAGES[*]}"
fi

for bin in /usr/bin/chromium /usr/bin/nvim /usr/bin/rg; do
  [ -x "$bin" ] || { echo "setup.sh: $bin missing after apt install" >&2; exit 1; }
done

# ---------------------------------------------------------------------------
# 2. Pre-seed @vscode/ripgrep's download cache
# ---------------------------------------------------------------------------
# code-server 4.100.3 pins @vscode/ripgrep 1.15.11 in lib/vscode/npm-shrinkwrap.json.
# Its lib/postinstall.js + lib/download.js look for
#   path.join(os.tmpdir(), `vscode-ripgrep-cache-${packageVersion}`)
#     / `ripgrep-${VERSION}-${target}.tar.gz`
# with VERSION = 'v13.0.0-10' and target 'x86_64-unknown-linux-musl' on linux x64
# ('aarch64-unknown-linux-musl' on arm64), and if present untars it (`tar xvf`)
# into node_modules/@vscode/ripgrep/bin/, expecting a top-level `rg`.
# If code-server is bumped, re-read those two files and update these values.
RIPGREP_PKG_VERSION=1.15.11
RIPGREP_TAG=v13.0.0-10
case "$(uname -m)" in
  x86_64) RG_TARGET=x86_64-unknown-linux-musl ;;
  aarch64 | arm64) RG_TARGET=aarch64-unknown-linux-musl ;;
  *) echo "setup.sh: unsupported arch $(uname -m)" >&2; exit 1 ;;
esac

# os.tmpdir() honours TMPDIR/TMP/TEMP; ask node itself, then pin TMPDIR so that
# npm and every lifecycle script below see the very same directory.
TMP_ROOT="$(node -p 'require("os").tmpdir()')"
mkdir -p "$TMP_ROOT"
export TMPDIR="$TMP_ROOT"
RG_CACHE_DIR="$TMP_ROOT/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
RG_TARBALL="$RG_CACHE_DIR/ripgrep-$RIPGREP_TAG-$RG_TARGET.tar.gz"

if [ -s "$RG_TARBALL" ] && tar -tzf "$RG_TARBALL" 2>/dev/null | grep -qx 'rg'; then
  step "ripgrep cache already seeded: $RG_TARBALL"
else
  step "seeding ripgrep cache: $RG_TARBALL (from /usr/bin/rg)"
  mkdir -p "$RG_CACHE_DIR"
  stage="$(mktemp -d)"
  install -m 0755 /usr/bin/rg "$stage/rg"
  tar -czf "$RG_TARBALL.partial" -C "$stage" rg
  mv -f "$RG_TARBALL.partial" "$RG_TARBALL"
  rm -rf "$stage"
fi

# ---------------------------------------------------------------------------
# 3. npm install (code-server, playwright-core) into test/e2e/node_modules
# ---------------------------------------------------------------------------
# code-server's postinstall.sh refuses to run as root unless npm_config_unsafe_perm
# is "true", then runs `npm install` in lib/vscode and lib/vscode/extensions, which
# builds native modules (kerberos, node-pty, spdlog, ...) with node-gyp.
export npm_config_yes=true
export npm_config_unsafe_perm=true
export npm_config_audit=false
export npm_config_fund=false
export npm_config_update_notifier=false
# node-gyp must not download Node's headers (no internet): build against the
# machine's own (/usr/include/node) unless npm is already told where they are.
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ]; then
  nodedir="$(npm config get nodedir 2>/dev/null || true)"
  if [ -z "$nodedir" ] || [ "$nodedir" = "undefined" ] || [ "$nodedir" = "null" ]; then
    export npm_config_nodedir=/usr
  fi
fi

CS_DIR="$HERE/node_modules/code-server"
RG_BIN="$CS_DIR/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
STAMP="$HERE/node_modules/.scholarly-lens-e2e-stamp"
stamp_of() { { node -v; cat package.json; [ ! -f package-lock.json ] || cat package-lock.json; } | sha256sum | cut -d' ' -f1; }

installed_ok() {
  [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$(stamp_of)" ] &&
    [ -x "$HERE/node_modules/.bin/code-server" ] &&
    [ -f "$HERE/node_modules/playwright-core/package.json" ] &&
    [ -x "$RG_BIN" ] &&
    [ -d "$CS_DIR/lib/vscode/node_modules/node-pty" ]
}

if installed_ok; then
  step "node_modules up to date (code-server, playwright-core)"
else
  rm -f "$STAMP"
  if [ -f package-lock.json ]; then
    step "npm ci (from package-lock.json)"
    npm ci --no-audit --no-fund </dev/null
  else
    step "npm install (no package-lock.json yet: one is written)"
    npm install --no-audit --no-fund </dev/null
  fi
  if [ ! -x "$RG_BIN" ]; then
    echo "setup.sh: $RG_BIN missing: @vscode/ripgrep's postinstall did not use the seeded cache" >&2
    exit 1
  fi
  actual_rg_pkg="$(node -p "require('$CS_DIR/lib/vscode/node_modules/@vscode/ripgrep/package.json').version")"
  if [ "$actual_rg_pkg" != "$RIPGREP_PKG_VERSION" ]; then
    echo "setup.sh: warning: @vscode/ripgrep is $actual_rg_pkg, cache seeded for $RIPGREP_PKG_VERSION" >&2
  fi
  stamp_of >"$STAMP" # after the install: npm install may have just written the lock
fi

step "code-server $("$HERE/node_modules/.bin/code-server" --version 2>/dev/null | tail -n1)"
step "playwright-core $(node -p "require('$HERE/node_modules/playwright-core/package.json').version")"
step "$(/usr/bin/chromium --version 2>/dev/null | head -n1)"
step "$(/usr/bin/nvim --version 2>/dev/null | head -n1)"
step "done"
