# ./build.sh blender-render [OUT.png]: exports a 16×12-chunk region of the sample world
# (seed 5, one raise edit, LOD step 2) and renders it in headless Blender with the Workbench
# engine (vertex colours), as in the README (docs/blender_region.png).
ensure_apt blender python3-numpy
out=${1:-$ROOT/docs/blender_region.png}
tmp=$(mktemp -d)
(cd "$ROOT" && go run ./procgen/export/gltf/internal/sampleconfig >"$tmp/world.json" &&
	go run ./clients/blender/tests/expect -config "$tmp/world.json" -from -8,0,-6 -to 7,0,5 -lod 2 -glb "$tmp/region.glb" -json "$tmp/region.json") ||
	die "exporting the region failed"
blender -b --factory-startup --python "$ROOT/clients/blender/tests/render.py" -o "$tmp/render_" -F PNG -f 1 -- "$tmp/region.glb" >"$tmp/blender.log" 2>&1 ||
	die "blender failed (see $tmp/blender.log)"
mkdir -p "$(dirname "$out")"
mv "$tmp/render_0001.png" "$out"
rm -rf "$tmp"
log "wrote $out"
