extends "res://tests/lib/suite.gd"
## The generation pipeline from GDScript (issue 15): get_pipeline lists sources, filters and
## sinks; switching a filter names a new world version and regenerates the streamed chunks
## in place, nearest first, with no gap in the terrain; edits keep applying; sinks switch
## locally; bad names, parameters and weights files are errors that change nothing; a node
## agrees bit for bit with the Go reference after the same switches; a network client
## follows its server's pipeline.

const MAX_FRAMES := 900
const MeshHashes := preload("res://tests/lib/mesh_hashes.gd")


func _node(seed_value := 31) -> Node3D:
	var p: Node3D = ClassDB.instantiate("ProcGen")
	p.seed = seed_value
	p.chunk_size = 32
	p.view_distance = 2
	p.frame_budget_ms = 50.0
	return p


func _element(p: Node3D, name: String) -> Dictionary:
	for e in p.get_pipeline():
		if e["name"] == name:
			return e
	return {}


func _bits(h: float) -> String:
	var b := PackedByteArray()
	b.resize(8)
	b.encode_double(0, h)
	return b.hex_encode()


func test_get_pipeline_lists_sources_filters_and_sinks() -> void:
	var p := _node()
	var elements: Array = p.get_pipeline()
	var kinds := {}
	var last_order := -1
	for e in elements:
		kinds[e["name"]] = e["kind"]
		check(int(e["order"]) > last_order, "%s is in pipeline order" % e["name"])
		last_order = int(e["order"])
		for key in ["name", "kind", "enabled", "order", "ms_per_chunk", "identity"]:
			check(e.has(key), "%s has %s" % [e["name"], key])
	check_eq(kinds.get("height"), "source", "height is a source")
	check_eq(kinds.get("erosion"), "filter", "erosion is a filter")
	check_eq(kinds.get("learned"), "filter", "learned is a filter")
	check_eq(kinds.get("mesh"), "sink", "mesh is a sink")
	check_eq(kinds.get("collision"), "sink", "collision is a sink")
	check(_element(p, "biomes")["enabled"], "biomes on by default")
	check(not _element(p, "erosion")["enabled"], "erosion off by default")
	check(not _element(p, "learned")["enabled"], "learned off by default")
	var erosion := _element(p, "erosion")
	check(erosion["params"].has("erode") and erosion["param_ranges"]["erode"]["max"] == 1.0, "erosion reports its parameters and ranges")
	check_eq(String(_element(p, "learned")["model"]).length(), 64, "learned reports its model id")
	p.free()


func test_a_filter_toggle_regenerates_streamed_chunks_in_place() -> void:
	var p := _node(41)
	var viewer := Node3D.new()
	add_child(viewer)
	add_child(p)
	p.add_viewer(viewer)
	var ready := [0]
	p.world_ready.connect(func(): ready[0] += 1)
	var changed := [0]
	p.pipeline_changed.connect(func(): changed[0] += 1)
	for i in MAX_FRAMES:
		await get_tree().process_frame
		if ready[0] > 0:
			break
	check_eq(ready[0], 1, "world_ready before the toggle")
	var shown: int = p.get_loaded_chunks().size()
	var hash_before: String = p.get_world_hash()
	var unloaded := [0]
	p.chunk_unloaded.connect(func(_c): unloaded[0] += 1)
	var started := Time.get_ticks_msec()
	check(p.set_element_enabled("erosion", true), "erosion switched on")
	check_eq(changed[0], 1, "pipeline_changed emitted")
	check(p.get_world_hash() != hash_before, "a new world version: new hash")
	check(_element(p, "erosion")["enabled"], "get_pipeline reports erosion on")
	var fewest := shown
	var worst_ms := 0.0
	var last := Time.get_ticks_usec()
	for i in MAX_FRAMES:
		await get_tree().process_frame
		var now := Time.get_ticks_usec()
		worst_ms = maxf(worst_ms, (now - last) / 1000.0)
		last = now
		fewest = mini(fewest, p.get_loaded_chunks().size())
		if ready[0] > 1:
			break
	check_eq(ready[0], 2, "world_ready once the chunks are regenerated")
	check_eq(fewest, shown, "no chunk disappeared while regenerating")
	check_eq(unloaded[0], 0, "no chunk_unloaded during the regeneration")
	print("regenerated %d chunks in %d ms; slowest frame %.1f ms; erosion %.2f ms/chunk" % [shown, Time.get_ticks_msec() - started, worst_ms, _element(p, "erosion")["ms_per_chunk"]])
	check(float(_element(p, "erosion")["ms_per_chunk"]) > 0.0, "erosion's cost is measured")
	# The chunk now shown is the eroded one: the same mesh as a fresh synchronous generation.
	var c: MeshInstance3D = p.get_node("chunk_0_0")
	if check(c != null, "chunk (0, 0) shown"):
		check_eq(MeshHashes.mesh_hash(c.mesh), MeshHashes.mesh_hash(p.generate_chunk_mesh(Vector3i(0, 0, 0))), "shown chunk is the regenerated one")
	# Back off: the original world and hash.
	check(p.set_element_enabled("erosion", false), "erosion switched off")
	check_eq(p.get_world_hash(), hash_before, "switching back names the original world")
	p.queue_free()
	viewer.queue_free()
	await get_tree().process_frame


