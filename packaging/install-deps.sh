#!/usr/bin/env bash
# Installs every Debian 12 package Certdeck needs to build, run and test.
#   packaging/install-deps.sh          build and run
#   packaging/install-deps.sh --tests  also what the test suite needs (Node packages for conformance)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
sudo=""
[ "$(id -u)" = 0 ] || sudo=sudo

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite qtkeychain-qt6-dev libgl-dev libfontconfig-dev
    libssl-dev openssl ca-certificates
    fonts-noto-cjk
    librsvg2-bin file  # rsvg-convert renders the icon sizes; cpack needs file for dpkg-shlibdeps
)
test_packages=(nodejs npm xvfb xauth sqlite3 desktop-file-utils appstream clang clang-format libclang-rt-14-dev)

want_tests=0
[ "${1:-}" = "--tests" ] && want_tests=1

missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ "$want_tests" = 1 ]; then
    for p in "${test_packages[@]}"; do
        # Node may come from another Debian-compatible package (nodejs already provides npm there).
        if [ "$p" = npm ] || [ "$p" = nodejs ]; then command -v "${p/nodejs/node}" >/dev/null && continue; fi
        dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
    done
fi
if [ "${#missing[@]}" -gt 0 ]; then
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ "$want_tests" = 1 ]; then
    # Conformance tests run the official Azure SDK for JavaScript, pinned by the lock file.
    (cd "$here/tests/conformance" && npm ci --no-audit --no-fund --loglevel=error)
fi
