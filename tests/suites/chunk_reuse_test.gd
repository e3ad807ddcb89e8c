extends "res://tests/lib/suite.gd"
## Chunk nodes and meshes are reused: a chunk regenerated after an edit keeps its
## MeshInstance3D and mesh RID, and unloaded chunks' nodes come back for new chunks (the
## chunk pool). What is shown must be exactly what a fresh mesh would show.

const MAX_FRAMES := 900


func _world(view_distance: int) -> Node3D:
	var p: Node3D = ClassDB.instantiate("ProcGen")
	p.seed = 11
	p.chunk_size = 32
	p.view_distance = view_distance
	p.lod_distance = 32
	p.frame_budget_ms = 50.0
	return p


func _wait_ready(p: Node3D) -> bool:
	var ready := [false]
	var on_ready := func(): ready[0] = true
	p.world_ready.connect(on_ready)
	for i in MAX_FRAMES:
		await get_tree().process_frame
		if ready[0]:
			break
	p.world_ready.disconnect(on_ready)
	return ready[0]


## The first key whose value differs between two surfaces, or "" when they are identical.
static func _surface_difference(got: Dictionary, want: Dictionary) -> String:
	for key in want:
		if not got.has(key) or typeof(got[key]) != typeof(want[key]) or got[key] != want[key]:
			return key
	for key in got:
		if not want.has(key):
			return key
	return ""


## "" when chunk node c shows exactly the mesh generate_chunk_mesh makes of coord, else what differs.
func _shown_difference(p: Node3D, c: MeshInstance3D, coord: Vector3i) -> String:
	var want: ArrayMesh = p.generate_chunk_mesh(coord)
	if not (c.mesh is ArrayMesh) or c.mesh.get_surface_count() != 1:
		return "surface count"
	if c.mesh.get_aabb() != want.get_aabb():
		return "aabb"
	if c.position != Vector3(coord.x * 32, 0, coord.z * 32):
		return "position"
	return _surface_difference(RenderingServer.mesh_get_surface(c.mesh.get_rid(), 0), RenderingServer.mesh_get_surface(want.get_rid(), 0))


func test_an_edited_chunk_keeps_its_node_and_mesh() -> void:
	for encode in [true, false]:
		ProjectSettings.set_setting("procgen/meshes/encode_in_workers", encode)
		var p := _world(1)
		add_child(p)
		check(await _wait_ready(p), "world_ready (encode_in_workers %s)" % encode)
		var node: MeshInstance3D = p.get_node("chunk_0_0")
		var rid: RID = node.mesh.get_rid()
		for i in MAX_FRAMES:
			if node.get_child_count() == 1:
				break
			await get_tree().process_frame
		check(node.get_child_count() == 1, "collision body before the edit")
		var before := RenderingServer.mesh_get_surface(rid, 0)
		var updated: Array[Vector3i] = []
		var loaded_again: Array[Vector3i] = []
		p.chunk_updated.connect(func(c): updated.append(c))
		p.chunk_loaded.connect(func(c): loaded_again.append(c))
		p.apply_edit("raise", Vector3(16, 0, 16), 6.0, 9.0, 0)
		var replaced := false
		for i in MAX_FRAMES:
			await get_tree().process_frame
			var now: MeshInstance3D = p.get_node_or_null("chunk_0_0")
			if now and RenderingServer.mesh_get_surface(now.mesh.get_rid(), 0) != before:
				replaced = true
				check(now == node, "the regenerated chunk keeps its node")
				check_eq(now.mesh.get_rid(), rid, "and its mesh RID")
				check_eq(_shown_difference(p, now, Vector3i.ZERO), "", "it shows the edited terrain")
				check(updated.has(Vector3i.ZERO), "chunk_updated(0,0,0) tells scripts it changed: %s" % [updated])
				check(not loaded_again.has(Vector3i.ZERO), "and chunk_loaded is not emitted again for it")
				break
		check(replaced, "the edited chunk was replaced (encode_in_workers %s)" % encode)
		# Its collision is rebuilt for the new heights.
		var rebuilt := false
		for i in MAX_FRAMES:
			if node.get_child_count() == 1:
				var shape: HeightMapShape3D = node.get_child(0).get_child(0).shape
				rebuilt = is_equal_approx(shape.map_data[16 * 33 + 16], p.get_height(16, 16))
				if rebuilt:
					break
			await get_tree().process_frame
		check(rebuilt, "collision rebuilt after the edit")
		p.free()
		await get_tree().process_frame
	ProjectSettings.set_setting("procgen/meshes/encode_in_workers", null)


func test_unloaded_chunk_nodes_are_reused_for_new_chunks() -> void:
	var p := _world(2)
	var viewer := Node3D.new()
	add_child(viewer)
	add_child(p)
	p.viewer = p.get_path_to(viewer)
	var unloaded := []
	p.chunk_unloaded.connect(func(c): unloaded.append(c))
	check(await _wait_ready(p), "world_ready")
	var old_ids := {}
	for c in p.get_children():
		if c is MeshInstance3D:
			old_ids[c.get_instance_id()] = true
	viewer.position.x = 32 * 10
	check(await _wait_ready(p), "world_ready after the viewer moved ten chunks")
	check_eq(unloaded.size(), 21, "every old chunk unloaded")
	var reused := 0
	var shown := 0
	for c in p.get_children():
		if not (c is MeshInstance3D):
			continue
		shown += 1
		if old_ids.has(c.get_instance_id()):
			reused += 1
		var parts: PackedStringArray = c.name.split("_")
		var coord := Vector3i(int(parts[1]), 0, int(parts[2]))
		check(coord.x >= 8, "%s is near the viewer" % c.name)
		check_eq(_shown_difference(p, c, coord), "", "%s shows its own terrain" % c.name)
	check_eq(shown, 21, "chunk nodes around the viewer")
	check_eq(reused, 21, "every new chunk took an unloaded chunk's node")
	p.queue_free()
	viewer.queue_free()
	await get_tree().process_frame
