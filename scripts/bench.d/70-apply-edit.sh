# Main-thread cost of apply_edit on a stored world: synchronous commit (the old behaviour,
# procgen/storage/synchronous_commit) against the group commit off the main thread, one run.
build_lib
ensure_godot
out=$("$GODOT_CMD" --headless --path "$PROJECT" -s res://tests/bench/apply_edit.gd -- n=2000 2>&1 | grep '^BENCH' || true)
echo "$out"
if grep -q '^BENCH apply_edit ok' <<<"$out"; then echo "PASS bench apply_edit"; else echo "FAIL bench apply_edit"; fi
