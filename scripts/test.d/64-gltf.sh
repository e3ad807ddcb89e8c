# glTF export (issue 14): every GLB the exporter writes — heightmap with edits at two LODs,
# voxel with edits, the procgen-export command's output — passes the Khronos glTF-Validator
# (npm gltf-validator, tests/gltf/) with 0 errors and 0 warnings.
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || ensure_apt nodejs npm
gltf_out=$CACHE/test/gltf
rm -rf "$gltf_out" && mkdir -p "$gltf_out"
(cd tests/gltf && npm ci --no-audit --no-fund --loglevel=error >"$gltf_out/npm.log" 2>&1) ||
	{ echo "FAIL gltf-validator-install (see $gltf_out/npm.log)"; return 0; }

PROCGEN_GLTF_SAMPLES=$gltf_out go test -count=1 -run '^TestWriteSamples$' ./procgen/export/gltf >"$gltf_out/samples.log" 2>&1 ||
	echo "FAIL gltf-samples (see $gltf_out/samples.log)"

# The command-line tool, from a world config file.
go build -o "$gltf_out/procgen-export" ./cmd/procgen-export
go run ./procgen/export/gltf/internal/sampleconfig >"$gltf_out/world.json"
"$gltf_out/procgen-export" -q -config "$gltf_out/world.json" -center 0,0,0 -radius 1 -lod 2 -o "$gltf_out/cli_lod2.glb" ||
	echo "FAIL gltf-cli-export"

for f in "$gltf_out"/*.glb; do
	if node tests/gltf/validate.mjs "$f" >"$f.report" 2>&1; then
		echo "PASS gltf-validator $(basename "$f") ($(sed -n 's/^ok *[^:]*: //p' "$f.report"))"
	else
		cat "$f.report"
		echo "FAIL gltf-validator $(basename "$f")"
	fi
done
