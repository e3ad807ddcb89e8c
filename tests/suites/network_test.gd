extends "res://tests/lib/suite.gd"
# timeout: 300
## Networked world scenario (issue #6): two headless Godot servers share one world through the
## test PostgreSQL, each with a client over ENet on loopback (tests/scenario/actor.gd). The
## tests run in order on the same processes: convergence and latency, a server restarted from
## nothing, a late client after thousands of edits, hostile input. Every wait is bounded; the
## processes are killed by the last test, when the suite leaves the tree, and quit by
## themselves when this process is gone or their deadline passes.

const ACTOR := "res://tests/scenario/actor.gd"
const SEED := 77
const BULK := 2000
## Chunks compared between processes: every chunk the edits touch.
const COORDS := [[-1, -1], [0, -1], [-1, 0], [0, 0], [1, 0], [0, 1], [-2, 0], [1, 1]]
## Edit centres, all within chunks every actor shows (view distance 2 around the origin).
const SPOTS := [Vector2(10, 10), Vector2(-20, 5), Vector2(25, -15), Vector2(-5, -25), Vector2(-28, -9), Vector2(6, 22)]

var dir := ""
var world_id := ""
var ports := {}
var procs := {}  # actor name → pid
var lines_read := {}  # actor name → event lines consumed
var queues := {}  # actor name → unclaimed events
var edits_total := 0
var ok_cluster := false
var report := {}


func _exit_tree() -> void:
	_kill_all()
	# Failure messages quote the actors' logs; keep the folder only when asked to.
	if dir != "" and OS.get_environment("PROCGEN_KEEP_SCENARIO") == "":
		_remove_tree(dir)


func _remove_tree(path: String) -> void:
	for f in DirAccess.get_files_at(path):
		DirAccess.remove_absolute(path.path_join(f))
	for d in DirAccess.get_directories_at(path):
		_remove_tree(path.path_join(d))
	DirAccess.remove_absolute(path)


func _kill_all() -> void:
	for name in procs:
		if DirAccess.dir_exists_absolute("/proc/%d" % procs[name]):
			OS.kill(procs[name])
	procs.clear()


## Picks a free UDP port on loopback.
func _free_port() -> int:
	for i in 50:
		var port := 20000 + randi() % 30000
		var udp := PacketPeerUDP.new()
		if udp.bind(port, "127.0.0.1") == OK:
			udp.close()
			if not port in ports.values():
				return port
	return 0


func _start(name: String, role: String, port: int, extra := {}) -> void:
	var godot := OS.get_environment("PROCGEN_GODOT")
	var args := ["--headless", "--path", ProjectSettings.globalize_path("res://"), "-s", ACTOR, "--",
		"role=" + role, "name=" + name, "dir=" + dir, "port=%d" % port, "world=" + world_id,
		"seed=%d" % SEED, "parent=%d" % OS.get_process_id(), "deadline_s=240"]
	for k in extra:
		args.append("%s=%s" % [k, extra[k]])
	var log_path := dir.path_join(name + ".log")
	# The actor's engine output goes to its log, not into this suite's output.
	var pid := OS.create_process("/bin/sh", ["-c", "log=\"$1\"; shift; exec \"$@\" >\"$log\" 2>&1", "sh", log_path, godot] + args)
	procs[name] = pid
	lines_read[name] = 0
	queues[name] = []


func _kill(name: String) -> void:
	if procs.has(name):
		OS.kill(procs[name])
		procs.erase(name)


func _send(name: String, cmd: Dictionary) -> void:
	var path := dir.path_join(name + ".cmd")
	var f := FileAccess.open(path, FileAccess.READ_WRITE if FileAccess.file_exists(path) else FileAccess.WRITE)
	f.seek_end()
	f.store_line(JSON.stringify(cmd))
	f.close()


func _poll(name: String) -> void:
	var path := dir.path_join(name + ".events")
	if not FileAccess.file_exists(path):
		return
	var lines := FileAccess.get_file_as_string(path).split("\n")
	for i in range(lines_read[name], lines.size() - 1):
		lines_read[name] = i + 1
		var ev = JSON.parse_string(lines[i])
		if ev is Dictionary:
			queues[name].append(ev)


