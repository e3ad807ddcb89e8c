extends "res://tests/lib/suite.gd"
## ProcGen streaming: chunks appear around viewers and go when they leave; edits regenerate;
## signals fire; bad settings give errors, not crashes.

const MAX_FRAMES := 600
const MeshHashes := preload("res://tests/lib/mesh_hashes.gd")


func _world(seed_value := 5, view_distance := 2) -> Node3D:
	var p: Node3D = ClassDB.instantiate("ProcGen")
	p.seed = seed_value
	p.chunk_size = 32
	p.view_distance = view_distance
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


## Waits until every MeshInstance3D chunk child of p has its collision body.
func _wait_collision(p: Node3D) -> bool:
	for i in MAX_FRAMES:
		var missing := 0
		for c in p.get_children():
			if c is MeshInstance3D and c.get_child_count() == 0:
				missing += 1
		if missing == 0:
			return true
		await get_tree().process_frame
	return false


func _mesh_hash(mesh: ArrayMesh) -> String:
	return MeshHashes.mesh_hash(mesh)


func test_chunks_stream_around_a_viewer_and_leave_behind_it() -> void:
	var p := _world()
	p.collision_distance = 32
	var viewer := Node3D.new()
	add_child(viewer)
	add_child(p)
	p.add_viewer(viewer)
	var loaded := []
	var unloaded := []
	p.chunk_loaded.connect(func(c): loaded.append(c))
	p.chunk_unloaded.connect(func(c): unloaded.append(c))
	check(await _wait_ready(p), "world_ready fires")
	# View distance 2 covers the chunks whose offset (dx, dz) has dx²+dz² <= 2.5².
	check_eq(p.get_loaded_chunks().size(), 21, "chunks loaded around the viewer")
	check_eq(loaded.size(), 21, "chunk_loaded signals")
	check(p.get_loaded_chunks().has(Vector3i(0, 0, 0)), "the viewer's own chunk is loaded")
	check(await _wait_collision(p), "collision follows the meshes")
	var meshes := 0
	for c in p.get_children():
		if c is MeshInstance3D:
			meshes += 1
			check(c.mesh is ArrayMesh and c.mesh.get_surface_count() == 1, "chunk has a mesh")
			check(c.get_child_count() == 1 and c.get_child(0) is StaticBody3D, "chunk has collision")
	check_eq(meshes, 21, "MeshInstance3D children")
	var held: int = p.get_stats()["chunk_bytes"]
	check(held > 0, "chunks hold memory")

	viewer.position = Vector3(32 * 20, 0, 0)
	check(await _wait_ready(p), "world_ready fires again after the viewer moved")
	check_eq(unloaded.size(), 21, "every old chunk was unloaded")
	check(p.get_loaded_chunks().has(Vector3i(20, 0, 0)), "the viewer's new chunk is loaded")
	check(not p.get_loaded_chunks().has(Vector3i(0, 0, 0)), "the old chunk is gone")

	viewer.position = Vector3.ZERO
	check(await _wait_ready(p), "world_ready after flying back")
	check_eq(p.get_stats()["chunk_bytes"], held, "memory held by chunks returns to its level")
	p.queue_free()
	viewer.queue_free()
	await get_tree().process_frame


func test_two_viewers_load_both_regions() -> void:
	var p := _world(6, 1)
	var material := StandardMaterial3D.new()
	material.vertex_color_use_as_albedo = true
	p.material = material
	var a := Node3D.new()
	var b := Node3D.new()
	b.position = Vector3(32 * 10, 0, 32 * 10)
	add_child(a)
	add_child(b)
	add_child(p)
	p.add_viewer(a)
	p.add_viewer(b)
	check(await _wait_ready(p), "world_ready")
	var chunks: Array = p.get_loaded_chunks()
	check(chunks.has(Vector3i(0, 0, 0)) and chunks.has(Vector3i(10, 0, 10)), "both viewers' chunks load")
	# View distance 1 covers offsets with dx²+dz² <= 1.5²: a 3×3 block per viewer.
	check_eq(chunks.size(), 18, "9 chunks per viewer at view distance 1")
	check(p.get_node("chunk_0_0").material_override == material, "chunks use the node's material")
	p.queue_free()
	a.queue_free()
	b.queue_free()
	await get_tree().process_frame


