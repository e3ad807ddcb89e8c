extends "res://tests/lib/suite.gd"
# timeout: 180
## ProcGenSync over ENet inside one process: a server and clients, each ProcGenSync with its
## own SceneMultiplayer for its branch of the tree. Admission (join token, peer_authorizer,
## max_peers, joins per address that survive reconnects) and bounded catch-up: a client
## reconnecting in a loop cannot push the server's outgoing bytes beyond a stated bound,
## while another client keeps being served.

var port := 0


func _free_port() -> int:
	for i in 50:
		var p := 20000 + randi() % 30000
		var udp := PacketPeerUDP.new()
		if udp.bind(p, "127.0.0.1") == OK:
			udp.close()
			return p
	return 0


func _server(edits := 0) -> Node:
	var world: Node3D = ClassDB.instantiate("ProcGen")
	world.seed = 5
	world.chunk_size = 32
	world.streaming = false
	add_child(world)
	var rng := RandomNumberGenerator.new()
	rng.seed = 3
	for i in edits:
		world.apply_edit("raise", Vector3(rng.randf_range(-500, 500), 0, rng.randf_range(-500, 500)), 3.0, 0.5, 0)
	var sync: Node = ClassDB.instantiate("ProcGenSync")
	add_child(sync)
	sync.attach(world)
	port = _free_port()
	check_eq(sync.host(port, "127.0.0.1"), OK, "server hosts on port %d" % port)
	return sync


## A client: returns its ProcGenSync, with events recorded in its "events" meta.
func _client(name: String, token := "") -> Node:
	var world: Node3D = ClassDB.instantiate("ProcGen")
	world.streaming = false
	add_child(world)
	var sync: Node = ClassDB.instantiate("ProcGenSync")
	add_child(sync)
	sync.attach(world)
	sync.client_name = name
	sync.join_token = token
	var events := []
	sync.set_meta("events", events)
	sync.world_received.connect(func(id: String) -> void: events.append("world"))
	sync.edit_rejected.connect(func(n: int, reason: String, text: String) -> void: events.append("rejected:%s:%s" % [reason, text]))
	sync.edit_acked.connect(func(n: int, o: int, s: int) -> void: events.append("acked"))
	sync.disconnected.connect(func() -> void: events.append("disconnected"))
	check_eq(sync.join("127.0.0.1", port), OK, "%s joins" % name)
	return sync


func _events(c: Node) -> Array:
	return c.get_meta("events")


## Waits up to timeout_s for cond.
func _until(cond: Callable, timeout_s := 10.0) -> bool:
	var until := Time.get_ticks_msec() + int(timeout_s * 1000)
	while Time.get_ticks_msec() < until:
		if cond.call():
			return true
		await get_tree().process_frame
	return cond.call()


func _close(nodes: Array) -> void:
	for n in nodes:
		if n.has_method("close"):
			n.close()
	await get_tree().process_frame
	for n in get_children():
		n.queue_free()
	await get_tree().process_frame


func _rejected_with(c: Node, what: String) -> bool:
	return _events(c).any(func(e): return String(e).begins_with("rejected:") and String(e).contains(what))


