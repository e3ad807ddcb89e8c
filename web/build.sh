#!/usr/bin/env bash
# web/build.sh — builds the browser client into web/dist: the procgen WebAssembly module,
# Go's wasm_exec.js, the three.js bundle (esbuild) and the static files. Needs Go and npm.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
[ -d node_modules/three ] && [ -d node_modules/esbuild ] || npm ci --no-audit --no-fund --loglevel=error
rm -rf dist.tmp && mkdir -p dist.tmp
(cd .. && GOOS=js GOARCH=wasm go build -trimpath -ldflags=-s -o web/dist.tmp/procgen.wasm ./cmd/procgen-wasm)
cp "$(go env GOROOT)/lib/wasm/wasm_exec.js" dist.tmp/
node_modules/.bin/esbuild src/main.js --bundle --format=esm --minify --sourcemap --log-level=warning --outfile=dist.tmp/main.js
cp src/index.html src/style.css src/worker.js dist.tmp/
rm -rf dist && mv dist.tmp dist
echo "web/build.sh: built web/dist ($(du -sh dist | cut -f1))" >&2
