#!/usr/bin/env bash
# Installs the build tree into a scratch prefix and checks what desktops read from it: every
# hicolor icon size is there (the SVG parses, each PNG is a PNG of its size), then the .desktop
# file passes desktop-file-validate and the metainfo `appstreamcli validate --no-net`.
# Usage: check_desktop_integration.sh BUILD_DIR APP_ID "ICON_SIZES..."
# Exits 77 (CTest: skipped) after the icon checks when a validator is not installed.
set -euo pipefail
build_dir=$1 app_id=$2 icon_sizes=$3

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
"${CMAKE:-cmake}" --install "$build_dir" --prefix "$prefix" >/dev/null ||
    fail "cmake --install $build_dir failed"
share=$prefix/share

# PNG: the 8-byte signature, then the IHDR chunk whose first 8 bytes are width and height.
png_size() {
    local b
    read -ra b <<<"$(od -An -v -tu1 -N24 "$1" | tr '\n' ' ')"
    [ "${b[*]:0:8}" = "137 80 78 71 13 10 26 10" ] || return 1
    echo "$((b[16] << 24 | b[17] << 16 | b[18] << 8 | b[19]))x$((b[20] << 24 | b[21] << 16 | b[22] << 8 | b[23]))"
}

svg=$share/icons/hicolor/scalable/apps/$app_id.svg
[ -s "$svg" ] || fail "$svg was not installed"
rsvg-convert "$svg" >/dev/null || fail "$svg does not parse as SVG"
for size in $icon_sizes; do
    png=$share/icons/hicolor/${size}x${size}/apps/$app_id.png
    [ -s "$png" ] || fail "$png was not installed"
    actual=$(png_size "$png") || fail "$png is not a PNG"
    [ "$actual" = "${size}x${size}" ] || fail "$png is $actual, not ${size}x${size}"
done
echo "icons: scalable + $(wc -w <<<"$icon_sizes") PNG sizes installed"

desktop=$share/applications/$app_id.desktop
metainfo=$share/metainfo/$app_id.metainfo.xml
[ -s "$desktop" ] || fail "$desktop was not installed"
[ -s "$metainfo" ] || fail "$metainfo was not installed"
grep -qx "Icon=$app_id" "$desktop" || fail "$desktop does not name the icon $app_id"
exec_binary=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
[ -x "$prefix/bin/$exec_binary" ] || fail "$desktop runs $exec_binary, which was not installed"

for tool in desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed (packaging/install-deps.sh --tests installs it)"
        exit 77
    fi
done
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $desktop"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli rejects $metainfo"
echo "desktop file and AppStream metainfo valid"
