extends "res://tests/lib/suite.gd"
## ProcGen in voxel mode: 3D chunks stream around a viewer, density edits carve the terrain.

const MeshHashes := preload("res://tests/lib/mesh_hashes.gd")
const StreamingSuite := preload("res://tests/suites/streaming_test.gd")


func _voxel(seed_value := 31) -> Node3D:
	var p: Node3D = ClassDB.instantiate("ProcGen")
	p.seed = seed_value
	p.mode = 1
	p.view_distance = 1
	p.frame_budget_ms = 50.0
	return p


func test_voxel_chunks_stream_in_3d_with_collision() -> void:
	var p := _voxel()
	var viewer := Node3D.new()
	add_child(viewer)
	add_child(p)
	viewer.position = Vector3(16, p.get_height(16.0, 16.0), 16)
	p.add_viewer(viewer)
	var ready := [false]
	p.world_ready.connect(func(): ready[0] = true)
	for i in 900:
		await get_tree().process_frame
		if ready[0]:
			break
	check(ready[0], "world_ready")
	# View distance 1: the viewer's chunk, its 6 face and 12 edge neighbours (dx²+dy²+dz² <= 1.5²).
	check_eq(p.get_loaded_chunks().size(), 19, "voxel chunks around the viewer")
	for i in 120:
		await get_tree().process_frame
	var surface := 0
	for c in p.get_children():
		if c is MeshInstance3D:
			surface += 1
			check(c.name.count("_") == 3, "voxel chunk names carry x, y and z: %s" % c.name)
			var shape = c.get_child(0).get_child(0).shape
			check(shape is ConcavePolygonShape3D and shape.get_faces().size() > 0, "voxel chunk has mesh collision")
	check(surface > 0, "some chunks hold the surface")
	p.queue_free()
	viewer.queue_free()
	await get_tree().process_frame


func test_density_and_carving() -> void:
	var p := _voxel(32)
	var h: float = p.get_height(8.0, 8.0)
	check(p.sample_density(Vector3(8, h - 20.0, 8)) > 0.0, "solid below the surface")
	check(p.sample_density(Vector3(8, h + 20.0, 8)) < 0.0, "air above the surface")
	var coord := Vector3i(0, int(floor(h / 32.0)), 0)
	var before := MeshHashes.mesh_hash(p.generate_chunk_mesh(coord))
	check(p.apply_edit("remove_density", Vector3(8, h, 8), 5.0, 20.0, 0) > 0, "carving accepted")
	var after := MeshHashes.mesh_hash(p.generate_chunk_mesh(coord))
	check(before != after, "the carved chunk's mesh changed")
	var again := _voxel(32)
	again.apply_edit("remove_density", Vector3(8, h, 8), 5.0, 20.0, 0)
	check_eq(MeshHashes.mesh_hash(again.generate_chunk_mesh(coord)), after, "same seed and edit, same mesh")
	again.free()
	p.free()


func test_bad_mode_falls_back_to_heightmap() -> void:
	var p := _voxel(33)
	expect_error("mode 7")
	p.mode = 7
	check(is_finite(p.get_height(0.0, 0.0)), "the node keeps working")
	check_eq(p.mode, 0, "mode reset to heightmap")
	p.free()


## Voxel chunk meshes (no uvs, varied normals) laid out in Go equal Godot's own layout of
## the same arrays, byte for byte.
func test_go_encoded_voxel_surfaces_match_the_engine() -> void:
	var p := _voxel(33)
	var h: float = p.get_height(8.0, 8.0)
	var cy := int(floor(h / 32.0))
	var compared := 0
	for coord in [Vector3i(0, cy, 0), Vector3i(0, cy - 1, 0), Vector3i(2, cy, -1)]:
		var arrays: Array = p.get_chunk_arrays(coord)
		if not check_eq(arrays.size(), Mesh.ARRAY_MAX, "arrays of %s" % coord) or arrays[Mesh.ARRAY_VERTEX] == null:
			continue
		var engine_built := ArrayMesh.new()
		engine_built.add_surface_from_arrays(Mesh.PRIMITIVE_TRIANGLES, arrays)
		var want := RenderingServer.mesh_get_surface(engine_built.get_rid(), 0)
		var got := RenderingServer.mesh_get_surface(p.generate_chunk_mesh(coord).get_rid(), 0)
		check_eq(StreamingSuite.surface_difference(got, want), "", "voxel chunk %s" % coord)
		compared += 1
	check(compared >= 1, "some chunk holds the surface")
	p.free()


## A voxel server without meshes gives the chunks that hold the surface their triangle
## collision, on bare Node3D children.
func test_voxel_server_streams_collision_without_meshes() -> void:
	var p := _voxel(34)
	p.meshes = false
	var viewer := Node3D.new()
	add_child(viewer)
	add_child(p)
	viewer.position = Vector3(16, p.get_height(16.0, 16.0), 16)
	p.add_viewer(viewer)
	var bodies := 0
	for i in 900:
		await get_tree().process_frame
		bodies = 0
		for c in p.get_children():
			check(not (c is MeshInstance3D), "%s shows no mesh" % c.name)
			if c.get_child_count() > 0:
				var shape = c.get_child(0).get_child(0).shape
				if shape is ConcavePolygonShape3D and shape.get_faces().size() > 0:
					bodies += 1
		if bodies > 0 and p.get_stats().get("world_ready", false):
			break
	check(bodies > 0, "chunks holding the surface carry triangle collision")
	p.queue_free()
	viewer.queue_free()
	await get_tree().process_frame