func test_edit_changes_height_and_mesh() -> void:
	var p := _world(7)
	add_child(p)
	var before := _mesh_hash(p.generate_chunk_mesh(Vector3i(0, 0, 0)))
	var h0: float = p.get_height(16.0, 16.0)
	var id: int = p.apply_edit("raise", Vector3(16, 0, 16), 8.0, 5.0, 0)
	check(id > 0, "apply_edit returns an id")
	check(p.get_height(16.0, 16.0) > h0 + 4.0, "raise lifts the terrain")
	var after := _mesh_hash(p.generate_chunk_mesh(Vector3i(0, 0, 0)))
	check(before != after, "the chunk mesh changed")
	var fresh := _world(7)
	check_eq(_mesh_hash(p.generate_chunk_mesh(Vector3i(5, 0, 5))), _mesh_hash(fresh.generate_chunk_mesh(Vector3i(5, 0, 5))), "far chunk unchanged")
	fresh.free()
	p.queue_free()
	await get_tree().process_frame


func test_same_settings_give_identical_meshes() -> void:
	var a := _world(11)
	var b := _world(11)
	var c := _world(12)
	for coord in [Vector3i(0, 0, 0), Vector3i(-3, 0, 7)]:
		check_eq(_mesh_hash(a.generate_chunk_mesh(coord)), _mesh_hash(b.generate_chunk_mesh(coord)), "same seed, chunk %s" % coord)
		check(_mesh_hash(a.generate_chunk_mesh(coord)) != _mesh_hash(c.generate_chunk_mesh(coord)), "other seed differs")
	check_eq(a.get_world_hash(), b.get_world_hash(), "world hash")
	a.free()
	b.free()
	c.free()


func test_bad_input_gives_errors_and_the_node_keeps_working() -> void:
	var p := _world(3)
	add_child(p)
	expect_error("unknown kind")
	check_eq(p.apply_edit("explode", Vector3.ZERO, 1.0, 1.0, 0), -1, "bad kind")
	expect_error("material 999")
	check_eq(p.apply_edit("paint", Vector3.ZERO, 1.0, 1.0, 999), -1, "bad material")
	expect_error("radius")
	check_eq(p.apply_edit("raise", Vector3.ZERO, -1.0, 1.0, 0), -1, "negative radius")
	expect_error("y = 0")
	check(p.generate_chunk_mesh(Vector3i(0, 1, 0)) == null, "voxel-y coord rejected")
	var h: float = p.get_height(1.0, 1.0)
	expect_error("invalid settings")
	p.octaves = 0
	check_eq(p.get_height(1.0, 1.0), h, "previous world keeps running")
	p.octaves = 5
	expect_error("view_distance 1000")
	p.view_distance = 1000
	await get_tree().process_frame
	check_eq(p.view_distance, 32, "view distance clamped")
	p.view_distance = 1
	expect_error("workers -3")
	p.workers = -3
	check(is_finite(p.get_height(2.0, 2.0)), "still works after bad workers")
	check_eq(p.workers, 0, "workers reset to one per core")
	expect_error("argument 3 is NaN")
	p.sample_density(Vector3(0, 0, NAN))
	p.queue_free()
	await get_tree().process_frame


func test_another_engine_process_makes_identical_meshes() -> void:
	var godot := OS.get_environment("PROCGEN_GODOT")
	if not check(godot != "", "PROCGEN_GODOT names the Godot command (the harness sets it)"):
		return
	var out := []
	var code := OS.execute(godot, ["--headless", "--path", ProjectSettings.globalize_path("res://"),
		"-s", "res://tests/lib/mesh_hashes.gd", "--", "11"], out, true)
	check_eq(code, 0, "second engine process exit code")
	var theirs := {}
	for line in String(out[0]).split("\n"):
		if line.begins_with("HASH "):
			var parts := line.split(" ")
			theirs[parts[1]] = parts[2]
	var p := _world(11)
	for c in MeshHashes.COORDS:
		var key := "%d,%d" % [c.x, c.z]
		check_eq(theirs.get(key, "missing"), _mesh_hash(p.generate_chunk_mesh(c)), "chunk %s in both processes" % key)
	p.free()


