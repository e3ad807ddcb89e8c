# glTF export (issue 14): the Go exporter's rate and size (go test -bench), then one headless
# Godot run comparing ProcGen.export_gltf with Godot's own GLTFDocument export of the streamed
# scene (tests/bench/gltf_export.gd): chunks/s, bytes/chunk, GLB size, ratios.
go test -run '^$' -bench '^BenchmarkExport$' -benchtime 5x ./procgen/export/gltf | grep -E '^Benchmark' &&
	echo "PASS bench-gltf-go" || echo "FAIL bench-gltf-go"
ensure_godot
[ -f "$LIB" ] || build_lib >/dev/null
if "$GODOT_CMD" --headless --path "$PROJECT" -s res://tests/bench/gltf_export.gd 2>&1 | tee "$CACHE/bench-gltf.log" | grep '^BENCH'; then
	grep -q '^BENCH gltf ratio' "$CACHE/bench-gltf.log" && echo "PASS bench-gltf-godot" || echo "FAIL bench-gltf-godot"
else
	echo "FAIL bench-gltf-godot"
fi