func test_edits_keep_applying_across_versions() -> void:
	var p := _node(42)
	check(p.apply_edit("flatten", Vector3(10, 5, 10), 6.0, 1.0, 0) > 0, "edit accepted")
	check_eq(p.get_height(10.0, 10.0), 5.0, "flattened under version 1")
	check(p.set_element_enabled("erosion", true), "erosion on")
	check_eq(p.get_height(10.0, 10.0), 5.0, "still flattened under version 2")
	check(p.set_element_param("erosion", "flow_steps", 6), "parameter set")
	check_eq(p.get_height(10.0, 10.0), 5.0, "still flattened under version 3")
	check(p.apply_edit("raise", Vector3(20, 0, 20), 4.0, 2.0, 0) > 0, "edit under version 3")
	var raised: float = p.get_height(20.0, 20.0)
	check(p.set_element_enabled("learned", true), "learned on")
	check_eq(p.get_height(10.0, 10.0), 5.0, "version 4 keeps the first edit")
	check(absf(p.get_height(20.0, 20.0) - raised) < 20.0, "version 4 keeps the raise")
	p.free()


func test_sinks_switch_locally() -> void:
	var p := _node()
	var hash_before: String = p.get_world_hash()
	check(p.set_element_enabled("mesh", false), "mesh sink off")
	check(not p.meshes, "meshes property follows")
	check(p.set_element_enabled("collision", false), "collision sink off")
	check(not p.collision, "collision property follows")
	check_eq(p.get_world_hash(), hash_before, "sinks are not part of the world")
	check(p.set_element_enabled("mesh", true), "mesh sink on")
	expect_error("needs a world_id")
	check(not p.set_element_enabled("storage", true), "storage needs a world_id")
	p.free()


func test_bad_requests_are_errors_that_change_nothing() -> void:
	var p := _node()
	var h: String = p.get_world_hash()
	expect_error("no pipeline element \"nope\"")
	check(not p.set_element_enabled("nope", true), "unknown element")
	expect_error("cannot be switched off")
	check(not p.set_element_enabled("height", false), "the height source is required")
	expect_error("out of range")
	check(not p.set_element_param("erosion", "erode", 5.0), "value out of range")
	expect_error("must be a whole number")
	check(not p.set_element_param("erosion", "flow_steps", 2.5), "fractional step count")
	expect_error("has no parameter \"speed\"")
	check(not p.set_element_param("erosion", "speed", 1.0), "unknown parameter")
	check_eq(p.get_world_hash(), h, "nothing changed")
	# A corrupt weights file is refused, and a model nobody loaded keeps the stage off.
	var path := "user://pipeline_test_bad.pgnn"
	var f := FileAccess.open(path, FileAccess.WRITE)
	f.store_buffer("PGNNWTS".to_utf8_buffer() + PackedByteArray([0, 1, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]))
	f.close()
	expect_error("bad weights file")
	check_eq(p.load_model(path), "", "corrupt weights refused")
	DirAccess.remove_absolute(ProjectSettings.globalize_path(path))
	expect_error("is not loaded")
	check(not p.set_element_model("learned", "00000000000000000000000000000000000000000000000000000000000000aa"), "unknown model refused")
	check_eq(p.get_world_hash(), h, "still nothing changed")
	check(not _element(p, "learned")["enabled"], "learned stays off")
	p.free()


func test_a_node_agrees_with_go_after_the_same_switches() -> void:
	var ref = JSON.parse_string(FileAccess.get_file_as_string(data_path("testdata/pipeline_heights.json")))
	if not check(ref is Dictionary, "pipeline_heights.json parses"):
		return
	var p := _node(int(ref["seed"]))
	p.chunk_size = int(ref["chunk_size"])
	for e in ref["enabled"]:
		check(p.set_element_enabled(e, true), "%s on" % e)
	check(p.set_element_param(ref["param"][0], ref["param"][1], float(ref["param"][2])), "parameter set")
	check_eq(p.get_world_hash(), String(ref["hash"]), "same world version as Go")
	for s in ref["heights"]:
		check_eq(_bits(p.get_height(float(s["x"]), float(s["z"]))), String(s["bits"]), "height at (%s, %s)" % [s["x"], s["z"]])
	p.free()