func test_far_chunks_use_coarser_levels_of_detail() -> void:
	var p := _world(13, 6)
	p.lod_distance = 2
	p.collision = true
	add_child(p)
	check(await _wait_ready(p), "world_ready")
	var near: MeshInstance3D = p.get_node("chunk_0_0")
	var mid: MeshInstance3D = p.get_node("chunk_3_0")
	var far: MeshInstance3D = p.get_node("chunk_6_0")
	for i in 60:
		await get_tree().process_frame
	var nv: int = near.mesh.surface_get_arrays(0)[Mesh.ARRAY_VERTEX].size()
	var mv: int = mid.mesh.surface_get_arrays(0)[Mesh.ARRAY_VERTEX].size()
	var fv: int = far.mesh.surface_get_arrays(0)[Mesh.ARRAY_VERTEX].size()
	# 32 quads: step 1 has 33² grid vertices, step 2 17², step 4 9², plus edge skirts.
	check_eq(nv, 33 * 33 + 4 * 33, "full detail near the viewer")
	check_eq(mv, 17 * 17 + 4 * 17, "half detail beyond lod_distance")
	check_eq(fv, 9 * 9 + 4 * 9, "quarter detail beyond twice lod_distance")
	check(near.get_child_count() == 1, "near chunk has collision")
	check(far.get_child_count() == 0, "far chunk has no collision")
	p.queue_free()
	await get_tree().process_frame


func test_an_edit_changes_the_collision_shape() -> void:
	var p := _world(14, 0)
	add_child(p)
	check(await _wait_ready(p), "world_ready")
	check(await _wait_collision(p), "collision built")
	var shape: HeightMapShape3D = p.get_node("chunk_0_0").get_child(0).get_child(0).shape
	var before := shape.map_data.duplicate()
	# The shape holds the terrain's heights, row-major, one unit apart.
	check_eq([shape.map_width, shape.map_depth], [33, 33], "a 32-quad chunk's height map")
	for at in [Vector2i(0, 0), Vector2i(5, 17), Vector2i(32, 32), Vector2i(31, 2)]:
		check_near(before[at.y * 33 + at.x], p.get_height(at.x, at.y), 1e-3, "collision height at %s" % at)
	p.apply_edit("raise", Vector3(16, 0, 16), 6.0, 9.0, 0)
	var changed := false
	for i in MAX_FRAMES:
		await get_tree().process_frame
		var node := p.get_node_or_null("chunk_0_0")
		if node and node.get_child_count() == 1:
			var now: PackedFloat32Array = node.get_child(0).get_child(0).shape.map_data
			if now != before:
				changed = true
				# Heights are row-major with one unit between samples: (16, 16) is index 16*33+16.
				check(now[16 * 33 + 16] > before[16 * 33 + 16] + 8.0, "collision rose at the edit")
				break
	check(changed, "the chunk's collision shape was rebuilt")
	p.queue_free()
	await get_tree().process_frame


## The first key whose value differs between two surfaces (RenderingServer.mesh_get_surface
## dictionaries), or "" when they are identical.
static func surface_difference(got: Dictionary, want: Dictionary) -> String:
	for key in want:
		if not got.has(key) or typeof(got[key]) != typeof(want[key]) or got[key] != want[key]:
			return key
	for key in got:
		if not want.has(key):
			return key
	return ""