## Waits up to timeout_s for an event of actor name with kind ev (and the given tag, if any);
## returns it, or {} after recording a failure.
func _wait(name: String, ev: String, timeout_s: float, tag := "") -> Dictionary:
	var until := Time.get_ticks_msec() + int(timeout_s * 1000)
	while Time.get_ticks_msec() < until:
		_poll(name)
		for i in queues[name].size():
			var e: Dictionary = queues[name][i]
			if e["ev"] == "fatal":
				fail("%s: fatal: %s" % [name, e.get("error", "")])
				queues[name].remove_at(i)
				return {}
			if e["ev"] == ev and (tag == "" or e.get("tag", "") == tag):
				queues[name].remove_at(i)
				return e
		await get_tree().create_timer(0.005).timeout
	fail("%s: no '%s' event (tag %s) within %.0f s; log: %s" % [name, ev, tag, timeout_s, _log_tail(name)])
	return {}


func _log_tail(name: String) -> String:
	var text := FileAccess.get_file_as_string(dir.path_join(name + ".log"))
	return text.substr(max(0, text.length() - 600)).replace("\n", " | ")


func _hashes(names: Array, tag: String) -> Dictionary:
	for n in names:
		_send(n, {"cmd": "hash", "coords": COORDS, "tag": tag})
	var out := {}
	for n in names:
		out[n] = await _wait(n, "hash", 30, tag)
	return out


## Waits until actor name holds want edits (asking every 200 ms), up to timeout_s.
func _wait_edits(name: String, want: int, timeout_s: float) -> Dictionary:
	var until := Time.get_ticks_msec() + int(timeout_s * 1000)
	var i := 0
	var last := {}
	while Time.get_ticks_msec() < until:
		i += 1
		var tag := "edits-%d" % i
		_send(name, {"cmd": "stats", "tag": tag})
		last = await _wait(name, "stats", 10, tag)
		if last.is_empty() or int(last["edits"]) >= want:
			break
		await get_tree().create_timer(0.2).timeout
	check(not last.is_empty() and int(last["edits"]) == want, "%s holds %d edits (has %s)" % [name, want, last.get("edits", "?")])
	return last


static func _pct(xs: Array, q: float) -> float:
	if xs.is_empty():
		return -1.0
	var s := xs.duplicate()
	s.sort()
	return s[int(q * (s.size() - 1))]


func _summary(name: String, ms: Array) -> String:
	return "%s: n=%d p50=%.0f ms p99=%.0f ms max=%.0f ms" % [name, ms.size(), _pct(ms, 0.5), _pct(ms, 0.99), _pct(ms, 1.0)]


