extends SceneTree
## One process of a network scenario (tests/suites/network_test.gd): a headless ProcGen server
## or client driven through files. User arguments are key=value: role (server|client), name,
## dir (scenario folder), port, world, seed, parent (pid: quit when it is gone), deadline_s.
## Commands are JSON lines appended to DIR/NAME.cmd; events are JSON lines appended to
## DIR/NAME.events. Every event carries t, the Unix time in seconds, comparable across
## processes on one machine.

const ProcGenNet := preload("res://net/procgen_net.gd")
const MeshHashes := preload("res://tests/lib/mesh_hashes.gd")

var args := {}
var world: Node3D
var net: Node
var events: FileAccess
var cmd_path := ""
var cmd_done := 0
var watches := {}  # tag → {chunk, id: the chunk's show count when the watch began}
var shown := {}  # chunk (Vector2i) → how often it was shown or regenerated (chunk_loaded + chunk_updated)
var started := 0.0
var is_ready := false
var got_world := false
var deadline := 0.0
var bulk_left := 0
var bulk_rng := RandomNumberGenerator.new()
var bulk_tag := ""


func _initialize() -> void:
	_setup.call_deferred()


func _setup() -> void:
	Engine.max_fps = 100  # several engine processes share the machine's cores
	started = Time.get_unix_time_from_system()
	for a in OS.get_cmdline_user_args():
		var kv := a.split("=", true, 1)
		if kv.size() == 2:
			args[kv[0]] = kv[1]
	deadline = started + float(args.get("deadline_s", "120"))
	var dir: String = args["dir"]
	events = FileAccess.open(dir.path_join(args["name"] + ".events"), FileAccess.WRITE)
	cmd_path = dir.path_join(args["name"] + ".cmd")
	world = ClassDB.instantiate("ProcGen")
	world.chunk_size = 32
	world.view_distance = int(args.get("view", "2"))
	world.lod_distance = 4
	world.collision = false
	world.chunk_loaded.connect(_on_shown)
	world.chunk_updated.connect(_on_shown)
	net = ProcGenNet.new()
	net.procgen = world
	if args["role"] == "server":
		ProjectSettings.set_setting("procgen/storage/database_url", OS.get_environment("PROCGEN_TEST_DATABASE_URL"))
		ProjectSettings.set_setting("procgen/storage/poll_interval_ms", int(args.get("poll_ms", "100")))
		world.seed = int(args["seed"])
		world.world_id = args["world"]
		world.storage_path = dir.path_join(args["name"] + ".sqlite")
		root.add_child(world)
		root.add_child(net)
		var err: Error = net.host(int(args["port"]), 32, "127.0.0.1")
		if err != OK:
			emit({"ev": "fatal", "error": "host: %s" % error_string(err)})
			quit(1)
			return
		net.peer_kicked.connect(func(peer: int, why: String) -> void: emit({"ev": "kicked", "peer": peer, "why": why}))
		got_world = true
	else:
		world.streaming = false  # nothing to show before the server's world arrives
		root.add_child(world)
		root.add_child(net)
		net.world_received.connect(_on_world)
		net.edit_acked.connect(func(nonce: int, origin: int, seq: int) -> void: emit({"ev": "acked", "nonce": nonce, "origin": origin, "seq": seq}))
		net.edit_rejected.connect(func(nonce: int, reason: String, text: String) -> void: emit({"ev": "rejected", "nonce": nonce, "reason": reason, "text": text}))
		net.disconnected.connect(func() -> void: emit({"ev": "disconnected"}))
		var err: Error = net.join("127.0.0.1", int(args["port"]), args["name"])
		if err != OK:
			emit({"ev": "fatal", "error": "join: %s" % error_string(err)})
			quit(1)
			return
	world.world_ready.connect(_on_world_ready)
	emit({"ev": "started"})


func _on_world(world_id: String) -> void:
	got_world = true
	world.streaming = true
	emit({"ev": "world", "world_id": world_id, "seed": world.seed})


func _on_world_ready() -> void:
	if got_world and not is_ready:
		is_ready = true
		emit({"ev": "ready", "edits": int(world.get_stats()["edits"])})


func emit(ev: Dictionary) -> void:
	ev["t"] = Time.get_unix_time_from_system()
	events.store_line(JSON.stringify(ev))
	events.flush()


func _process(_delta: float) -> bool:
	if world == null or events == null:
		return false
	var now := Time.get_unix_time_from_system()
	if now > deadline:
		emit({"ev": "fatal", "error": "deadline"})
		_shutdown()
		return true
	var parent := int(args.get("parent", "0"))
	if parent > 0 and not DirAccess.dir_exists_absolute("/proc/%d" % parent):
		_shutdown()
		return true
	_read_commands()
	_bulk_step()
	for tag in watches.keys():
		var w: Dictionary = watches[tag]
		if _chunk_node_id(w["chunk"]) != w["id"]:
			watches.erase(tag)
			emit({"ev": "visible", "tag": tag, "h": world.get_height(w["x"], w["z"])})
	return false


