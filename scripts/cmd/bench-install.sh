# ./build.sh bench-install [REV] [ROUNDS]: the main thread's share of streaming, this tree's
# library against REV's (default main) in one run: both libraries run
# tests/bench/install_bench.gd in copies of the demo project, interleaved for ROUNDS rounds
# (default 3, the order swapped each round), and it prints the best figure of each side and
# their ratio: main-thread ms per install and per frame while flying (p50, p99), seconds to
# world_ready at view distance 12 (default settings and full detail), full-detail chunks/s
# against the GDScript generator measured in the same runs. REV's sources come from
# git archive: nothing of it is committed or kept beyond $CACHE/bench-install.
build_lib
ensure_godot
rev=${1:-main}
rounds=${2:-3}
work=$CACHE/bench-install
rm -rf "$work"
mkdir -p "$work/src"
log "building the library at $rev"
git -C "$ROOT" archive "$rev" | tar -x -C "$work/src" || die "git archive $rev failed"
# With the GOEXPERIMENT build_lib used for this tree's library, so both run the same kernels.
(cd "$work/src" && CGO_ENABLED=1 GOEXPERIMENT=$(lib_experiment) go build -buildmode=c-shared -o "$work/base.so" ./cmd/libprocgen) ||
	(cd "$work/src" && CGO_ENABLED=1 go build -buildmode=c-shared -o "$work/base.so" ./cmd/libprocgen) ||
	die "building $rev's library failed"
for side in base new; do
	cp -a "$PROJECT" "$work/proj-$side"
	rm -f "$work/proj-$side/tests"
	ln -s "$ROOT/tests" "$work/proj-$side/tests" # the same bench script for both
done
cp "$work/base.so" "$work/proj-base/addons/procgen/bin/$LIB_NAME"
out=$work/rows.txt
: >"$out"
run() { # run SIDE ROUND
	"$GODOT_CMD" --headless --path "$work/proj-$1" -s res://tests/bench/install_bench.gd -- gdscript 2>&1 |
		sed -n "s/^INSTALL /$1 $2 /p" >>"$out"
}
log "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq 1 "$rounds"); do
	if [ $((r % 2)) -eq 1 ]; then run base "$r"; run new "$r"; else run new "$r"; run base "$r"; fi
	log "round $r of $rounds done (load average $(cut -d' ' -f1-3 /proc/loadavg))"
done
grep -q '^new ' "$out" && grep -q '^base ' "$out" || die "the bench runs printed nothing (see $work)"
# Best of the rounds for each side: the smallest time, the largest rate.
awk -v rev="$rev" '
{ side = $1; name = $3; v = $4 + 0; key = side SUBSEP name
  better = (name ~ /chunks_s$/) ? (v > best[key]) : (!(key in best) || v < best[key])
  if (better || !(key in best)) best[key] = v; names[name] = 1 }
function show(name, what,   b, n) {
	b = best["base", name]; n = best["new", name]
	if (b == "" || n == "") return
	if (name ~ /chunks_s$/) printf "BENCH install: %s: %s %.0f, this tree %.0f: %.2fx\n", what, rev, b, n, (b > 0 ? n / b : 0)
	else printf "BENCH install: %s: %s %.3f, this tree %.3f: %.2fx less\n", what, rev, b, n, (n > 0 ? b / n : 0)
}
END {
	show("fly_install_p50_ms", "main-thread ms per install while flying, p50")
	show("fly_install_p99_ms", "main-thread ms per install while flying, p99")
	show("fly_install_cpu_p50_ms", "main-thread CPU ms per install while flying, p50")
	show("fly_install_cpu_p99_ms", "main-thread CPU ms per install while flying, p99")
	show("full_install_p50_ms", "main-thread ms per install streaming the full-detail disc, p50")
	show("full_install_p99_ms", "main-thread ms per install streaming the full-detail disc, p99")
	show("full_install_cpu_p50_ms", "main-thread CPU ms per install streaming the full-detail disc, p50")
	show("full_install_cpu_p99_ms", "main-thread CPU ms per install streaming the full-detail disc, p99")
	show("fly_frame_p50_ms", "main-thread ms per frame while flying, p50")
	show("fly_frame_p99_ms", "main-thread ms per frame while flying, p99")
	show("fly_thread_cpu_per_frame_ms", "the whole main thread'"'"'s CPU ms per frame while flying (engine included)")
	show("fly_frame_cpu_p50_ms", "main-thread CPU ms per frame while flying, p50")
	show("fly_frame_cpu_p99_ms", "main-thread CPU ms per frame while flying, p99")
	show("ready12_s", "seconds to world_ready at view distance 12, defaults")
	show("ready12_full_s", "seconds to world_ready at view distance 12, full detail")
	show("full_chunks_s", "full-detail chunks/s at view distance 12")
	g = best["base", "gdscript_chunks_s"]; if (best["new", "gdscript_chunks_s"] > g) g = best["new", "gdscript_chunks_s"]
	if (g > 0) printf "BENCH install: GDScript generator on 2 threads %.0f chunks/s; full-detail streaming %s %.1fx, this tree %.1fx\n", g, rev, best["base", "full_chunks_s"] / g, best["new", "full_chunks_s"] / g
}' "$out"
log "load average after: $(cut -d' ' -f1-3 /proc/loadavg); raw rows in $out"