func test_servers_and_clients_converge() -> void:
	Engine.max_fps = 100  # the scenario shares two cores with four engine processes
	var url := OS.get_environment("PROCGEN_TEST_DATABASE_URL")
	if not check(url != "", "PROCGEN_TEST_DATABASE_URL names the test PostgreSQL"):
		return
	if not check(OS.get_environment("PROCGEN_GODOT") != "", "PROCGEN_GODOT names Godot (the harness sets it)"):
		return
	world_id = "net-%d-%d" % [Time.get_unix_time_from_system(), randi() % 100000]
	dir = OS.get_user_data_dir().path_join("scenario-" + world_id)
	DirAccess.make_dir_recursive_absolute(dir)
	ports["A"] = _free_port()
	ports["B"] = _free_port()
	_start("A", "server", ports["A"])
	_start("B", "server", ports["B"])
	if (await _wait("A", "started", 30)).is_empty() or (await _wait("B", "started", 30)).is_empty():
		return
	_start("C1", "client", ports["A"])
	_start("C2", "client", ports["B"])
	for n in ["A", "B", "C1", "C2"]:
		if (await _wait(n, "ready", 60)).is_empty():
			return
	var c1_world := await _wait("C1", "world", 5)
	check_eq(int(c1_world.get("seed", -1)), SEED, "the client adopted the server's seed")

	# Edits made by each actor in turn; everyone watches the edited chunk get replaced.
	var lat := {"server→server": [], "server→own client": [], "server→other server's client": [],
		"client→own server": [], "client→other server": [], "client→own client (round trip)": [], "client→other client": []}
	var actors := ["A", "B", "C1", "C2"]
	var home := {"C1": "A", "C2": "B"}
	for i in 16:
		var editor: String = actors[i % 4]
		var spot: Vector2 = SPOTS[i % SPOTS.size()]
		var tag := "e%d" % i
		for n in actors:
			_send(n, {"cmd": "watch", "tag": tag, "x": spot.x, "z": spot.y})
		for n in actors:
			var w := await _wait(n, "watching", 10, tag)
			if not check(w.get("loaded", false), "%s shows the chunk of edit %s" % [n, tag]):
				return
		_send(editor, {"cmd": "edit", "tag": tag, "kind": "raise" if i % 2 == 0 else "lower", "x": spot.x, "z": spot.y, "r": 6.0, "a": 1.5})
		var done := await _wait(editor, "edited", 10, tag)
		if done.is_empty():
			return
		if editor.begins_with("C"):
			check(not (await _wait(editor, "acked", 10)).is_empty(), "%s's request %s was acknowledged" % [editor, tag])
		edits_total += 1
		for n in actors:
			var v := await _wait(n, "visible", 10, tag)
			if v.is_empty():
				return
			var ms: float = (float(v["t"]) - float(done["t"])) * 1000.0
			var e_server := not editor.begins_with("C")
			var o_server: bool = not n.begins_with("C")
			var key := ""
			if e_server and o_server and n != editor:
				key = "server→server"
			elif e_server and not o_server:
				key = "server→own client" if home[n] == editor else "server→other server's client"
			elif not e_server and o_server:
				key = "client→own server" if home[editor] == n else "client→other server"
			elif not e_server and not o_server:
				key = "client→own client (round trip)" if n == editor else "client→other client"
			if key != "":
				lat[key].append(ms)
	for k in lat:
		print("LATENCY " + _summary(k, lat[k]))
	report["latency"] = lat

	var hs := await _hashes(actors, "converged")
	for n in actors:
		if hs[n].is_empty():
			return
		check_eq(int(hs[n]["edits"]), edits_total, "%s holds every edit" % n)
		check_eq(hs[n]["world_hash"], hs["A"]["world_hash"], "%s runs the same world config" % n)
		check_eq(hs[n]["hashes"], hs["A"]["hashes"], "%s's chunk meshes equal server A's" % n)

	# What the client downloaded versus the meshes it shows.
	_send("C1", {"cmd": "stats", "tag": "bw"})
	var s := await _wait("C1", "stats", 10, "bw")
	if not s.is_empty():
		var wire := int(s["bytes_received"])
		print("BANDWIDTH after %d edits: client received %d bytes; meshes shown %d bytes (full detail %d): %.0f× (%.0f× full detail)" % [
			edits_total, wire, s["chunk_bytes"], s["mesh_full_bytes"], float(s["chunk_bytes"]) / wire, float(s["mesh_full_bytes"]) / wire])
		check(float(s["mesh_full_bytes"]) / wire >= 100.0, "a client downloads at least 100× less than the meshes (%d vs %d)" % [wire, s["mesh_full_bytes"]])
	ok_cluster = true


func test_a_server_restarted_from_nothing_rebuilds_the_world() -> void:
	if not check(ok_cluster, "the cluster runs (previous test)"):
		return
	_kill("B")
	_kill("C2")  # its server is gone
	ports["B"] = _free_port()  # a fresh process: new port, new empty local store
	var t0 := Time.get_unix_time_from_system()
	# B2 knows only the world id and the database: its own seed is wrong on purpose, and the
	# stored settings must replace it.
	_start("B2", "server", ports["B"], {"seed": SEED + 1000})
	if (await _wait("B2", "ready", 60)).is_empty():
		return
	await _wait_edits("B2", edits_total, 30)
	print("RESTART: server rebuilt %d edits from the database in %.0f ms (process start included)" % [edits_total, (Time.get_unix_time_from_system() - t0) * 1000.0])
	var hs := await _hashes(["A", "B2"], "restart")
	if hs["A"].is_empty() or hs["B2"].is_empty():
		return
	check_eq(hs["B2"]["hashes"], hs["A"]["hashes"], "the restarted server's chunks equal server A's")


