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
# The main thread is the process's first thread: its tid is the pid.
main_tid=$(perf report -i "$out" --stdio --sort pid 2>/dev/null | awk '/godot/ {print; exit}' | grep -oE '[0-9]+' | head -n 1)
echo "== main thread: share of samples by library"
perf report -i "$out" --stdio --no-children --tid "$main_tid" --sort dso 2>/dev/null | grep -E '^\s+[0-9.]+%' | head -n 12
echo "== main thread: hottest functions (self)"
perf report -i "$out" --stdio --no-children --tid "$main_tid" --sort dso,sym 2>/dev/null | grep -E '^\s+[0-9.]+%' | head -n 30
echo "== main thread: hottest ProcGen call paths (with callees)"
perf report -i "$out" --stdio --children --tid "$main_tid" --sort sym --dsos libprocgen.linux.x86_64.so 2>/dev/null | grep -E '^\s+[0-9.]+%' | head -n 25
