extends "res://tests/lib/suite.gd"
## ProcGen.export_gltf: a region written off the main thread, progress and finished signals,
## read back by Godot's own GLTFDocument; bad arguments get an error and leave no file.

var _finished: Array = []
var _progress: Array = []


func _node(mode := 0) -> Node3D:
	var p: Node3D = ClassDB.instantiate("ProcGen")
	p.seed = 77
	p.chunk_size = 16
	p.mode = mode
	p.streaming = false
	add_child(p)
	p.export_finished.connect(func(path: String, err: int): _finished.append([path, err]))
	p.export_progress.connect(func(done: int, total: int): _progress.append([done, total]))
	return p


func _wait_finished(max_frames := 3000) -> Array:
	for i in max_frames:
		if not _finished.is_empty():
			return _finished.pop_front()
		await get_tree().process_frame
	fail("export_finished never came")
	return ["", -1]


func _path(name: String) -> String:
	var path := "user://export_test_%d_%s.glb" % [OS.get_process_id(), name]
	if FileAccess.file_exists(path):
		DirAccess.remove_absolute(ProjectSettings.globalize_path(path))
	return path


func _meshes(root: Node, out: Dictionary) -> void:
	if root is MeshInstance3D:
		out[String(root.name)] = root
	for c in root.get_children():
		_meshes(c, out)


func test_heightmap_export_reads_back_in_godot() -> void:
	_finished.clear()
	_progress.clear()
	var p := _node()
	p.apply_edit("raise", Vector3(8, 0, 8), 6.0, 10.0, 0)
	var path := _path("hm")
	check_eq(p.export_gltf(path, Vector3i(-1, 0, -1), Vector3i(1, 0, 0), 1), OK, "export_gltf")
	var res: Array = await _wait_finished()
	check_eq(res, [path, OK], "export_finished")
	check(not _progress.is_empty() and _progress[-1][1] == 6, "progress reports 6 chunks: %s" % [_progress])
	var doc := GLTFDocument.new()
	var state := GLTFState.new()
	check_eq(doc.append_from_file(path, state), OK, "GLTFDocument reads the file")
	var scene := doc.generate_scene(state)
	var meshes := {}
	_meshes(scene, meshes)
	check_eq(meshes.size(), 6, "one mesh per chunk")
	for cx in [-1, 0, 1]:
		for cz in [-1, 0]:
			var name := "chunk_%d_%d" % [cx, cz]
			if not check(meshes.has(name), "node " + name):
				continue
			var mi: MeshInstance3D = meshes[name]
			check_eq(mi.position, Vector3(cx * 16, 0, cz * 16), name + " position")
			var got: Array = mi.mesh.surface_get_arrays(0)
			var want: Array = p.get_chunk_arrays(Vector3i(cx, 0, cz))
			check_eq(got[Mesh.ARRAY_VERTEX].size(), want[Mesh.ARRAY_VERTEX].size(), name + " vertex count")
			check_eq(got[Mesh.ARRAY_INDEX].size(), want[Mesh.ARRAY_INDEX].size(), name + " index count")
			check_eq(mi.mesh.get_aabb(), ArrayMesh.new().get_aabb() if want[Mesh.ARRAY_VERTEX].is_empty() else _aabb(want[Mesh.ARRAY_VERTEX]), name + " bounds")
			# Godot keeps glTF vertices in file order: the raised vertex at (8, 8) of chunk (0, 0)
			# carries the height get_height reports, edit included.
			if cx == 0 and cz == 0:
				var v: Vector3 = got[Mesh.ARRAY_VERTEX][8 * 17 + 8]
				check_near(v.y, p.get_height(8, 8), 1e-4, "edited height in the file")
				# Godot keeps vertex colours as 8 bits per channel.
				var cg: Color = got[Mesh.ARRAY_COLOR][5]
				var cw: Color = want[Mesh.ARRAY_COLOR][5]
				for ch in 4:
					check_near(cg[ch], cw[ch], 1.0 / 255.0, "vertex colour channel %d" % ch)
	scene.free()
	p.free()
	DirAccess.remove_absolute(ProjectSettings.globalize_path(path))


func _aabb(points: PackedVector3Array) -> AABB:
	var box := AABB(points[0], Vector3.ZERO)
	for v in points:
		box = box.expand(v)
	return box


func test_voxel_export() -> void:
	_finished.clear()
	var p := _node(1)
	var path := _path("vx")
	check_eq(p.export_gltf(path, Vector3i(0, -1, 0), Vector3i(0, 1, 0), 1), OK, "export_gltf")
	var res: Array = await _wait_finished()
	check_eq(res, [path, OK], "export_finished")
	var doc := GLTFDocument.new()
	var state := GLTFState.new()
	check_eq(doc.append_from_file(path, state), OK, "GLTFDocument reads the file")
	check_eq(state.get_nodes().size(), 3, "three chunk nodes")
	p.free()
	DirAccess.remove_absolute(ProjectSettings.globalize_path(path))


func test_bad_arguments_leave_no_file() -> void:
	var p := _node()
	var path := _path("bad")
	var cases := [
		["user://x.obj", Vector3i.ZERO, Vector3i.ZERO, 1, ERR_INVALID_PARAMETER, "must name a .glb file"],
		[path, Vector3i(2, 0, 0), Vector3i(0, 0, 0), 1, ERR_INVALID_PARAMETER, "from.x = 2 is greater than to.x = 0"],
		[path, Vector3i(0, 0, 0), Vector3i(0, 1, 0), 1, ERR_INVALID_PARAMETER, "one chunk tall"],
		[path, Vector3i(-50, 0, -50), Vector3i(50, 0, 50), 1, ERR_INVALID_PARAMETER, "10201 chunks requested"],
		[path, Vector3i.ZERO, Vector3i.ZERO, 3, ERR_INVALID_PARAMETER, "power of two"],
		["user://no/such/folder/x.glb", Vector3i.ZERO, Vector3i.ZERO, 1, ERR_FILE_BAD_PATH, "does not exist"],
	]
	for c in cases:
		expect_error(c[5])
		check_eq(p.export_gltf(c[0], c[1], c[2], c[3]), c[4], "export_gltf(%s, %s, %s, %d)" % [c[0], c[1], c[2], c[3]])
	check(not FileAccess.file_exists(path), "no file after bad arguments")
	# One export at a time per node.
	_finished.clear()
	check_eq(p.export_gltf(path, Vector3i.ZERO, Vector3i(3, 0, 3), 1), OK, "first export")
	expect_error("still running")
	check_eq(p.export_gltf(path, Vector3i.ZERO, Vector3i.ZERO, 1), ERR_BUSY, "second export while the first runs")
	check_eq(await _wait_finished(), [path, OK], "first export finishes")
	p.free()
	DirAccess.remove_absolute(ProjectSettings.globalize_path(path))
