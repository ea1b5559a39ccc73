#!/usr/bin/env bash
# Proves the published package works on a clean machine: pack the tarball `npm publish` would
# upload, install it globally into an empty prefix, and run it from outside the repository
# (so nothing resolves from this checkout's node_modules): `vouch --version` and a scan of the demo.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

npm run build --silent
tarball=$(npm pack --silent --pack-destination "$work" | tail -1)
npm install --global --no-audit --no-fund --prefix "$work/prefix" "$work/$tarball" >/dev/null 2>"$work/install.log" || { cat "$work/install.log"; exit 1; }
# Every dependency must support the Node versions we claim (`engines.node`): npm only warns.
if grep -q EBADENGINE "$work/install.log"; then echo "pack-smoke: a dependency does not support our Node range:"; grep -A3 EBADENGINE "$work/install.log"; exit 1; fi

vouch="$work/prefix/bin/vouch"
version=$("$vouch" --version)
expected=$(node -p "require('./package.json').version")
[ "$version" = "$expected" ] || { echo "pack-smoke: vouch --version printed '$version', expected '$expected'"; exit 1; }

# The installed copy must run its bundle (start-up): npm does not keep file times, so make the
# unbundled entry the newest file and turn it into a trap; --version and the scan below must not reach it.
installed="$work/prefix/lib/node_modules/vouch"
[ -f "$installed/dist/bundle/main.js" ] || { echo "pack-smoke: the package has no dist/bundle/main.js"; exit 1; }
printf '%s\n' "export async function main() { process.stderr.write('pack-smoke: the unbundled CLI ran\\n'); process.exitCode = 99; }" > "$installed/dist/src/cli/main.js"
touch "$installed/dist/src/cli/main.js"
[ "$("$vouch" --version)" = "$expected" ] || { echo "pack-smoke: the installed copy did not run its bundle"; exit 1; }

# Scan a copy of the demo app outside the repository: the gate must fail (exit 1) on its findings.
cp -r examples/ai-app "$work/demo"
set +e
"$vouch" scan "$work/demo" --only code,secrets --format json -o "sarif=$work/demo.sarif" > "$work/report.json"
code=$?
set -e
[ "$code" = 1 ] || { echo "pack-smoke: scan of the demo exited $code, expected 1 (gate failed)"; exit 1; }
count=$(node -e "const r = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8')); console.log(r.findings.filter((f) => f.ruleId.startsWith('js/')).length)" "$work/report.json")
[ "$count" -ge 10 ] || { echo "pack-smoke: only $count code findings in the demo scan"; exit 1; }
[ -s "$work/demo.sarif" ] || { echo "pack-smoke: no SARIF written"; exit 1; }
echo "pack-smoke: installed $tarball globally, vouch $version scanned the demo ($count code findings, gate failed as expected)"
