#!/usr/bin/env bash
# Installs Verify Desk as a distribution package would (DESTDIR with a /usr prefix) and as a user
# would (a fresh prefix), checks that every file is in place and nothing else is installed,
# validates the .desktop file and the AppStream metainfo, and starts the installed binaries.
#
# Usage: install_layout.sh BUILD_DIR WORK_DIR VERSION MODULE_DIR [CONFIG]
#   MODULE_DIR: where the run-time modules go, relative to the prefix (lib/verifydesk, say)
set -euo pipefail

build_dir=$1
work=$2
version=$3
module_dir=$4
config=${5:-}
app_id=nl.verifydesk.VerifyDesk

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

for tool in cmake desktop-file-validate appstreamcli readelf strings; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (see .ci/install-deps)" >&2; exit 1; }
done

rm -rf "$work"
mkdir -p "$work/home"
config_args=()
if [ -n "$config" ]; then
    config_args=(--config "$config")
fi

# The files a package ships, relative to the prefix; anything more or less is a failure.
expected=$(sort <<LIST
bin/verify-sandbox
bin/verifydesk
$module_dir/libverifydesk_phonenumber.so
share/applications/$app_id.desktop
share/icons/hicolor/scalable/apps/$app_id.svg
share/metainfo/$app_id.metainfo.xml
LIST
)

check_tree() {
    local label=$1 root=$2
    echo "== $label: $root"
    local found
    found=$(cd "$root" && find . -type f -o -type l | sed 's|^\./||' | sort)
    if [ "$found" != "$expected" ]; then
        fail "$label: installed files differ from the expected list"
        diff <(echo "$expected") <(echo "$found") >&2 || true
    fi

    for exe in verifydesk verify-sandbox; do
        [ -x "$root/bin/$exe" ] || { fail "$label: bin/$exe is missing or not executable"; continue; }
        # The build tree must not leak into the installed binary.
        if readelf -d "$root/bin/$exe" | grep -E 'R(UN)?PATH' | grep -F "$build_dir" >/dev/null; then
            fail "$label: bin/$exe has an RPATH into the build tree"
        fi
    done

    local desktop="$root/share/applications/$app_id.desktop"
    local metainfo="$root/share/metainfo/$app_id.metainfo.xml"
    local icon="$root/share/icons/hicolor/scalable/apps/$app_id.svg"

    if [ -f "$desktop" ]; then
        # Hints count too: two main categories put the app twice into some menus.
        local said
        if ! said=$(desktop-file-validate "$desktop" 2>&1) || [ -n "$said" ]; then
            fail "$label: desktop-file-validate finds fault with $app_id.desktop: $said"
        fi
        grep -qx "Exec=verifydesk" "$desktop" || fail "$label: the .desktop file does not run verifydesk"
        grep -qx "Icon=$app_id" "$desktop" || fail "$label: the .desktop file's Icon is not $app_id"
        grep -qx "StartupWMClass=verifydesk" "$desktop" \
            || fail "$label: StartupWMClass does not match the X11 WM_CLASS instance (verifydesk)"
        for key in Name GenericName Comment Keywords; do
            grep -q "^$key=" "$desktop" || fail "$label: the .desktop file has no $key"
            grep -q "^$key\[nl\]=" "$desktop" || fail "$label: the .desktop file has no Dutch $key"
        done
        grep -qx "Categories=Network;Telephony;" "$desktop" \
            || fail "$label: the .desktop file's Categories changed"
    fi

    if [ -f "$metainfo" ]; then
        if ! appstreamcli validate --no-net "$metainfo"; then
            fail "$label: appstreamcli rejects $app_id.metainfo.xml"
        fi
        grep -qF "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
            || fail "$label: the metainfo does not launch $app_id.desktop"
        grep -qF "<release version=\"$version\"" "$metainfo" \
            || fail "$label: the metainfo has no release $version"
        for exe in verifydesk verify-sandbox; do
            grep -qF "<binary>$exe</binary>" "$metainfo" || fail "$label: the metainfo does not provide $exe"
        done
    fi

    if [ -f "$icon" ]; then
        grep -q "<svg" "$icon" || fail "$label: the icon is not an SVG"
        grep -q 'viewBox=' "$icon" || fail "$label: the icon has no viewBox and will not scale"
    fi

    if [ -x "$root/bin/verify-sandbox" ]; then
        local out
        if out=$("$root/bin/verify-sandbox" --help 2>&1); then
            grep -q -- "--port" <<<"$out" || fail "$label: verify-sandbox --help does not list --port"
        else
            fail "$label: verify-sandbox --help failed: $out"
        fi
    fi
    if [ -x "$root/bin/verifydesk" ]; then
        local out
        if out=$(HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" \
                 XDG_DATA_HOME="$work/home/data" QT_QPA_PLATFORM=offscreen \
                 "$root/bin/verifydesk" --version 2>&1); then
            grep -qx "Verify Desk $version" <<<"$out" \
                || fail "$label: verifydesk --version says \"$out\", not \"Verify Desk $version\""
        else
            fail "$label: verifydesk --version failed: $out"
        fi
        # The installed binary reads numbers through the installed phone-number module.
        if out=$(LD_DEBUG=files QT_QPA_PLATFORM=offscreen "$root/bin/verifydesk" \
                 --check-number "06 12345678" 2>"$work/ld-debug.log"); then
            [ "$out" = "+31612345678" ] \
                || fail "$label: verifydesk --check-number says \"$out\", not \"+31612345678\""
            grep -q "file=$root/$module_dir/libverifydesk_phonenumber.so " "$work/ld-debug.log" \
                || fail "$label: verifydesk did not load $root/$module_dir/libverifydesk_phonenumber.so"
        else
            fail "$label: verifydesk --check-number failed: $(tail -5 "$work/ld-debug.log")"
        fi
        # The Dutch translation is embedded: rcc stores resource names in UTF-16 big-endian.
        strings -eb "$root/bin/verifydesk" | grep -x "verifydesk_nl.qm" >/dev/null \
            || fail "$label: the Dutch translation is not embedded in verifydesk"
    fi
}

# As a distribution package: DESTDIR with /usr as the prefix.
DESTDIR="$work/destdir" cmake --install "$build_dir" --prefix /usr "${config_args[@]}" >"$work/destdir.log" \
    || { cat "$work/destdir.log" >&2; echo "FAIL: cmake --install with DESTDIR" >&2; exit 1; }
check_tree "DESTDIR=$work/destdir, prefix /usr" "$work/destdir/usr"
if ! appstreamcli validate-tree --no-net "$work/destdir"; then
    fail "appstreamcli validate-tree rejects the installed tree"
fi

# As a user: a fresh prefix.
cmake --install "$build_dir" --prefix "$work/prefix" "${config_args[@]}" >"$work/prefix.log" \
    || { cat "$work/prefix.log" >&2; echo "FAIL: cmake --install into a prefix" >&2; exit 1; }
check_tree "prefix" "$work/prefix"

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "install_layout: all checks passed"