func test_a_late_client_catches_up() -> void:
	if not check(ok_cluster and procs.has("B2"), "the cluster runs (previous tests)"):
		ok_cluster = false
		return
	var t0 := Time.get_unix_time_from_system()
	_send("A", {"cmd": "bulk", "tag": "bulk", "n": BULK, "seed": 5})
	var bulk := await _wait("A", "bulk_done", 120, "bulk")
	if bulk.is_empty():
		ok_cluster = false
		return
	edits_total += BULK
	print("BULK: server A recorded %d edits in %.0f ms" % [BULK, (float(bulk["t"]) - t0) * 1000.0])
	await _wait_edits("B2", edits_total, 60)
	print("BULK: server B2 had them all after %.0f ms" % ((Time.get_unix_time_from_system() - t0) * 1000.0))
	var start := Time.get_unix_time_from_system()
	_start("C3", "client", ports["B"])
	var w := await _wait("C3", "world", 30)
	var s := await _wait_edits("C3", edits_total, 30)
	var r := await _wait("C3", "ready", 30)
	if w.is_empty() or s.is_empty() or r.is_empty():
		ok_cluster = false
		return
	print("LATE JOIN: %d edits; world received %.0f ms after process start; all edits and chunks shown %.0f ms after the world arrived" % [
		edits_total, (float(w["t"]) - start) * 1000.0, (max(float(s["t"]), float(r["t"])) - float(w["t"])) * 1000.0])
	_send("C3", {"cmd": "stats", "tag": "bw"})
	s = await _wait("C3", "stats", 10, "bw")
	if s.is_empty():
		return
	var wire := int(s["bytes_received"])
	print("BANDWIDTH late join with %d edits: %d bytes received; meshes shown %d bytes (full detail %d): %.1f× (%.1f× full detail)" % [
		edits_total, wire, s["chunk_bytes"], s["mesh_full_bytes"], float(s["chunk_bytes"]) / wire, float(s["mesh_full_bytes"]) / wire])
	var hs := await _hashes(["A", "C3", "C1"], "late")
	for n in ["C3", "C1"]:
		if hs[n].is_empty():
			return
		check_eq(hs[n]["edits"], hs["A"]["edits"], "%s holds every edit" % n)
		check_eq(hs[n]["hashes"], hs["A"]["hashes"], "%s's chunks equal server A's after %d edits" % [n, edits_total])


