# Reduced load scenario (tests/load): a headless server and 16 simulated players (in 2 bot
# processes) editing at 5 edits/s for 8 s; every acknowledged edit must be on every client
# and in PostgreSQL once.
# Then the crash scenario: the server is killed with SIGKILL mid-run and restarted from its
# local store while its database (a throwaway cluster) is down. The full load scenario
# (64 players, 30 s) is scripts/bench.d/72-load.sh.
build_lib
ensure_godot
[ -n "${PROCGEN_TEST_DATABASE_URL:-}" ] || ensure_postgres
for t in TestLoadScenario TestCrashUnderLoad; do
	out=$(PROCGEN_LOAD_GODOT="$GODOT_CMD" PROCGEN_LOAD_BOTS=16 PROCGEN_LOAD_PROCS=2 PROCGEN_LOAD_RATE=5 PROCGEN_LOAD_SECONDS=8 \
		go test -count=1 -v -timeout 10m -run "^$t\$" ./tests/load/ 2>&1) && rc=0 || rc=1
	grep -E 'LOAD|CRASH|--- |^(ok|FAIL)' <<<"$out" | grep -v 'null bind' || true
	if [ "$rc" -eq 0 ] && grep -q -- "--- PASS: $t" <<<"$out"; then
		echo "PASS load $t"
	else
		tail -n 40 <<<"$out"
		echo "FAIL load $t"
	fi
done