## Chunk meshes are laid out in Go, off the main thread; they must hold exactly the bytes
## Godot makes of the same arrays with add_surface_from_arrays: format, vertex, attribute
## and index buffers, counts and bounding box. Full-detail streamed chunks too.
func test_go_encoded_surfaces_match_the_engine() -> void:
	var p := _world(9, 1)
	p.lod_distance = 2
	var viewer := Node3D.new()
	add_child(viewer)
	add_child(p)
	p.add_viewer(viewer)
	check(await _wait_ready(p), "world_ready")
	for coord in [Vector3i(0, 0, 0), Vector3i(0, 0, -1), Vector3i(-3, 0, 2), Vector3i(7, 0, -5)]:
		var arrays: Array = p.get_chunk_arrays(coord)
		if not check_eq(arrays.size(), Mesh.ARRAY_MAX, "arrays of %s" % coord):
			continue
		var engine_built := ArrayMesh.new()
		engine_built.add_surface_from_arrays(Mesh.PRIMITIVE_TRIANGLES, arrays)
		var want := RenderingServer.mesh_get_surface(engine_built.get_rid(), 0)
		var ours: ArrayMesh = p.generate_chunk_mesh(coord)
		check_eq(surface_difference(RenderingServer.mesh_get_surface(ours.get_rid(), 0), want), "", "generate_chunk_mesh %s" % coord)
		var streamed = p.get_node_or_null("chunk_%d_%d" % [coord.x, coord.z])
		if coord.length_squared() <= 1:
			if check(streamed is MeshInstance3D, "chunk %s streamed" % coord):
				check_eq(surface_difference(RenderingServer.mesh_get_surface(streamed.mesh.get_rid(), 0), want), "", "streamed chunk %s" % coord)
	expect_error("heightmap chunks have y = 0")
	check_eq(p.get_chunk_arrays(Vector3i(0, 3, 0)), [], "a bad coord gives an empty array")
	p.queue_free()
	viewer.queue_free()
	await get_tree().process_frame


## With procgen/meshes/encode_in_workers off, Godot converts the arrays on the main thread:
## streamed and synchronous meshes are still the same surfaces.
func test_meshes_without_worker_encoding() -> void:
	ProjectSettings.set_setting("procgen/meshes/encode_in_workers", false)
	var p := _world(9, 1)
	add_child(p)
	check(await _wait_ready(p), "world_ready")
	var arrays: Array = p.get_chunk_arrays(Vector3i.ZERO)
	var engine_built := ArrayMesh.new()
	engine_built.add_surface_from_arrays(Mesh.PRIMITIVE_TRIANGLES, arrays)
	var want := RenderingServer.mesh_get_surface(engine_built.get_rid(), 0)
	var streamed = p.get_node_or_null("chunk_0_0")
	if check(streamed is MeshInstance3D, "chunk (0, 0) streamed"):
		check_eq(surface_difference(RenderingServer.mesh_get_surface(streamed.mesh.get_rid(), 0), want), "", "streamed chunk")
	check_eq(surface_difference(RenderingServer.mesh_get_surface(p.generate_chunk_mesh(Vector3i.ZERO).get_rid(), 0), want), "", "generate_chunk_mesh")
	ProjectSettings.set_setting("procgen/meshes/encode_in_workers", null)
	p.queue_free()
	await get_tree().process_frame


## A 256-quad chunk has more than 65,536 vertices: its surface uses 32-bit indices, still
## byte for byte Godot's.
func test_go_encoded_surfaces_with_32_bit_indices() -> void:
	var p := _world(3, 0)
	p.chunk_size = 256
	p.streaming = false
	add_child(p)
	var arrays: Array = p.get_chunk_arrays(Vector3i(1, 0, -1))
	check(arrays[Mesh.ARRAY_VERTEX].size() > 65536, "more vertices than 16-bit indices reach")
	var engine_built := ArrayMesh.new()
	engine_built.add_surface_from_arrays(Mesh.PRIMITIVE_TRIANGLES, arrays)
	var want := RenderingServer.mesh_get_surface(engine_built.get_rid(), 0)
	var got := RenderingServer.mesh_get_surface(p.generate_chunk_mesh(Vector3i(1, 0, -1)).get_rid(), 0)
	check_eq(surface_difference(got, want), "", "256-quad chunk")
	check_eq(got["index_data"].size(), 4 * got["index_count"], "32-bit indices")
	p.queue_free()
	await get_tree().process_frame


