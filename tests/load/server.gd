extends SceneTree
## Load scenario server (tests/load): a headless ProcGen server with storage and a
## ProcGenSync host. User arguments key=value: port, world, store (SQLite file), dir (where
## server.json goes), deadline_s. It writes DIR/server.json every second with its metrics and,
## once DIR/server.quit exists, waits until every edit is durable locally and shipped to the
## database (at most 30 s), writes a final server.json and quits.

var args := {}
var world: Node3D
var sync: Node
var frames := PackedFloat32Array()  # main-thread milliseconds of the networking node's work per frame
var cpu_frames := PackedFloat32Array()  # the same work's main-thread CPU milliseconds
var started := 0.0
var last_write := 0.0
var quitting := 0.0
var dir := ""
var committed := [0]
var errors := []


func _initialize() -> void:
	_setup.call_deferred()


func _setup() -> void:
	for a in OS.get_cmdline_user_args():
		var kv := a.split("=", true, 1)
		if kv.size() == 2:
			args[kv[0]] = kv[1]
	dir = args["dir"]
	ProjectSettings.set_setting("procgen/storage/database_url", OS.get_environment("PROCGEN_TEST_DATABASE_URL"))
	ProjectSettings.set_setting("procgen/storage/poll_interval_ms", 200)
	world = ClassDB.instantiate("ProcGen")
	world.seed = 16
	world.chunk_size = 32
	world.streaming = false  # a relay server: it generates nothing, it records and relays edits
	world.world_id = args["world"]
	world.storage_path = args["store"]
	root.add_child(world)
	world.edits_committed.connect(func(ids: PackedInt64Array) -> void: committed[0] += ids.size())
	world.storage_error.connect(func(msg: String) -> void: errors.append(msg))
	sync = ClassDB.instantiate("ProcGenSync")
	root.add_child(sync)
	sync.attach(world)
	sync.max_peers = 256
	sync.joins_per_minute = 100000  # every bot comes from 127.0.0.1
	sync.configure({"rate": 50, "burst": 100})
	var err: int = sync.host(int(args["port"]), "127.0.0.1")
	if err != OK:
		printerr("host failed: %s" % error_string(err))
		quit(1)
		return
	started = Time.get_unix_time_from_system()
	_write(false)


func _process(_delta: float) -> bool:
	if started == 0.0:
		return false
	if not sync.has_method("take_frame_times"):  # an older library (a baseline run): no CPU times
		frames.append(float(sync.get_stats()["frame_ms_last"]))
		cpu_frames.append(-1.0)
	var now := Time.get_unix_time_from_system()
	if now - started > float(args.get("deadline_s", "300")):
		_write(true)
		return true
	if quitting == 0.0 and FileAccess.file_exists(dir.path_join("server.quit")):
		quitting = now
	if quitting > 0.0:
		var st: Dictionary = world.get_storage_status()
		if (int(st["pending"]) == 0 and int(st["uncommitted"]) == 0 and st["mode"] == "synced") or now - quitting > 30.0:
			_write(true)
			return true
	if now - last_write >= 1.0:
		_write(false)
	return false


static func _pct(xs: PackedFloat32Array, q: float) -> float:
	if xs.is_empty():
		return 0.0
	var s := xs.duplicate()
	s.sort()
	return s[int(q * (s.size() - 1))]


static func _sum(xs: PackedFloat32Array) -> float:
	var t := 0.0
	for x in xs:
		t += x
	return t


func _proc_stat() -> Dictionary:
	var out := {"cpu_s": 0.0, "rss_mb": 0.0}
	var stat := FileAccess.get_file_as_string("/proc/self/stat")
	var fields := stat.substr(stat.rfind(")") + 2).split(" ")
	if fields.size() > 13:
		out["cpu_s"] = (int(fields[11]) + int(fields[12])) / 100.0
	for line in FileAccess.get_file_as_string("/proc/self/status").split("\n"):
		if line.begins_with("VmRSS:"):
			out["rss_mb"] = int(line.split(":")[1].strip_edges().split(" ")[0]) / 1024.0
	return out


func _write(final: bool) -> void:
	last_write = Time.get_unix_time_from_system()
	if sync.has_method("take_frame_times"):
		var ft: PackedFloat32Array = sync.take_frame_times()
		for i in range(0, ft.size(), 2):
			frames.append(ft[i])
			cpu_frames.append(ft[i + 1])
	var stats: Dictionary = sync.get_stats()
	var st: Dictionary = world.get_storage_status()
	var p := _proc_stat()
	var out := {
		"final": final, "t": last_write, "elapsed_s": last_write - started, "frames": frames.size(),
		"frame_ms_p50": _pct(frames, 0.5), "frame_ms_p99": _pct(frames, 0.99), "frame_ms_max": _pct(frames, 1.0),
		"sync_ms_total": _sum(frames), "sync_cpu_ms_total": _sum(cpu_frames),
		"frame_cpu_ms_p50": _pct(cpu_frames, 0.5), "frame_cpu_ms_p99": _pct(cpu_frames, 0.99), "frame_cpu_ms_max": _pct(cpu_frames, 1.0),
		"accepted": stats.get("accepted", 0), "rejected": stats.get("rejected", 0), "reasons": stats.get("reasons", {}),
		"bytes_sent": stats.get("bytes_sent", 0), "bytes_sent_per_peer": stats.get("bytes_sent_per_peer", {}),
		"peers": stats.get("peers", 0), "edits": int(world.get_stats()["edits"]),
		"edits_hash": world.get_edits_hash() if final else "", "committed": committed[0],
		"pending": st["pending"], "uncommitted": st["uncommitted"], "mode": st["mode"], "origin": st["origin"],
		"storage_errors": errors.size(), "cpu_s": p["cpu_s"], "rss_mb": p["rss_mb"],
	}
	var f := FileAccess.open(dir.path_join("server.json.tmp"), FileAccess.WRITE)
	f.store_string(JSON.stringify(out))
	f.close()
	DirAccess.rename_absolute(dir.path_join("server.json.tmp"), dir.path_join("server.json"))
	if final:
		quit(0)
