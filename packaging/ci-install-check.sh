#!/usr/bin/env bash
# CI: builds the Debian package in BUILD_DIR, installs it into this machine with apt-get, and runs
# the installed programs: certdeck-cli --version, a local-vault smoke test (the installed CLI lists
# the certificates of an installed local vault with demo data), and certdeck --version offscreen.
#   packaging/ci-install-check.sh build/default
# Uses sudo when not run as root. Exits non-zero with a message naming the failed step.
set -euo pipefail

fail() {
    echo "ci-install-check: FAIL: $*" >&2
    exit 1
}
step() { echo "ci-install-check: $*"; }

[ $# = 1 ] || {
    echo "usage: $0 BUILD_DIR" >&2
    exit 2
}
build_dir=$(cd "$1" 2>/dev/null && pwd) || fail "$1 is not a build directory"
[ -f "$build_dir/CPackConfig.cmake" ] || fail "$build_dir is not a configured Certdeck build (no CPackConfig.cmake)"
sudo=""
[ "$(id -u)" = 0 ] || sudo=sudo
app_id=io.github.certdeck.Certdeck

build_package() {
    step "building the Debian package in $build_dir"
    rm -f "$build_dir"/certdeck_*.deb
    (cd "$build_dir" && cpack -G DEB) || fail "cpack -G DEB failed in $build_dir"
    local debs=("$build_dir"/certdeck_*.deb)
    if [ "${#debs[@]}" != 1 ] || [ ! -f "${debs[0]}" ]; then
        fail "cpack made no single certdeck_*.deb in $build_dir"
    fi
    deb=${debs[0]}
    dpkg-deb --field "$deb" Package Version Depends Recommends Suggests
}

install_package() {
    step "installing $deb"
    local apt=(env DEBIAN_FRONTEND=noninteractive apt-get)
    [ -z "$sudo" ] || apt=("$sudo" "${apt[@]}")
    # A machine whose package lists were never fetched resolves nothing: fetch them and retry once.
    "${apt[@]}" install -y -qq "$deb" ||
        { "${apt[@]}" update -qq && "${apt[@]}" install -y -qq "$deb"; } ||
        fail "apt-get install $deb failed"
    local file
    for file in /usr/bin/certdeck /usr/bin/certdeck-cli /usr/bin/certdeck-localvault \
        /usr/share/applications/$app_id.desktop /usr/share/metainfo/$app_id.metainfo.xml \
        /usr/share/icons/hicolor/scalable/apps/$app_id.svg \
        /usr/share/icons/hicolor/48x48/apps/$app_id.png; do
        [ -s "$file" ] || fail "the package did not install $file"
    done
}

check_versions() {
    local version
    version=$(/usr/bin/certdeck-cli --version) || fail "/usr/bin/certdeck-cli --version failed"
    step "installed: $version"
    version=$(QT_QPA_PLATFORM=offscreen /usr/bin/certdeck --version) ||
        fail "QT_QPA_PLATFORM=offscreen /usr/bin/certdeck --version failed"
    step "installed: $version"
}

# The vault prints the path of its connection.json as its first stdout line once it listens.
local_vault_smoke_test() {
    step "local-vault smoke test"
    scratch=$(mktemp -d)
    trap 'stop_vault' EXIT
    exec 3< <(exec /usr/bin/certdeck-localvault --port 0 --data "$scratch/data" --demo 2>"$scratch/vault.log")
    vault_pid=$!
    local connection
    read -r -t 60 connection <&3 ||
        fail "certdeck-localvault printed no connection.json path within 60 s: $(cat "$scratch/vault.log")"
    cat <&3 >/dev/null &
    [ -f "$connection" ] || fail "certdeck-localvault's first line is not a file: $connection"
    local listing count
    listing=$(/usr/bin/certdeck-cli --connection "$connection" list) ||
        fail "/usr/bin/certdeck-cli --connection $connection list failed: $listing"
    echo "$listing"
    listing=$(/usr/bin/certdeck-cli --connection "$connection" --output json list) ||
        fail "/usr/bin/certdeck-cli --connection $connection --output json list failed: $listing"
    count=$({ grep -o '"id":"[^"]*/certificates/' <<<"$listing" || true; } | wc -l)
    [ "$count" -gt 0 ] || fail "/usr/bin/certdeck-cli list shows no certificate of the demo vault: $listing"
    step "the installed CLI lists $count certificates of the installed local vault"
    stop_vault
}

stop_vault() {
    if [ -n "${vault_pid:-}" ]; then
        kill "$vault_pid" 2>/dev/null || true
        wait "$vault_pid" 2>/dev/null || true
        vault_pid=""
    fi
    [ -z "${scratch:-}" ] || rm -rf "$scratch"
}

build_package
install_package
check_versions
local_vault_smoke_test
step "OK: $(basename "$deb") installs and runs"
