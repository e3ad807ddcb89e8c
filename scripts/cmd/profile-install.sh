# ./build.sh profile-install [OUT]: records with perf where the main thread's time goes while
# ProcGen streams a full-detail view-distance-16 disc three times
# (tests/bench/install_profile.gd), and prints the main thread's hottest functions (with
# callers folded in and without) and its split between ProcGen's Go code, Godot and the
# kernel. The raw profile stays in OUT (default .cache/profile-install.data) for perf report.
build_lib
ensure_godot
ensure_apt linux-perf
out=${1:-$CACHE/profile-install.data}
log "recording $GODOT_CMD with perf (about a minute)"
perf record -q -F 999 -g -o "$out" -- "$GODOT_CMD" --headless --path "$PROJECT" -s res://tests/bench/install_profile.gd 2>&1 |
	grep -E '^PROFILE' || die "the profiled run failed (see perf's output above)"
# perf's "pid" key is per thread; the main thread has the most samples (the workers share
# theirs among several threads).
echo "== samples by thread"
perf report -i "$out" --stdio --no-children -g none --sort pid 2>/dev/null | grep -E '^\s+[0-9.]+%' | head -n 6
main_tid=$(perf report -i "$out" --stdio --no-children -g none --sort pid 2>/dev/null | grep -E '^\s+[0-9.]+%' | head -n 1 | awk '{print $2}' | cut -d: -f1)
[ -n "$main_tid" ] || die "no samples in $out"
echo "== main thread ($main_tid): share of samples by library"
perf report -i "$out" --stdio --no-children -g none --tid "$main_tid" --sort dso 2>/dev/null | grep -E '^\s+[0-9.]+%' | head -n 8
echo "== main thread: hottest functions (self)"
perf report -i "$out" --stdio --no-children -g none --tid "$main_tid" --sort dso,sym 2>/dev/null | grep -E '^\s+[0-9.]+%' | head -n 30
echo "== main thread: ProcGen functions with what they call"
perf report -i "$out" --stdio --children -g none --tid "$main_tid" --sort sym 2>/dev/null | grep -E '^\s+[0-9.]+%' | grep 'procgen/extension\|procgen/bindings' | head -n 20
