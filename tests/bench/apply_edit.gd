extends SceneTree
## Main-thread cost of ProcGen.apply_edit on a stored world, in one run:
##  (a) synchronous commit (procgen/storage/synchronous_commit = true: apply_edit waits for
##      the local store's fsync'd commit, the behaviour before group commits moved off the
##      main thread);
##  (b) group commit (the default: apply_edit queues the edit and returns; the store's
##      writer commits it and edits_committed reports it).
## Prints BENCH lines with p50/p99 microseconds per call, their ratio, and the time until the
## last edit of (b) was reported durable. Run:
##   godot --headless --path godot_project -s res://tests/bench/apply_edit.gd [-- n=500]

var n := 500


func _initialize() -> void:
	for a in OS.get_cmdline_user_args():
		if a.begins_with("n="):
			n = int(a.substr(2))
	_run.call_deferred()


static func _pct(xs: Array, q: float) -> float:
	var s := xs.duplicate()
	s.sort()
	return s[int(q * (s.size() - 1))]


func _measure(sync_commit: bool, dir: String) -> Dictionary:
	ProjectSettings.set_setting("procgen/storage/synchronous_commit", sync_commit)
	var pg: Node3D = ClassDB.instantiate("ProcGen")
	pg.chunk_size = 32
	pg.streaming = false
	pg.world_id = "bench-%s" % ("sync" if sync_commit else "group")
	pg.storage_path = dir.path_join(pg.world_id + ".sqlite")
	root.add_child(pg)
	var committed := [0]
	pg.edits_committed.connect(func(ids: PackedInt64Array) -> void: committed[0] += ids.size())
	pg.apply_edit("raise", Vector3(0, 0, 0), 2.0, 0.1, 0)  # opens the store
	await process_frame
	var us := []
	var rng := RandomNumberGenerator.new()
	rng.seed = 7
	var t0 := Time.get_ticks_usec()
	for i in n:
		var pos := Vector3(rng.randf_range(-200, 200), 0, rng.randf_range(-200, 200))
		var t := Time.get_ticks_usec()
		var id: int = pg.apply_edit("raise" if i % 2 == 0 else "lower", pos, 3.0, 0.5, 0)
		us.append(Time.get_ticks_usec() - t)
		if id < 0:
			push_error("apply_edit failed")
			quit(1)
	var spent := Time.get_ticks_usec() - t0
	var until := Time.get_ticks_msec() + 30000
	while committed[0] < n + 1 and Time.get_ticks_msec() < until:
		await process_frame
	var durable_ms := (Time.get_ticks_usec() - t0) / 1000.0
	var out := {"p50": _pct(us, 0.5), "p99": _pct(us, 0.99), "mean": float(spent) / n, "committed": committed[0] - 1, "durable_ms": durable_ms,
		"uncommitted": int(pg.get_storage_status()["uncommitted"])}
	pg.queue_free()
	await process_frame
	return out


func _run() -> void:
	var dir := OS.get_user_data_dir().path_join("bench-apply-edit-%d" % Time.get_ticks_usec())
	DirAccess.make_dir_recursive_absolute(dir)
	var a := await _measure(true, dir)
	var b := await _measure(false, dir)
	print("BENCH apply_edit synchronous commit: p50 %.0f µs p99 %.0f µs mean %.0f µs per call (%d edits)" % [a["p50"], a["p99"], a["mean"], n])
	print("BENCH apply_edit group commit:       p50 %.1f µs p99 %.1f µs mean %.1f µs per call; all %d durable (edits_committed) %.0f ms after the first call" % [b["p50"], b["p99"], b["mean"], b["committed"], b["durable_ms"]])
	print("BENCH apply_edit main-thread cost, synchronous / group commit: p50 %.0f×, p99 %.0f×, mean %.0f×" % [a["p50"] / max(b["p50"], 0.1), a["p99"] / max(b["p99"], 0.1), a["mean"] / max(b["mean"], 0.1)])
	var ok: bool = b["committed"] == n and b["uncommitted"] == 0 and a["committed"] == n
	print("BENCH apply_edit %s" % ("ok" if ok else "FAILED: not every edit was reported durable (%s, %s)" % [a, b]))
	for f in DirAccess.get_files_at(dir):
		DirAccess.remove_absolute(dir.path_join(f))
	DirAccess.remove_absolute(dir)
	quit(0 if ok else 1)