func test_hostile_input_is_refused_and_others_keep_being_served() -> void:
	if not check(ok_cluster, "the cluster runs (previous tests)"):
		_kill_all()
		return
	var world: Node3D = ClassDB.instantiate("ProcGen")
	world.seed = SEED
	world.chunk_size = 32
	var pg: Node = ClassDB.instantiate("ProcGenSync")  # packet methods only: no host or join
	pg.attach(world)
	pg.client_name = "hostile"
	var mp := SceneMultiplayer.new()
	mp.root_path = get_path()
	var enet := ENetMultiplayerPeer.new()
	check_eq(enet.create_client("127.0.0.1", ports["A"]), OK, "hostile peer connects")
	mp.multiplayer_peer = enet
	var got := []
	var gone := [false]
	mp.peer_packet.connect(func(_id: int, p: PackedByteArray) -> void: got.append(pg.apply_server_packet(p)))
	mp.server_disconnected.connect(func() -> void: gone[0] = true)
	var until := Time.get_ticks_msec() + 10000
	while enet.get_connection_status() != MultiplayerPeer.CONNECTION_CONNECTED and Time.get_ticks_msec() < until:
		mp.poll()
		await get_tree().create_timer(0.01).timeout
	if not check_eq(enet.get_connection_status(), MultiplayerPeer.CONNECTION_CONNECTED, "hostile peer connected"):
		_cleanup_hostile(mp, enet, pg, world)
		return
	# A hostile peer that speaks the protocol: it says Hello, gets the world, then misbehaves.
	mp.send_bytes(pg.hello_packet(), 1, MultiplayerPeer.TRANSFER_MODE_RELIABLE)
	until = Time.get_ticks_msec() + 10000
	while not got.any(func(g): return g.get("type", "") == "world_info") and Time.get_ticks_msec() < until:
		mp.poll()
		await get_tree().create_timer(0.01).timeout
	check(got.any(func(g): return g.get("type", "") == "world_info"), "the hostile peer got the world after Hello")
	var valid: PackedByteArray = pg.edit_request_packet("raise", Vector3(1, 0, 1), 2.0, 0.5, 0)
	var truncated := valid.slice(0, valid.size() - 5)
	var nan := valid.duplicate()
	nan.encode_double(12, NAN)
	var reserved := valid.duplicate()
	reserved[10] = 7
	var oversized := PackedByteArray()
	oversized.resize(1200000)
	oversized[0] = 0x50
	oversized[1] = 0x47
	oversized[2] = 1
	oversized[3] = 5
	var bad := {
		"garbage": "hello, server".to_utf8_buffer(),
		"truncated": truncated,
		"oversized": oversized,
		"nan": nan,
		"reserved bits": reserved,
		"wrong direction": pg.world_info_packet(),
		"out of bounds": pg.edit_request_packet("raise", Vector3(1.0e6, 0, 0), 2.0, 0.5, 0),
		"huge radius": pg.edit_request_packet("raise", Vector3(1, 0, 1), 1000.0, 0.5, 0),
		"negative amount": pg.edit_request_packet("lower", Vector3(1, 0, 1), 2.0, -3.0, 0),
	}
	for k in bad:
		mp.send_bytes(bad[k], 1, MultiplayerPeer.TRANSFER_MODE_RELIABLE)
	until = Time.get_ticks_msec() + 10000
	var is_reject := func(g): return g.get("type", "") == "edit_reject"
	while got.filter(is_reject).size() < bad.size() and Time.get_ticks_msec() < until:
		mp.poll()
		await get_tree().create_timer(0.01).timeout
	var reasons := {}
	for g in got.filter(is_reject):
		reasons[g["reason"]] = reasons.get(g["reason"], 0) + 1
	print("HOSTILE: rejections by reason: %s" % reasons)
	check_eq(got.filter(is_reject).size(), bad.size(), "every bad packet is answered with a rejection")
	for r in ["malformed", "out_of_bounds", "radius", "amount"]:
		check(reasons.has(r), "a %s rejection (got %s)" % [r, reasons])

	# A flood of well-formed requests: the first burst is accepted, then rate-limited, then the
	# peer is dropped.
	for i in 200:
		mp.send_bytes(pg.edit_request_packet("raise", Vector3(-10 + i % 20, 0, 12), 1.0, 0.01, 0), 1, MultiplayerPeer.TRANSFER_MODE_RELIABLE)
	until = Time.get_ticks_msec() + 15000
	while not gone[0] and Time.get_ticks_msec() < until:
		mp.poll()
		await get_tree().create_timer(0.01).timeout
	check(gone[0], "the flooding peer is dropped")
	var acks := 0
	for g in got:
		if g.get("type", "") == "edit_ack":
			acks += 1
	print("HOSTILE: flood of 200 well-formed requests: %d acknowledged before the drop" % acks)
	check(acks < 200, "the flood is not accepted (%d acknowledged)" % acks)
	_cleanup_hostile(mp, enet, pg, world)

	# Server A still serves its other client.
	var tag := "after-flood"
	_send("C1", {"cmd": "watch", "tag": tag, "x": 10.0, "z": 10.0})
	await _wait("C1", "watching", 10, tag)
	_send("C1", {"cmd": "edit", "tag": tag, "kind": "raise", "x": 10.0, "z": 10.0, "r": 5.0, "a": 2.0})
	check(not (await _wait("C1", "acked", 10)).is_empty(), "server A acknowledges the honest client's edit")
	check(not (await _wait("C1", "visible", 10, tag)).is_empty(), "the honest client sees its edit")
	_send("A", {"cmd": "stats", "tag": "hostile"})
	var s := await _wait("A", "stats", 10, "hostile")
	if s.is_empty():
		return
	print("HOSTILE: server A net stats %s" % s["net"])
	check(int(s["net"]["kicked"]) >= 1, "server A dropped a peer")
	check(int(s["net"]["rejected"]) >= bad.size(), "server A counted the rejections")
	check(int(s["net"]["reasons"].get("rate_limited", 0)) > 0, "server A rate-limited the flood")
	edits_total = int(s["edits"])  # the flood's accepted burst counts too
	check(_log_tail("A").contains("ProcGen net: peer") or FileAccess.get_file_as_string(dir.path_join("A.log")).contains("ProcGen net: peer"), "server A logged the rejections")
	for n in ["C1", "B2", "C3"]:
		await _wait_edits(n, edits_total, 20)
	var hs := await _hashes(["A", "C1", "B2", "C3"], "final")
	for n in ["C1", "B2", "C3"]:
		if not hs[n].is_empty() and not hs["A"].is_empty():
			check_eq(hs[n]["hashes"], hs["A"]["hashes"], "%s still equals server A" % n)
	for n in procs.keys():
		_send(n, {"cmd": "quit"})
	await get_tree().create_timer(1.0).timeout
	_kill_all()
	Engine.max_fps = 0


func _cleanup_hostile(mp: SceneMultiplayer, enet: ENetMultiplayerPeer, pg: Node, world: Node3D) -> void:
	mp.multiplayer_peer = null
	enet.close()
	pg.free()
	world.free()
