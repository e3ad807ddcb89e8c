# Sidecar benchmarks: browser-side (WebAssembly, in V8) against native chunk generation;
# channel fan-out to 200 clients; late-join bytes against shipping meshes; memory per client.
command -v node >/dev/null 2>&1 || ensure_apt nodejs
log "replica chunk generation: native, then GOOS=js GOARCH=wasm under Node.js"
native=$(go test -run '^$' -bench 'ReplicaChunk' -benchtime 2s ./replica/ | grep '^BenchmarkReplicaChunk') || { echo "FAIL bench-replica-native"; return 0; }
wasm=$(GOOS=js GOARCH=wasm go test -exec "$(go env GOROOT)/lib/wasm/go_js_wasm_exec" -run '^$' -bench 'ReplicaChunk' -benchtime 2s ./replica/ | grep '^BenchmarkReplicaChunk') ||
	{ echo "FAIL bench-replica-wasm"; return 0; }
echo "$native"
echo "$wasm"
n=$(echo "$native" | awk '{print $3}')
w=$(echo "$wasm" | awk '{print $3}')
awk -v n="$n" -v w="$w" 'BEGIN { printf "BENCH wasm chunk: %.0f µs native, %.0f µs wasm: wasm takes %.2fx native\n", n/1000, w/1000, w/n }'
go test -run '^$' -bench 'Fanout|LateJoin|MemoryPerClient' -benchtime 1x ./sidecar/ | grep -E '^(BENCH|Benchmark)' || { echo "FAIL bench-sidecar"; return 0; }
echo "PASS bench-sidecar"
