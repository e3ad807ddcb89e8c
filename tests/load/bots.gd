extends SceneTree
## Load scenario clients (tests/load): n simulated players in one process (one of procs bot
## processes, number proc), each a ProcGen (no streaming: the bots measure the network, not
## rendering) with its own ProcGenSync connected over ENet. Each walks through the world and
## asks for rate edits per second near where it is; the process's bot 0 also sends probe
## edits (on a row of its own, z = -2000 - 64 proc) whose arrival at the process's other bots
## is timed. A bot whose connection drops reconnects. At stop_at (Unix time; else after
## duration_s) the bots stop editing and wait for their answers; the process then writes
## DIR/stopped-PROC and waits until every process has, and until each of its bots holds as
## many edits as the server reports (DIR/server.json, written after that), then writes
## DIR/bots-PROC.json. User arguments key=value: port, n, rate, duration_s, stop_at, dir,
## seed, proc, procs.

class Bot:
	var world: Node3D
	var sync: Node
	var pos := Vector2.ZERO
	var heading := 0.0
	var next_edit := 0.0
	var sent := {}  # nonce → request time
	var acked := []  # "origin:seq"
	var ack_ms := []
	var rejected := {}
	var worlds := 0
	var rejoin_at := 0.0

var args := {}
var bots: Array[Bot] = []
var started := 0.0
var rng := RandomNumberGenerator.new()
var probes := []  # {x, z, t, h: {bot index: height}, seen: {bot index: ms}}
var next_probe := 0.0
var stop_at := 0.0
var phase := "run"
var settle_since := 0.0
var dir := ""
var proc := 0
var procs := 1
var all_stopped := 0.0  # when every bot process had stopped editing and had its answers
var requested := 0  # edit requests sent (probes included)
var first_edit := 0.0  # when the first of them was sent


func _initialize() -> void:
	_setup.call_deferred()


func _setup() -> void:
	for a in OS.get_cmdline_user_args():
		var kv := a.split("=", true, 1)
		if kv.size() == 2:
			args[kv[0]] = kv[1]
	dir = args["dir"]
	proc = int(args.get("proc", "0"))
	procs = int(args.get("procs", "1"))
	rng.seed = int(args.get("seed", "1")) * 1000 + proc
	var n := int(args.get("n", "64"))
	for i in n:
		var b := Bot.new()
		b.world = ClassDB.instantiate("ProcGen")
		b.world.streaming = false
		root.add_child(b.world)
		b.sync = ClassDB.instantiate("ProcGenSync")
		b.sync.name = "p%d_bot%d" % [proc, i]
		root.add_child(b.sync)
		b.sync.attach(b.world)
		b.sync.client_name = "p%d_bot%d" % [proc, i]
		b.pos = Vector2(rng.randf_range(-400, 400), rng.randf_range(-400, 400))
		b.heading = rng.randf_range(0, TAU)
		b.sync.world_received.connect(func(_id: String) -> void: b.worlds += 1)
		b.sync.edit_acked.connect(func(nonce: int, origin: int, seq: int) -> void: _on_ack(b, nonce, origin, seq))
		b.sync.edit_rejected.connect(func(nonce: int, reason: String, _text: String) -> void:
			b.sent.erase(nonce)
			b.rejected[reason] = b.rejected.get(reason, 0) + 1)
		b.sync.disconnected.connect(func() -> void: b.rejoin_at = Time.get_unix_time_from_system() + 0.5)
		var index := i
		b.sync.edits_received.connect(func(_count: int, fresh: int) -> void:
			if fresh > 0:
				_check_probes(index))
		b.sync.join("127.0.0.1", int(args["port"]))
		bots.append(b)
	started = Time.get_unix_time_from_system()
	stop_at = float(args["stop_at"]) if args.has("stop_at") else started + float(args.get("duration_s", "20"))


func _on_ack(b: Bot, nonce: int, origin: int, seq: int) -> void:
	if b == bots[0]:
		for p in probes:
			if p["nonce"] == nonce:
				p["acked"] = true
	if b.sent.has(nonce):
		b.ack_ms.append((Time.get_unix_time_from_system() - b.sent[nonce]) * 1000.0)
		b.sent.erase(nonce)
	b.acked.append("%d:%d" % [origin, seq])


