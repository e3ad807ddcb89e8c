# The Blender add-on end to end (sourced by scripts/test.d/66-blender.sh): a real sidecar on
# loopback sharing a PostgreSQL schema with a headless Godot server; Blender installs the
# add-on from its zip, imports the region around the cursor, gets the sidecar's error text
# for bad edits, applies a raise edit and refreshes only the changed chunk; the Godot server
# then reads the edited height with get_height.
ensure_postgres
ensure_godot
[ -f "$LIB" ] || build_lib >/dev/null
e2e=$bl_out/e2e
mkdir -p "$e2e"
go build -o "$e2e/procgen-sidecar" ./cmd/procgen-sidecar
go build -o "$e2e/pgschema" ./clients/blender/tests/pgschema
schema=blender_e2e_$$_$RANDOM
db=$("$e2e/pgschema" create "$PROCGEN_TEST_DATABASE_URL" "$schema" 2>"$e2e/pgschema.log") ||
	{ echo "FAIL blender-e2e (cannot create a schema: $(cat "$e2e/pgschema.log"))"; return 0; }
token=e2e-$RANDOM$RANDOM
PROCGEN_DATABASE_URL=$db PROCGEN_SIDECAR_TOKEN=$token "$e2e/procgen-sidecar" -addr 127.0.0.1:0 -addr-file "$e2e/addr" \
	-store "$e2e/sidecar.sqlite" -world blender-e2e -seed 4242 >"$e2e/sidecar.log" 2>&1 &
sidecar_pid=$!
e2e_cleanup() {
	kill "$sidecar_pid" 2>/dev/null && wait "$sidecar_pid" 2>/dev/null
	"$e2e/pgschema" drop "$PROCGEN_TEST_DATABASE_URL" "$schema" >/dev/null 2>&1 || true
}
for _ in $(seq 300); do [ -s "$e2e/addr" ] && break; sleep 0.1; done
if [ ! -s "$e2e/addr" ]; then
	tail -5 "$e2e/sidecar.log"
	echo "FAIL blender-e2e (the sidecar did not start; see $e2e/sidecar.log)"
	e2e_cleanup
	return 0
fi
(cd clients/blender && python3 -m zipfile -c "$e2e/procgen_world.zip" procgen_world/)
if blender -b --factory-startup --python-exit-code 1 --python clients/blender/tests/test_addon.py -- \
	"$e2e/procgen_world.zip" "http://$(cat "$e2e/addr")" "$token" blender-e2e 20 30 "$e2e/heights.json" >"$e2e/blender.log" 2>&1; then
	echo "PASS blender-addon-e2e ($(grep -o 'h0=.*' "$e2e/blender.log"))"
	h1=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["h1"])' "$e2e/heights.json")
	if PROCGEN_DATABASE_URL=$db timeout 120 "$GODOT_CMD" --headless --path godot_project -s res://tests/blender/height_probe.gd -- \
		blender-e2e "$e2e/godot.sqlite" 20 30 "$h1" >"$e2e/godot.log" 2>&1; then
		echo "PASS blender-edit-reaches-godot ($(grep -o 'HEIGHT [0-9.-]*' "$e2e/godot.log"))"
	else
		grep -E 'HEIGHT|ERROR' "$e2e/godot.log" | grep -v 'null bind' | head -10
		echo "FAIL blender-edit-reaches-godot (see $e2e/godot.log)"
	fi
else
	grep -E 'FAIL|Error|Traceback|refused' "$e2e/blender.log" | head -20
	echo "FAIL blender-addon-e2e (see $e2e/blender.log)"
fi
e2e_cleanup
