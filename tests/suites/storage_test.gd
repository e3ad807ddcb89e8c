extends "res://tests/lib/suite.gd"
## ProcGen storage: edits of a named world survive the node, reach another server through the
## database, and storage problems are reported without stopping the world.

const MAX_FRAMES := 1200


func _id(prefix: String) -> String:
	return "%s-%d-%d" % [prefix, Time.get_unix_time_from_system(), randi()]


func _node(world_id: String, path: String, seed_value := 21) -> Node3D:
	var p: Node3D = ClassDB.instantiate("ProcGen")
	p.seed = seed_value
	p.chunk_size = 32
	p.view_distance = 0
	p.world_id = world_id
	p.storage_path = path
	return p


func _cleanup(path: String) -> void:
	for suffix in ["", "-wal", "-shm"]:
		DirAccess.remove_absolute(ProjectSettings.globalize_path(path + suffix))


func test_edits_of_a_named_world_survive_the_node() -> void:
	var path := "user://%s.sqlite" % _id("local")
	var world_id := _id("persist")
	var a := _node(world_id, path)
	add_child(a)
	var committed := []
	a.edits_committed.connect(func(ids: PackedInt64Array) -> void: committed.append_array(Array(ids)))
	var h0: float = a.get_height(10.0, 10.0)
	var ids := []
	for i in 3:
		ids.append(a.apply_edit("raise", Vector3(10, 0, 10), 6.0, 2.0, 0))
		check(ids[i] > 0, "edit %d accepted" % i)
	var edited: float = a.get_height(10.0, 10.0)
	check(edited > h0 + 5.0, "edits raised the terrain at once, before they are durable")
	for i in 300:
		if committed.size() >= 3:
			break
		await get_tree().process_frame
	committed.sort()
	check_eq(committed, ids, "edits_committed reports each edit once, when durable")
	var status: Dictionary = a.get_storage_status()
	check_eq(status["uncommitted"], 0, "nothing waits for the disk")
	check_eq(status["mode"], "local", "no database configured: local store")
	check_eq(status["pending"], 3, "three edits wait for a database")
	check_eq(status["world_id"], world_id, "status names the world")
	a.queue_free()
	await get_tree().process_frame

	var b := _node(world_id, path)
	add_child(b)
	check_eq(b.get_height(10.0, 10.0), edited, "a new node replays the recorded edits")
	b.queue_free()
	await get_tree().process_frame
	_cleanup(path)


func test_a_node_takes_the_settings_of_its_stored_world() -> void:
	var path := "user://%s.sqlite" % _id("adopt")
	var world_id := _id("adopt")
	var a := _node(world_id, path, 1)
	add_child(a)
	a.apply_edit("raise", Vector3(3, 0, 3), 5.0, 2.0, 0)
	var want: float = a.get_height(3.0, 3.0)
	# A node started later with other inspector values takes the stored world's settings.
	var b := _node(world_id, path, 2)
	add_child(b)
	check_eq(b.get_height(3.0, 3.0), want, "same world, same edit")
	check_eq(b.seed, 1, "the stored seed replaced the inspector's")
	check_eq(b.get_storage_status()["mode"], "local", "storage is on")
	# Changing the settings of a stored world afterwards is refused by storage.
	b.seed = 3
	check(is_finite(b.get_height(0.0, 0.0)), "the node still works")
	var status: Dictionary = b.get_storage_status()
	check_eq(status["mode"], "memory", "storage is off for the changed settings")
	check(String(status["last_error"]).contains("already stored with other settings"), "status says why: %s" % status["last_error"])
	a.queue_free()
	b.queue_free()
	await get_tree().process_frame
	_cleanup(path)