func _shutdown() -> void:
	if net != null:
		net.close()
	root.remove_child(net)
	net.free()
	net = null
	world.queue_free()
	events.close()
	quit(0)


func _chunk_of(x: float, z: float) -> Vector2i:
	return Vector2i(floori(x / world.chunk_size), floori(z / world.chunk_size))


func _on_shown(coord: Vector3i) -> void:
	var c := Vector2i(coord.x, coord.z)
	shown[c] = int(shown.get(c, 0)) + 1


# _chunk_node_id is how often the chunk was shown or regenerated, 0 while it is not shown: a
# regenerated chunk keeps its node, so the count, not the node, tells that it changed.
func _chunk_node_id(c: Vector2i) -> int:
	if world.get_node_or_null("chunk_%d_%d" % [c.x, c.y]) == null:
		return 0
	return int(shown.get(c, 0))


func _read_commands() -> void:
	if not FileAccess.file_exists(cmd_path):
		return
	var text := FileAccess.get_file_as_string(cmd_path)
	var lines := text.split("\n")
	# The last element is "" after a complete line, or a line still being written.
	for i in range(cmd_done, lines.size() - 1):
		cmd_done = i + 1
		var c = JSON.parse_string(lines[i])
		if c is Dictionary:
			_command(c)


func _command(c: Dictionary) -> void:
	match c["cmd"]:
		"edit":
			var pos := Vector3(c["x"], 0, c["z"])
			if args["role"] == "server":
				var seq: int = world.apply_edit(c["kind"], pos, c["r"], c["a"], 0)
				emit({"ev": "edited", "tag": c["tag"], "seq": seq})
			else:
				var nonce: int = net.request_edit(c["kind"], pos, c["r"], c["a"], 0)
				emit({"ev": "edited", "tag": c["tag"], "nonce": nonce})
		"bulk":
			bulk_left = int(c["n"])
			bulk_tag = c["tag"]
			bulk_rng.seed = int(c.get("seed", 1))
		"watch":
			var ch := _chunk_of(c["x"], c["z"])
			watches[c["tag"]] = {"chunk": ch, "id": _chunk_node_id(ch), "x": float(c["x"]), "z": float(c["z"])}
			emit({"ev": "watching", "tag": c["tag"], "loaded": watches[c["tag"]]["id"] != 0})
		"hash":
			var hashes := {}
			for xz in c["coords"]:
				var m: ArrayMesh = world.generate_chunk_mesh(Vector3i(int(xz[0]), 0, int(xz[1])))
				hashes["%d,%d" % [int(xz[0]), int(xz[1])]] = MeshHashes.mesh_hash(m)
			emit({"ev": "hash", "tag": c.get("tag", ""), "hashes": hashes, "edits": int(world.get_stats()["edits"]), "world_hash": world.get_world_hash()})
		"stats":
			var s: Dictionary = world.get_stats()
			var mesh_full := 0
			for coord in world.get_loaded_chunks():
				var m: ArrayMesh = world.generate_chunk_mesh(coord)
				var arr := m.surface_get_arrays(0)
				for k in [Mesh.ARRAY_VERTEX, Mesh.ARRAY_NORMAL, Mesh.ARRAY_COLOR, Mesh.ARRAY_TEX_UV, Mesh.ARRAY_INDEX]:
					if arr[k] != null:
						mesh_full += _packed_bytes(arr[k])
			emit({"ev": "stats", "tag": c.get("tag", ""), "edits": int(s["edits"]), "loaded": int(s["loaded"]),
				"chunk_bytes": int(s["chunk_bytes"]), "mesh_full_bytes": mesh_full, "net": net.get_stats(),
				"bytes_received": net.bytes_received, "bytes_sent": net.bytes_sent, "clients": net.get_clients(),
				"storage": world.get_storage_status()})
		"quit":
			_shutdown()


func _packed_bytes(a: Variant) -> int:
	match typeof(a):
		TYPE_PACKED_VECTOR3_ARRAY:
			return a.size() * 12
		TYPE_PACKED_VECTOR2_ARRAY:
			return a.size() * 8
		TYPE_PACKED_COLOR_ARRAY:
			return a.size() * 16
		TYPE_PACKED_INT32_ARRAY, TYPE_PACKED_FLOAT32_ARRAY:
			return a.size() * 4
	return 0


## Applies bulk edits a few hundred per frame so the server keeps serving meanwhile.
func _bulk_step() -> void:
	if bulk_left <= 0:
		return
	var t0 := Time.get_ticks_msec()
	while bulk_left > 0 and Time.get_ticks_msec() - t0 < 50:
		bulk_left -= 1
		var kind := "raise" if bulk_rng.randf() < 0.5 else "lower"
		var pos := Vector3(bulk_rng.randf_range(-60, 60), 0, bulk_rng.randf_range(-60, 60))
		world.apply_edit(kind, pos, bulk_rng.randf_range(2, 8), bulk_rng.randf_range(0.1, 1.0), 0)
	if bulk_left == 0:
		emit({"ev": "bulk_done", "tag": bulk_tag, "edits": int(world.get_stats()["edits"])})