## With meshes off (a dedicated server), chunks are bare Node3D children that carry the same
## collision as with meshes, and hold far less memory.
func test_a_server_streams_collision_without_meshes() -> void:
	var shown := _world(21, 2)
	var server := _world(21, 2)
	server.meshes = false
	for p in [shown, server]:
		p.collision_distance = 1
		add_child(p)
	for i in MAX_FRAMES:
		if shown.get_stats().get("world_ready", false) and server.get_stats().get("world_ready", false):
			break
		await get_tree().process_frame
	check(server.get_stats().get("world_ready", false), "world_ready without meshes")
	check_eq(server.get_loaded_chunks(), shown.get_loaded_chunks(), "the same chunks")
	var want := []
	var got := []
	for i in MAX_FRAMES:
		want = _with_collision(shown)
		got = _with_collision(server)
		if not want.is_empty() and got == want:
			break
		await get_tree().process_frame
	check(not want.is_empty(), "chunks near the viewer have collision")
	check_eq(got, want, "the same chunks carry collision bodies")
	for c in server.get_children():
		check(not (c is MeshInstance3D), "%s shows no mesh" % c.name)
	var body = server.get_node("chunk_0_0").get_child(0)
	check(body is StaticBody3D and body.get_child(0).shape is HeightMapShape3D, "the body holds the height map")
	check_near(body.get_child(0).shape.map_data[0], server.get_height(0.0, 0.0), 1e-3, "of the terrain")
	var with_meshes: int = shown.get_stats()["chunk_bytes"]
	var without: int = server.get_stats()["chunk_bytes"]
	check(without * 3 < with_meshes, "chunk memory %d without meshes, %d with" % [without, with_meshes])
	server.meshes = true
	for i in MAX_FRAMES:
		await get_tree().process_frame
		if server.get_node_or_null("chunk_0_0") is MeshInstance3D:
			break
	check(server.get_node_or_null("chunk_0_0") is MeshInstance3D, "turning meshes on shows them")
	shown.queue_free()
	server.queue_free()
	await get_tree().process_frame


## Names of p's chunks that carry a collision body, sorted.
func _with_collision(p: Node3D) -> Array:
	var names := []
	for c in p.get_children():
		if c.get_child_count() > 0 and c.get_child(0) is StaticBody3D:
			names.append(String(c.name))
	names.sort()
	return names


func test_a_loading_world_streams_with_the_loading_budget() -> void:
	var p := _world(9, 2)
	p.frame_budget_ms = 2.0
	check_eq(p.loading_budget_ms, 8.0, "loading_budget_ms defaults to 8")
	add_child(p)
	await get_tree().process_frame
	await get_tree().process_frame
	check_eq(p.get_stats()["budget_ms"], 8.0, "while loading, frames stream with the loading budget")
	check(await _wait_ready(p), "world_ready")
	await get_tree().process_frame
	check_eq(p.get_stats()["budget_ms"], 2.0, "after the first world_ready, with frame_budget_ms")
	# Flying on to new chunks keeps the frame budget: the world has loaded.
	p.position = Vector3(0, 0, 0)
	var viewer := Node3D.new()
	add_child(viewer)
	p.add_viewer(viewer)
	viewer.position = Vector3(400, 0, 0)
	await get_tree().process_frame
	await get_tree().process_frame
	check_eq(p.get_stats()["budget_ms"], 2.0, "moving on keeps frame_budget_ms")
	expect_error("loading_budget_ms -1 out of range")
	p.loading_budget_ms = -1.0
	await get_tree().process_frame
	check_eq(p.loading_budget_ms, 8.0, "a bad loading budget is reported and replaced by the default")
	p.queue_free()
	viewer.queue_free()
	# 0 keeps frame_budget_ms from the start.
	var q := _world(9, 2)
	q.frame_budget_ms = 2.0
	q.loading_budget_ms = 0.0
	add_child(q)
	await get_tree().process_frame
	await get_tree().process_frame
	check_eq(q.get_stats()["budget_ms"], 2.0, "loading_budget_ms 0: frame_budget_ms throughout")
	q.queue_free()