func test_admission_token_authorizer_and_max_peers() -> void:
	var server := _server()
	server.join_token = "s3cret"
	server.max_peers = 2
	var asked := []
	server.peer_authorizer = func(peer: int, hello: Dictionary) -> Variant:
		asked.append(hello)
		return "mallory is banned" if hello["name"] == "mallory" else true
	var refused := []
	server.peer_refused.connect(func(peer: int, why: String) -> void: refused.append(why))
	var good := _client("alice", "s3cret")
	check(await _until(func(): return _events(good).has("world")), "a client with the token gets the world")
	var wrong := _client("eve", "guess")
	check(await _until(func(): return _rejected_with(wrong, "token")), "a wrong token is refused with a reason: %s" % [_events(wrong)])
	check(await _until(func(): return _events(wrong).has("disconnected")), "and the peer is disconnected")
	check(not _events(wrong).has("world"), "without the world")
	var banned := _client("mallory", "s3cret")
	check(await _until(func(): return _rejected_with(banned, "mallory is banned")), "peer_authorizer refuses with its reason: %s" % [_events(banned)])
	var second := _client("bob", "s3cret")
	check(await _until(func(): return _events(second).has("world")), "a second player joins")
	var third := _client("carol", "s3cret")
	check(await _until(func(): return _rejected_with(third, "full")), "a third is refused: max_peers 2: %s" % [_events(third)])
	check(asked.any(func(h): return h["name"] == "alice" and h["address"] == "127.0.0.1" and h["token"] == "s3cret"), "the authorizer sees name, address and token")
	check_eq(server.get_clients().size(), 2, "two clients joined")
	check(refused.size() >= 3, "peer_refused for each refusal (%s)" % [refused])
	# The admitted client still edits.
	good.request_edit("raise", Vector3(10, 0, 10), 3.0, 1.0, 0)
	check(await _until(func(): return _events(good).has("acked")), "an admitted client's edit is acknowledged")
	await _close([server, good, wrong, banned, second, third])


func test_reconnecting_in_a_loop_is_bounded_while_others_are_served() -> void:
	const EDITS := 3000
	const RATE := 20000  # catch-up bytes per second per peer
	const JOINS := 8  # per minute per address: a burst of 2, then one per 7.5 s
	var server := _server(EDITS)
	server.catch_up_bytes_per_second = RATE
	server.joins_per_minute = JOINS
	var honest := _client("honest")
	check(await _until(func(): return _events(honest).has("world"), 20), "an honest client joins")
	var catch_up_size := 0
	for p in server.catch_up_packets():
		catch_up_size += p.size()
	var info_size: int = server.world_info_packet().size()
	var start := Time.get_ticks_msec()
	var before: int = server.get_stats()["bytes_sent"]
	var loops := 0
	var acked_during := 0
	var acks := [0]
	honest.edit_acked.connect(func(n: int, o: int, s: int) -> void: acks[0] += 1)
	# The looping client: joins, waits a few frames, leaves, joins again — for 6 seconds.
	while Time.get_ticks_msec() - start < 6000:
		var looper := _client("looper")
		for f in 6:
			await get_tree().process_frame
		looper.close()
		looper.queue_free()
		loops += 1
		honest.request_edit("raise", Vector3(randf_range(-50, 50), 0, randf_range(-50, 50)), 2.0, 0.2, 0)
		await get_tree().process_frame
	await _until(func(): return acks[0] >= loops, 5)
	var secs := (Time.get_ticks_msec() - start) / 1000.0
	var stats: Dictionary = server.get_stats()
	var sent: int = int(stats["bytes_sent"]) - before
	# Bound: joins admitted ≤ burst 2 + JOINS/60 per second; each admitted join costs WorldInfo
	# plus catch-up paced at RATE (at most RATE/10 up front, then RATE per second); every refused
	# join one EditReject (< 400 bytes); the honest client's traffic (< 1 KB per edit).
	var admitted_max := 2 + int(ceil(secs * JOINS / 60.0))
	var bound := admitted_max * (info_size + RATE / 10) + int(RATE * secs) + loops * 400 + loops * 1024
	print("RECONNECT LOOP: %d joins in %.1f s (%d admitted, %d refused); server sent %d bytes, bound %d; full catch-up is %d bytes; the honest client got %d/%d acks" % [
		loops, secs, int(stats["joins"]) - 1, stats["refused"], sent, bound, catch_up_size, acks[0], loops])
	check(loops >= 10, "the looping client reconnected many times (%d)" % loops)
	check(int(stats["refused"]) >= loops - admitted_max, "joins beyond the per-address limit are refused (%d refused of %d)" % [stats["refused"], loops])
	check(sent <= bound, "outgoing bytes stay within the bound (%d ≤ %d), far below %d joins × %d bytes of catch-up" % [sent, bound, loops, catch_up_size])
	check_eq(int(stats["snapshots_built"]), 1, "checkpoints are built once and served from the cache")
	check_eq(acks[0], loops, "the honest client was served throughout (%d of %d edits acknowledged)" % [acks[0], loops])
	await _close([server, honest])
