# Full load scenario (tests/load): a headless server and 64 simulated players editing at
# 5 edits/s each for 30 s (PROCGEN_LOAD_BOTS, PROCGEN_LOAD_RATE, PROCGEN_LOAD_SECONDS change it).
build_lib
ensure_godot
[ -n "${PROCGEN_TEST_DATABASE_URL:-}" ] || ensure_postgres
out=$(PROCGEN_LOAD_GODOT="$GODOT_CMD" PROCGEN_LOAD_BOTS=${PROCGEN_LOAD_BOTS:-64} PROCGEN_LOAD_RATE=${PROCGEN_LOAD_RATE:-5} \
	PROCGEN_LOAD_SECONDS=${PROCGEN_LOAD_SECONDS:-30} go test -count=1 -v -timeout 20m -run '^TestLoadScenario$' ./tests/load/ 2>&1) && rc=0 || rc=1
grep -E 'LOAD|--- |^(ok|FAIL)' <<<"$out" | grep -v 'null bind' || true
if [ "$rc" -eq 0 ] && grep -q -- '--- PASS: TestLoadScenario' <<<"$out"; then echo "PASS bench load scenario"; else tail -n 40 <<<"$out"; echo "FAIL bench load scenario"; fi
