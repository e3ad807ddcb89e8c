extends "res://tests/lib/suite.gd"
# timeout: 180
## Sink switches (issue 15): storage, network and export switch locally and at once, are
## reported by get_pipeline, fire pipeline_changed and never lose an accepted edit. Export off:
## export_gltf refuses. Network off: a ProcGenSync server sends its clients nothing, and
## everything held back once it is on again. Storage off: the shared database is paused (an
## edit stays on its server, durable and pending) until storage is on again.

var port := 0


func _element(p: Node3D, name: String) -> Dictionary:
	for e in p.get_pipeline():
		if e["name"] == name:
			return e
	return {}


func _until(cond: Callable, timeout_s := 15.0) -> bool:
	var until := Time.get_ticks_msec() + int(timeout_s * 1000)
	while Time.get_ticks_msec() < until:
		if cond.call():
			return true
		await get_tree().process_frame
	return cond.call()


func _frames(n: int) -> void:
	for i in n:
		await get_tree().process_frame
		OS.delay_msec(5)


func _free_port() -> int:
	for i in 50:
		var p := 20000 + randi() % 30000
		var udp := PacketPeerUDP.new()
		if udp.bind(p, "127.0.0.1") == OK:
			udp.close()
			return p
	return 0


func test_export_sink() -> void:
	var p: Node3D = ClassDB.instantiate("ProcGen")
	p.chunk_size = 32
	p.streaming = false
	add_child(p)
	var changed := [0]
	p.pipeline_changed.connect(func(): changed[0] += 1)
	var hash: String = p.get_world_hash()
	check(_element(p, "export")["enabled"], "export on by default")
	check(p.set_element_enabled("export", false), "export off")
	check_eq(changed[0], 1, "pipeline_changed")
	check(not _element(p, "export")["enabled"], "get_pipeline reports export off")
	check_eq(p.get_world_hash(), hash, "a sink is not part of the world")
	var path := "user://sinks_test_%d.glb" % OS.get_process_id()
	expect_error("export sink is switched off")
	check_eq(p.export_gltf(path, Vector3i(0, 0, 0), Vector3i(0, 0, 0), 1), ERR_UNAVAILABLE, "export_gltf refuses")
	check(not FileAccess.file_exists(path), "no file written")
	check(p.set_element_enabled("export", true), "export on")
	var done := [false, -1]
	p.export_finished.connect(func(_p, err): done[0] = true; done[1] = err)
	check_eq(p.export_gltf(path, Vector3i(0, 0, 0), Vector3i(0, 0, 0), 1), OK, "export_gltf runs again")
	check(await _until(func(): return done[0]), "export_finished")
	check_eq(done[1], OK, "the export succeeded")
	check(FileAccess.file_exists(path), "file written")
	DirAccess.remove_absolute(ProjectSettings.globalize_path(path))
	p.queue_free()
	await get_tree().process_frame


func test_network_sink_holds_back_and_resumes() -> void:
	var server: Node3D = ClassDB.instantiate("ProcGen")
	server.seed = 5
	server.chunk_size = 32
	server.streaming = false
	add_child(server)
	var ssync: Node = ClassDB.instantiate("ProcGenSync")
	add_child(ssync)
	ssync.attach(server)
	port = _free_port()
	check_eq(ssync.host(port, "127.0.0.1"), OK, "server hosts")
	var client: Node3D = ClassDB.instantiate("ProcGen")
	client.streaming = false
	add_child(client)
	var csync: Node = ClassDB.instantiate("ProcGenSync")
	add_child(csync)
	csync.attach(client)
	csync.client_name = "sinks"
	var got_world := [false]
	csync.world_received.connect(func(_id): got_world[0] = true)
	check_eq(csync.join("127.0.0.1", port), OK, "client joins")
	check(await _until(func(): return got_world[0]), "the client got the world")
	check(await _until(func(): return client.get_world_hash() == server.get_world_hash()), "client runs the server's world")
	var before: float = client.get_height(10, 10)

	check(server.set_element_enabled("network", false), "network off")
	check(not _element(server, "network")["enabled"], "get_pipeline reports network off")
	check(server.apply_edit("raise", Vector3(10, 0, 10), 6.0, 3.0, 0) > 0, "the server accepts an edit")
	var raised: float = server.get_height(10, 10)
	check(raised != before, "the edit raised the server's terrain")
	await _frames(60)
	check_eq(client.get_height(10, 10), before, "while network is off the client hears nothing")

	check(server.set_element_enabled("network", true), "network on")
	check(await _until(func(): return client.get_height(10, 10) == raised), "the held-back edit reaches the client once network is on")
	csync.close()
	ssync.close()
	await get_tree().process_frame
	for n in [csync, ssync, client, server]:
		n.queue_free()
	await get_tree().process_frame


func _stored(world_id: String, path: String) -> Node3D:
	var p: Node3D = ClassDB.instantiate("ProcGen")
	p.seed = 45
	p.chunk_size = 32
	p.view_distance = 0
	p.world_id = world_id
	p.storage_path = path
	return p


func _cleanup(path: String) -> void:
	for suffix in ["", "-wal", "-shm"]:
		DirAccess.remove_absolute(ProjectSettings.globalize_path(path + suffix))


func test_storage_sink_pauses_the_database_without_losing_edits() -> void:
	var url := OS.get_environment("PROCGEN_TEST_DATABASE_URL")
	if not check(url != "", "PROCGEN_TEST_DATABASE_URL names the test PostgreSQL (build.sh test sets it)"):
		return
	ProjectSettings.set_setting("procgen/storage/database_url", url)
	ProjectSettings.set_setting("procgen/storage/poll_interval_ms", 100)
	var world_id := "sinks-%d-%d" % [Time.get_unix_time_from_system(), randi()]
	var path_a := "user://%s-a.sqlite" % world_id
	var path_b := "user://%s-b.sqlite" % world_id
	var a := _stored(world_id, path_a)
	var b := _stored(world_id, path_b)
	add_child(a)
	add_child(b)
	var plain: float = b.get_height(12.0, 12.0)
	check(await _until(func(): return a.get_storage_status()["mode"] == "synced"), "server A syncs with the database")
	check(_element(a, "storage")["enabled"], "storage on with a world_id")

	check(a.set_element_enabled("storage", false), "storage off on server A")
	check(not _element(a, "storage")["enabled"], "get_pipeline reports storage off")
	check(a.get_storage_status()["paused"], "get_storage_status reports paused")
	check(a.apply_edit("flatten", Vector3(12, 6, 12), 5.0, 1.0, 0) > 0, "A accepts an edit")
	check_eq(a.get_height(12.0, 12.0), 6.0, "and applies it")
	check(await _until(func(): return a.get_storage_status()["uncommitted"] == 0), "the edit is durable in A's local store")
	await _frames(100) # about twenty poll intervals
	check_eq(b.get_height(12.0, 12.0), plain, "while A's storage is off the edit stays on A")
	check(int(a.get_storage_status()["pending"]) >= 1, "it waits in A's store as pending")

	check(a.set_element_enabled("storage", true), "storage on again")
	check(not a.get_storage_status()["paused"], "no longer paused")
	check(await _until(func(): return b.get_height(12.0, 12.0) == 6.0, 30.0), "the edit reaches server B once storage is on")
	check(await _until(func(): return int(a.get_storage_status()["pending"]) == 0), "nothing left pending on A")
	a.queue_free()
	b.queue_free()
	await get_tree().process_frame
	ProjectSettings.set_setting("procgen/storage/database_url", "")
	_cleanup(path_a)
	_cleanup(path_b)