func test_a_network_client_follows_its_servers_pipeline() -> void:
	var server := _node(43)
	var path := "user://pipeline-net-%d-%d.sqlite" % [Time.get_unix_time_from_system(), randi()]
	server.world_id = "pipeline-net-%d" % randi()
	server.storage_path = path
	var client: Node3D = ClassDB.instantiate("ProcGen")
	var ss: Node = ClassDB.instantiate("ProcGenSync")  # packet methods: no transport
	var cs: Node = ClassDB.instantiate("ProcGenSync")
	ss.attach(server)
	cs.attach(client)
	server.apply_edit("raise", Vector3(5, 0, 5), 6.0, 3.0, 0)
	check(cs.apply_server_packet(ss.world_info_packet())["ok"], "client joins")
	for packet in ss.catch_up_packets():
		cs.apply_server_packet(packet)
	check(server.set_element_enabled("erosion", true), "server switches erosion on")
	# The server announces the new version with a new WorldInfo (a hosting ProcGenSync sends
	# it to every client when the world's hash changes).
	check(cs.apply_server_packet(ss.world_info_packet())["ok"], "client takes the new version")
	check_eq(client.get_world_hash(), server.get_world_hash(), "client runs the server's version")
	var coord := Vector3i(0, 0, 0)
	check_eq(MeshHashes.mesh_hash(client.generate_chunk_mesh(coord)), MeshHashes.mesh_hash(server.generate_chunk_mesh(coord)), "identical eroded meshes, edits included")
	expect_error("its server decides the pipeline")
	check(not client.set_element_enabled("learned", true), "a client does not switch its server's filters")
	ss.free()
	cs.free()
	server.free()
	client.free()
	_cleanup(path)


func _stored(world_id: String, path: String) -> Node3D:
	var p := _node(44)
	p.view_distance = 0
	p.world_id = world_id
	p.storage_path = path
	return p


func _cleanup(path: String) -> void:
	for suffix in ["", "-wal", "-shm"]:
		DirAccess.remove_absolute(ProjectSettings.globalize_path(path + suffix))


func test_a_toggle_on_one_server_reaches_another_through_the_database() -> void:
	var url := OS.get_environment("PROCGEN_TEST_DATABASE_URL")
	if not check(url != "", "PROCGEN_TEST_DATABASE_URL names the test PostgreSQL (build.sh test sets it)"):
		return
	ProjectSettings.set_setting("procgen/storage/database_url", url)
	ProjectSettings.set_setting("procgen/storage/poll_interval_ms", 100)
	var world_id := "pipeline-%d-%d" % [Time.get_unix_time_from_system(), randi()]
	var path_a := "user://%s-a.sqlite" % world_id
	var path_b := "user://%s-b.sqlite" % world_id
	var a := _stored(world_id, path_a)
	var b := _stored(world_id, path_b)
	add_child(a)
	add_child(b)
	check(a.apply_edit("flatten", Vector3(12, 6, 12), 5.0, 1.0, 0) > 0, "edit on server A")
	var changed := [0]
	b.pipeline_changed.connect(func(): changed[0] += 1)
	check(a.set_element_enabled("erosion", true), "server A switches erosion on")
	check(a.set_element_param("erosion", "flow_steps", 9), "and tunes it")
	var start := Time.get_ticks_msec()
	var seen := false
	for i in 1200:
		await get_tree().process_frame
		# Converged: B runs A's newest version (same hash, same eroded terrain) with the edit.
		if b.get_world_hash() == a.get_world_hash() and b.get_height(12.0, 12.0) == 6.0 \
				and _bits(b.get_height(30.0, -7.0)) == _bits(a.get_height(30.0, -7.0)):
			seen = true
			break
		OS.delay_msec(5)
	check(seen, "server B runs server A's new version, with the edit A made before it")
	print("pipeline version visible on the other server after %d ms" % (Time.get_ticks_msec() - start))
	check(changed[0] >= 1, "server B emitted pipeline_changed")
	check(_element(b, "erosion")["enabled"] and _element(b, "erosion")["params"]["flow_steps"] == 9.0, "server B's get_pipeline shows the change")
	check_eq(b.get_height(12.0, 12.0), 6.0, "the edit made before the change still applies on B")
	check_eq(_bits(b.get_height(30.0, -7.0)), _bits(a.get_height(30.0, -7.0)), "both servers agree on the eroded terrain")
	a.queue_free()
	b.queue_free()
	await get_tree().process_frame
	# A server started from nothing takes the newest version of the stored world.
	var c := _stored(world_id, path_b)
	add_child(c)
	await get_tree().process_frame
	check(_element(c, "erosion")["enabled"], "a restarted server takes the newest version")
	c.queue_free()
	await get_tree().process_frame
	ProjectSettings.set_setting("procgen/storage/database_url", "")
	_cleanup(path_a)
	_cleanup(path_b)
