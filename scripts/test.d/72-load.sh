# Reduced load scenario (tests/load): a headless server and 16 simulated players editing at
# 5 edits/s for 8 s; every acknowledged edit must be on every client and in PostgreSQL once.
# The full scenario (64 players, 30 s) is scripts/bench.d/72-load.sh.
build_lib
ensure_godot
[ -n "${PROCGEN_TEST_DATABASE_URL:-}" ] || ensure_postgres
out=$(PROCGEN_LOAD_GODOT="$GODOT_CMD" PROCGEN_LOAD_BOTS=16 PROCGEN_LOAD_RATE=5 PROCGEN_LOAD_SECONDS=8 \
	go test -count=1 -v -run '^TestLoadScenario$' ./tests/load/ 2>&1) && rc=0 || rc=1
grep -E 'LOAD|--- |^(ok|FAIL)' <<<"$out" | grep -v 'null bind' || true
if [ "$rc" -eq 0 ] && grep -q -- '--- PASS: TestLoadScenario' <<<"$out"; then
	echo "PASS load scenario (16 clients)"
else
	tail -n 40 <<<"$out"
	echo "FAIL load scenario (16 clients)"
fi
