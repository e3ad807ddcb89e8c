# Full load scenario (tests/load): a headless server and 64 simulated players spread over 4
# bot processes, editing at 5 edits/s each for 30 s (PROCGEN_LOAD_BOTS, PROCGEN_LOAD_PROCS,
# PROCGEN_LOAD_RATE, PROCGEN_LOAD_SECONDS change it). The figures go to docs/bench/load.csv.
# PROCGEN_LOAD_BASELINE_PROJECT (a Godot project holding another build of the library, for
# example a worktree of the previous commit after ./build.sh build there) first runs the same
# scenario with the server on that library: the baseline for the ratios, in the same run.
build_lib
ensure_godot
[ -n "${PROCGEN_TEST_DATABASE_URL:-}" ] || ensure_postgres
csv=$ROOT/docs/bench/load.csv
mkdir -p "$ROOT/docs/bench"
rm -f "$csv"
load_run() { # SERIES SERVER_PROJECT
	local out rc
	out=$(PROCGEN_LOAD_GODOT="$GODOT_CMD" PROCGEN_LOAD_BOTS=${PROCGEN_LOAD_BOTS:-64} PROCGEN_LOAD_RATE=${PROCGEN_LOAD_RATE:-5} \
		PROCGEN_LOAD_SECONDS=${PROCGEN_LOAD_SECONDS:-30} PROCGEN_LOAD_CSV="$csv" PROCGEN_LOAD_SERIES="$1" PROCGEN_LOAD_SERVER_PROJECT="$2" \
		go test -count=1 -v -timeout 20m -run '^TestLoadScenario$' ./tests/load/ 2>&1) && rc=0 || rc=1
	echo "== load scenario: $1"
	grep -E 'LOAD|--- |^(ok|FAIL)' <<<"$out" | grep -v 'null bind' || true
	if [ "$rc" -eq 0 ] && grep -q -- '--- PASS: TestLoadScenario' <<<"$out"; then echo "PASS bench load scenario ($1)"; else tail -n 40 <<<"$out"; echo "FAIL bench load scenario ($1)"; fi
}
if [ -n "${PROCGEN_LOAD_BASELINE_PROJECT:-}" ]; then
	load_run baseline "$PROCGEN_LOAD_BASELINE_PROJECT"
fi
load_run "this build" ""
# The figures of each run (docs/bench/load.csv), and the ratios when a baseline ran.
awk -F, 'NR > 1 { v[$2 "|" $3] = $4; s[$2] = 1; m[$3] = 1 }
END {
	# A negative figure: the library could not measure it (a baseline without CPU times).
	for (k in m) { line = ""; for (x in s) line = line sprintf("  %s %s", x, v[x "|" k] < 0 ? "n/a" : v[x "|" k]); printf "BENCH load: %s:%s", k, line
		if (v["baseline|" k] > 0 && v["this build|" k] > 0) printf "  (baseline / this build %.2f)", v["baseline|" k] / v["this build|" k]
		printf "\n" }
}' "$csv" | sort