func test_two_servers_share_edits_through_the_database() -> void:
	var url := OS.get_environment("PROCGEN_TEST_DATABASE_URL")
	if not check(url != "", "PROCGEN_TEST_DATABASE_URL names the test PostgreSQL (build.sh test sets it)"):
		return
	ProjectSettings.set_setting("procgen/storage/database_url", url)
	ProjectSettings.set_setting("procgen/storage/poll_interval_ms", 100)
	var world_id := _id("shared")
	var path_a := "user://%s.sqlite" % _id("server-a")
	var path_b := "user://%s.sqlite" % _id("server-b")
	var a := _node(world_id, path_a)
	var b := _node(world_id, path_b)
	add_child(a)
	add_child(b)
	var before: float = b.get_height(-40.0, 25.0)
	var start := Time.get_ticks_msec()
	check(a.apply_edit("lower", Vector3(-40, 0, 25), 10.0, 7.0, 0) > 0, "server A accepts the edit")
	var seen := false
	for i in MAX_FRAMES:
		await get_tree().process_frame
		if b.get_height(-40.0, 25.0) < before - 6.0:
			seen = true
			break
		OS.delay_msec(5)
	check(seen, "server B sees server A's edit")
	print("edit visible on the other server after %d ms" % (Time.get_ticks_msec() - start))
	check_eq(b.get_height(-40.0, 25.0), a.get_height(-40.0, 25.0), "both servers agree on the edited height")
	var status: Dictionary = a.get_storage_status()
	check_eq(status["mode"], "synced", "server A syncs with the database")
	check_eq(status["last_error"], "", "no sync error")
	a.queue_free()
	b.queue_free()
	await get_tree().process_frame
	ProjectSettings.set_setting("procgen/storage/database_url", "")
	_cleanup(path_a)
	_cleanup(path_b)


func test_a_bad_database_url_keeps_the_world_running() -> void:
	ProjectSettings.set_setting("procgen/storage/database_url", "postgres://user:hunter2@[::1")
	var path := "user://%s.sqlite" % _id("badurl")
	var p := _node(_id("badurl"), path)
	add_child(p)
	check(p.apply_edit("raise", Vector3.ZERO, 4.0, 1.0, 0) > 0, "edits are still accepted")
	var status: Dictionary = p.get_storage_status()
	check_eq(status["mode"], "local", "runs on the local store")
	var err := String(status["last_error"])
	check(err != "", "status reports the bad URL")
	check(not err.contains("hunter2"), "the password is redacted: %s" % err)
	p.queue_free()
	await get_tree().process_frame
	ProjectSettings.set_setting("procgen/storage/database_url", "")
	_cleanup(path)


func test_a_full_disk_reports_edits_and_never_acknowledges_them() -> void:
	# The local store may not grow (procgen/storage/local_max_bytes = 1): its commits fail
	# like a full disk's once the file's free space is used up.
	ProjectSettings.set_setting("procgen/storage/local_max_bytes", 1)
	var path := "user://%s.sqlite" % _id("full")
	var p := _node(_id("full"), path)
	add_child(p)
	var committed := []
	var errors := []
	p.edits_committed.connect(func(ids: PackedInt64Array) -> void: committed.append_array(Array(ids)))
	p.storage_error.connect(func(msg: String) -> void: errors.append(msg))
	var ids := []
	var h0: float = p.get_height(5.0, 5.0)
	for i in 300:
		ids.append(p.apply_edit("raise", Vector3(5, 0, 5), 4.0, 0.01, 0))
	check(ids.all(func(id): return id > 0), "every edit is accepted at once")
	check(p.get_height(5.0, 5.0) > h0 + 2.0, "and applied at once")
	for i in 200:
		await get_tree().process_frame
		if not errors.is_empty() and int(p.get_storage_status()["uncommitted"]) + committed.size() == ids.size():
			break
	check(not errors.is_empty() and String(errors[0]).contains("could not write edits"), "storage_error names the edits the disk refused: %s" % [errors.slice(0, 1)])
	var uncommitted := int(p.get_storage_status()["uncommitted"])
	print("full disk: %d edits durable, %d kept queued for a retry" % [committed.size(), uncommitted])
	check(uncommitted > 0, "edits wait for the disk, none dropped (%d queued)" % uncommitted)
	check_eq(committed.size() + uncommitted, ids.size(), "every edit is either durable or still queued")
	var seen := {}
	for id in committed:
		check(id in ids and not seen.has(id), "edit %d acknowledged once, and only when durable" % id)
		seen[id] = true
	p.queue_free()
	await get_tree().process_frame
	ProjectSettings.set_setting("procgen/storage/local_max_bytes", 0)
	_cleanup(path)
