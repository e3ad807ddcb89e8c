# Screenshot suite: renders the demo world at 320x180 with the Compatibility renderer on
# llvmpipe under Xvfb (scripts/cmd/shots.sh) — the five shots, the probe shots (magenta
# background, no fog, no water) and the overview a second time in a new process — and checks
# measured image properties with tests/shotcheck.
shots_dir=$CACHE/test/shots
rm -rf "$shots_dir" && mkdir -p "$shots_dir"
shots_ok=1
for run in "normal" "probe --probe --only=ground,cave" "repeat --only=overview"; do
	set -- $run
	name=$1
	shift
	if ! (source "$ROOT/scripts/cmd/shots.sh" --out="$shots_dir/$name" --size=320x180 --quick "$@") >"$shots_dir/$name.log" 2>&1; then
		tail -n 20 "$shots_dir/$name.log"
		echo "FAIL shots: rendering ($name)"
		shots_ok=0
	fi
done
grep -h '^HORIZON' "$shots_dir"/*.log || true
if [ "$shots_ok" -eq 1 ]; then
	shots_rc=0
	go run ./tests/shotcheck -dir "$shots_dir/normal" -probe "$shots_dir/probe" -repeat "$shots_dir/repeat/overview.png" \
		>"$shots_dir/check.log" 2>&1 || shots_rc=$?
	cat "$shots_dir/check.log"
	# A shotcheck that did not get to its checks (a build error) is a failure too.
	if [ "$shots_rc" -ne 0 ] && ! grep -q '^FAIL ' "$shots_dir/check.log"; then
		echo "FAIL shots: tests/shotcheck exited with status $shots_rc"
	fi
fi
