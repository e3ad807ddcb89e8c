# Renderer check: the default terrain shader and the water material must compile and render in
# Forward+ and Mobile (Quest runs Mobile) too, not only in Compatibility (70-shots.sh). Renders
# the overview at 160x90 with each on Mesa's lavapipe (Vulkan) under Xvfb (scripts/cmd/shots.sh
# --renderer=...), fails on any "SHADER ERROR" in Godot's output, and checks with
# tests/shotcheck that the image is not empty, black or white (clipped pixels, luminance,
# material classes). About 30 s per renderer.
rend_dir=$CACHE/test/renderers
rm -rf "$rend_dir" && mkdir -p "$rend_dir"
go build -o "$rend_dir/shotcheck" ./tests/shotcheck
for rend in forward_plus mobile; do
	if ! (source "$ROOT/scripts/cmd/shots.sh" --renderer="$rend" --out="$rend_dir/$rend" --size=160x90 --quick --only=overview) >"$rend_dir/$rend.log" 2>&1; then
		tail -n 20 "$rend_dir/$rend.log"
		echo "FAIL renderers: $rend: rendering"
		continue
	fi
	if grep -q -e 'SHADER ERROR' -e 'shader compilation failed' -i "$rend_dir/$rend.log"; then
		grep -i -A3 -e 'SHADER ERROR' -e 'shader compilation failed' "$rend_dir/$rend.log" | head -n 30
		echo "FAIL renderers: $rend: shader errors in Godot's output"
	else
		echo "PASS renderers: $rend: no shader errors"
	fi
	rend_rc=0
	"$rend_dir/shotcheck" -dir "$rend_dir/$rend" -only=overview >"$rend_dir/$rend.check" 2>&1 || rend_rc=$?
	sed "s/^\(PASS\|FAIL\) shots: /\1 renderers: $rend: /" "$rend_dir/$rend.check"
	if [ "$rend_rc" -ne 0 ] && ! grep -q '^FAIL ' "$rend_dir/$rend.check"; then
		echo "FAIL renderers: $rend: tests/shotcheck exited with status $rend_rc"
	fi
done
