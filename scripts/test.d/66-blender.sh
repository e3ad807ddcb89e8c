# Blender client (issue 14): Debian's Blender 3.4, headless, imports GLBs exported by ProcGen
# (heightmap with an edit at two LODs, voxel) and finds the object count, vertex counts,
# bounds and vertex colours procgen generated; then the add-on's operators run end to end
# against a real sidecar and a headless Godot server when the sidecar is built
# (clients/blender/tests/e2e.sh).
ensure_apt blender python3-numpy
bl_out=$CACHE/test/blender
rm -rf "$bl_out" && mkdir -p "$bl_out"
go run ./procgen/export/gltf/internal/sampleconfig >"$bl_out/world.json"
go run ./procgen/export/gltf/internal/sampleconfig voxel >"$bl_out/voxel.json"
go build -o "$bl_out/expect" ./clients/blender/tests/expect
for c in "heightmap world.json -1,0,-1 1,0,0 1" "heightmap_lod4 world.json 0,0,0 2,0,1 4" "voxel voxel.json 0,-1,0 1,1,0 1"; do
	set -- $c
	"$bl_out/expect" -config "$bl_out/$2" -from "$3" -to "$4" -lod "$5" -glb "$bl_out/$1.glb" -json "$bl_out/$1.json"
	if blender -b --factory-startup --python-exit-code 1 --python clients/blender/tests/test_import.py -- \
		"$bl_out/$1.glb" "$bl_out/$1.json" >"$bl_out/$1.log" 2>&1; then
		echo "PASS blender-import $1 ($(grep -o 'checked .*' "$bl_out/$1.log"))"
	else
		grep -E 'FAIL|Error|Traceback' "$bl_out/$1.log" | head -20
		echo "FAIL blender-import $1 (see $bl_out/$1.log)"
	fi
done
if [ -f clients/blender/tests/e2e.sh ]; then
	source clients/blender/tests/e2e.sh
fi
