#!/bin/sh
# Makes the README's screenshots: Verify Desk on its Sandbox under Xvfb at 1024x700, driven with
# the keyboard through xdotool, in the light and the dark theme, with a throw-away HOME.
#
#   docs/screenshots/make.sh                 builds into docs/screenshots/.build first
#   BUILD_DIR=build docs/screenshots/make.sh uses an existing build (needs the verifydesk target)
#   THEMES=dark docs/screenshots/make.sh     only some of the themes
#
# Needs Xvfb, xdotool and ImageMagick (import, convert); pngcrush is used when installed.
set -eu

# A session bus of our own: without one, the keychain library autolaunches a bus bound to the X
# display, whose teardown signals this script when the app quits.
if [ -z "${VERIFYDESK_SCREENSHOT_BUS:-}" ] && command -v dbus-run-session >/dev/null 2>&1; then
    VERIFYDESK_SCREENSHOT_BUS=1 exec dbus-run-session -- sh "$0" "$@"
fi

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$here
display=${SCREENSHOT_DISPLAY:-:97}

if [ -z "${BUILD_DIR:-}" ]; then
    BUILD_DIR=$here/.build
    cmake -S "$root" -B "$BUILD_DIR" -G Ninja >/dev/null
    cmake --build "$BUILD_DIR" --target verifydesk
fi
app=$(find "$BUILD_DIR" -name verifydesk -type f -perm -u+x | head -n 1)
[ -x "$app" ] || { echo "no verifydesk executable under $BUILD_DIR" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/verifydesk-screenshots.XXXXXX")
xvfb_pid=
app_pid=
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

Xvfb "$display" -screen 0 1024x700x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1

export DISPLAY=$display HOME=$work/home XDG_CONFIG_HOME=$work/home/.config \
    XDG_DATA_HOME=$work/home/.local/share XDG_RUNTIME_DIR=$work/run \
    QT_QPA_PLATFORM=xcb LANG=en_GB.UTF-8 LC_ALL=C.UTF-8
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

key() { xdotool key --clearmodifiers "$@"; sleep 0.4; }
type_text() { xdotool type --delay 40 "$1"; sleep 0.3; }

start_app() {
    # A session of its own: signals meant for the app never reach this script.
    setsid "$app" --profile sandbox --lang en >/dev/null 2>&1 &
    app_pid=$!
    for _ in $(seq 1 50); do
        win=$(xdotool search --pid "$app_pid" --name "Verify Desk" 2>/dev/null | head -n 1) || true
        [ -n "$win" ] && break
        sleep 0.2
    done
    [ -n "$win" ] || { echo "the window did not appear" >&2; exit 1; }
    xdotool windowmove "$win" 0 0 windowsize "$win" 1024 700 windowactivate --sync "$win" \
        2>/dev/null || xdotool windowfocus "$win"
    sleep 1.5
}

stop_app() {
    # Without a window manager nobody gives the keyboard back to the window when a dialog closes.
    xdotool windowfocus --sync "$win" 2>/dev/null || true
    key ctrl+q
    # Verifications still running make it ask first: the screenshots need none of them.
    for _ in $(seq 1 15); do
        kill -0 "$app_pid" 2>/dev/null || break
        sleep 0.2
    done
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=
}

shot() {
    sleep 0.8
    import -window root "$work/shot.png"
    convert "$work/shot.png" -crop 1024x700+0+0 +repage -strip "$out/$1.png"
    if command -v pngcrush >/dev/null 2>&1; then
        pngcrush -q -ow "$out/$1.png" >/dev/null 2>&1 || true
    fi
    echo "$out/$1.png"
}

# The setting lives in the app's own ini file (key app/theme): a first start writes the file.
start_app
stop_app
ini=$(find "$XDG_CONFIG_HOME" -name verifydesk.ini | head -n 1)
[ -f "$ini" ] || { echo "no settings file was written" >&2; exit 1; }

for theme in ${THEMES:-light dark}; do
    rm -f "$XDG_DATA_HOME"/*/*/history.sqlite* 2>/dev/null || true
    if grep -q '^theme=' "$ini"; then
        sed -i "s/^theme=.*/theme=$theme/" "$ini"
    elif grep -q '^\[app\]' "$ini"; then
        sed -i "s/^\[app\]/[app]\ntheme=$theme/" "$ini"
    else
        printf '\n[app]\ntheme=%s\n' "$theme" >>"$ini"
    fi
    start_app

    # Step 1: a Dutch mobile number and a brand.
    key alt+n
    type_text "06 12345678"
    key alt+b
    type_text "Acme Support"
    shot "wizard-1-$theme"

    # Step 2: sent; then a second customer (Ctrl+N) while the first waits: the list of running
    # verifications, and the second's PIN step with its countdowns (the PINs are on the
    # simulated phone only).
    key ctrl+Return
    sleep 2
    key ctrl+n
    type_text "06 87654321"
    key ctrl+Return
    sleep 2
    shot "wizard-2-$theme"

    key ctrl+2
    shot "history-$theme"
    key ctrl+3
    key Down
    shot "inspector-$theme"
    # The API console sends its request as typed: the number already has a verification
    # running, and the answer is explained (status 10).
    key ctrl+4
    key ctrl+Return
    sleep 1
    shot "console-$theme"
    # The Sandbox controls under the phone (View menu), then put away again.
    key ctrl+1
    key ctrl+shift+k
    shot "controls-$theme"
    key ctrl+shift+k
    key ctrl+comma
    shot "settings-$theme"
    key F1
    shot "shortcuts-$theme"
    key Escape

    stop_app
done

# A tour in one picture: a verification from the number to the PIN, the History and the exchanges.
if [ -f "$out/wizard-1-light.png" ] && [ -f "$out/inspector-light.png" ]; then
    convert "$out/wizard-1-light.png" "$out/wizard-2-light.png" "$out/history-light.png" \
        "$out/inspector-light.png" -resize 50% -bordercolor white -border 6 +append -strip \
        "$out/tour.png"
    echo "$out/tour.png"
fi
