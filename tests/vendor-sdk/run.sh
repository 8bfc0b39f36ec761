#!/usr/bin/env bash
# Runs vonage_sdk_flow.mjs against a fresh verify-sandbox.
#
# Usage: run.sh VERIFY_SANDBOX_EXE SOURCE_DIR WORK_DIR
#   SOURCE_DIR holds package.json, package-lock.json and the script; the locked packages are
#   installed with `npm ci` into WORK_DIR (under the build tree), never into the source tree.
set -euo pipefail

if [[ $# -ne 3 ]]; then
    echo "usage: $0 VERIFY_SANDBOX_EXE SOURCE_DIR WORK_DIR" >&2
    exit 2
fi
sandbox_exe=$1
source_dir=$2
work_dir=$3
node=${NODE:-node}
npm=${NPM:-npm}

mkdir -p "$work_dir"
# Install when nothing was installed yet or the lock file changed since; the stamp is written only
# after a successful install.
stamp="$work_dir/installed-package-lock.json"
if [[ ! -d "$work_dir/node_modules" ]] || ! cmp -s "$source_dir/package-lock.json" "$stamp"; then
    rm -f "$stamp"
    cp "$source_dir/package.json" "$source_dir/package-lock.json" "$work_dir/"
    (cd "$work_dir" && "$npm" ci --no-audit --no-fund --loglevel=error)
    cp "$source_dir/package-lock.json" "$stamp"
fi
cp "$source_dir/vonage_sdk_flow.mjs" "$work_dir/"

sandbox_out=$(mktemp)
sandbox_pid=
cleanup() {
    if [[ -n "$sandbox_pid" ]]; then
        kill "$sandbox_pid" 2>/dev/null || true
        wait "$sandbox_pid" 2>/dev/null || true
    fi
    rm -f "$sandbox_out"
}
trap cleanup EXIT

"$sandbox_exe" --port 0 >"$sandbox_out" &
sandbox_pid=$!

base_url=
for _ in $(seq 1 100); do
    base_url=$(sed -n 's|^listening on \(http://127\.0\.0\.1:[0-9][0-9]*\).*$|\1|p' "$sandbox_out")
    [[ -n "$base_url" ]] && break
    if ! kill -0 "$sandbox_pid" 2>/dev/null; then
        echo "verify-sandbox exited before it listened" >&2
        exit 1
    fi
    sleep 0.1
done
if [[ -z "$base_url" ]]; then
    echo "verify-sandbox did not print its URL within 10 s" >&2
    exit 1
fi
echo "verify-sandbox at $base_url"

"$node" "$work_dir/vonage_sdk_flow.mjs" "$base_url"