func _process(delta: float) -> bool:
	if started == 0.0:
		return false
	var now := Time.get_unix_time_from_system()
	if now - started > float(args.get("deadline_s", "240")):
		_finish("deadline")
		return true
	for b in bots:
		if b.rejoin_at > 0.0 and now >= b.rejoin_at:
			b.rejoin_at = 0.0
			b.sent.clear()  # requests the dropped connection carried get no answer
			b.sync.join("127.0.0.1", int(args["port"]))
	if phase == "run":
		_edit(now, delta)
		if now >= stop_at:
			phase = "settle"
			settle_since = now
	if phase == "settle":
		var waiting := bots.any(func(b: Bot) -> bool: return not b.sent.is_empty() or b.rejoin_at > 0.0 or b.worlds == 0)
		if not waiting and not FileAccess.file_exists(dir.path_join("stopped-%d" % proc)):
			FileAccess.open(dir.path_join("stopped-%d" % proc), FileAccess.WRITE).close()
		if all_stopped == 0.0 and not waiting and range(procs).all(func(i: int) -> bool: return FileAccess.file_exists(dir.path_join("stopped-%d" % i))):
			all_stopped = now
		# Every request of every process is answered: no edit comes any more, and a
		# server.json written a second later holds the server's final count.
		var target := -1
		if all_stopped > 0.0:
			var sj = JSON.parse_string(FileAccess.get_file_as_string(dir.path_join("server.json")))
			if sj is Dictionary and float(sj.get("t", 0.0)) > all_stopped + 1.0:
				target = int(sj["edits"])
		var counts := {}
		for b in bots:
			counts[int(b.world.get_stats()["edits"])] = true
		var done := target >= 0 and counts.size() == 1 and counts.has(target)
		# A probe whose request a crash swallowed is never acknowledged, nor seen.
		if (done and probes.all(func(p): return not p["acked"] or p["seen"].size() == bots.size() - 1)) or now - settle_since > 120.0:
			_finish("ok" if done else "bots of process %d hold %s edits, the server %d (all stopped: %s)" % [proc, counts.keys(), target, all_stopped > 0.0])
			return true
	return false


func _edit(now: float, delta: float) -> void:
	var rate := float(args.get("rate", "5"))
	for b in bots:
		if not b.sync.is_connected_to_server() or b.worlds == 0:
			continue
		b.heading += rng.randf_range(-0.3, 0.3)
		b.pos += Vector2(cos(b.heading), sin(b.heading)) * 4.0 * delta  # walking pace
		if now < b.next_edit:
			continue
		b.next_edit = max(b.next_edit + 1.0 / rate, now)
		var p := b.pos + Vector2(rng.randf_range(-6, 6), rng.randf_range(-6, 6))
		var nonce: int = b.sync.request_edit("raise" if rng.randf() < 0.5 else "lower", Vector3(p.x, 0, p.y), rng.randf_range(1.5, 4.0), rng.randf_range(0.05, 0.5), 0)
		if nonce >= 0:
			b.sent[nonce] = now
			requested += 1
			if first_edit == 0.0:
				first_edit = now
	if now >= next_probe and bots[0].sync.is_connected_to_server() and bots.all(func(b: Bot) -> bool: return b.worlds > 0):
		next_probe = now + 0.5
		var x := 2000.0 + 16.0 * probes.size()
		var z := -2000.0 - 64.0 * proc
		var heights := {}
		for i in range(1, bots.size()):
			heights[i] = bots[i].world.get_height(x, z)
		var nonce: int = bots[0].sync.request_edit("raise", Vector3(x, 0, z), 2.0, 2.0, 0)
		if nonce >= 0:
			requested += 1
			probes.append({"x": x, "z": z, "t": now, "h": heights, "seen": {}, "nonce": nonce, "acked": false})


## Checks, when bot i received new edits, which pending probes it now shows.
func _check_probes(i: int) -> void:
	if i == 0:
		return
	var now := Time.get_unix_time_from_system()
	for p in probes:
		if not p["seen"].has(i) and bots[i].world.get_height(p["x"], p["z"]) != p["h"][i]:
			p["seen"][i] = (now - p["t"]) * 1000.0


func _finish(status: String) -> void:
	var latency := []
	for p in probes:
		latency.append_array(p["seen"].values())
	var ack_ms := []
	var out_bots := []
	for b in bots:
		ack_ms.append_array(b.ack_ms)
		out_bots.append({"acked": b.acked, "edits": int(b.world.get_stats()["edits"]), "edits_hash": b.world.get_edits_hash(),
			"bytes_received": int(b.sync.get_stats()["bytes_received"]), "rejected": b.rejected, "worlds": b.worlds})
	var out := {"status": status, "elapsed_s": Time.get_unix_time_from_system() - started, "probes": probes.size(),
		"requested": requested, "editing_s": max(stop_at - first_edit, 0.0) if first_edit > 0.0 else 0.0, "latency_ms": latency, "ack_ms": ack_ms, "bots": out_bots}
	var name := "bots-%d.json" % proc
	var f := FileAccess.open(dir.path_join(name + ".tmp"), FileAccess.WRITE)
	f.store_string(JSON.stringify(out))
	f.close()
	DirAccess.rename_absolute(dir.path_join(name + ".tmp"), dir.path_join(name))
	for b in bots:
		b.sync.close()
	quit(0)
