extends SceneTree
## glTF export benchmark, in one headless Godot run: ProcGen streams a region around a viewer
## (full detail, meshes, no collision); Godot's own GLTFDocument exports that streamed scene
## to a GLB, and ProcGen.export_gltf exports the region's bounding box from seed + edits. It
## prints chunks/s, bytes/chunk and file sizes of both, and their ratios.
## Run: godot --headless --path godot_project -s res://tests/bench/gltf_export.gd

const VIEW := 4


func _initialize() -> void:
	_run.call_deferred()


func _size(path: String) -> int:
	var f := FileAccess.open(path, FileAccess.READ)
	return f.get_length() if f else -1


func _run() -> void:
	var p: Node3D = ClassDB.instantiate("ProcGen")
	p.seed = 5
	p.view_distance = VIEW
	p.lod_distance = 32  # every chunk at full detail, like the export
	p.collision = false
	var viewer := Node3D.new()
	root.add_child(viewer)
	root.add_child(p)
	p.viewer = p.get_path_to(viewer)
	p.apply_edit("raise", Vector3(10, 0, 10), 12.0, 8.0, 0)
	var ready := [false]
	p.world_ready.connect(func(): ready[0] = true)
	var deadline := Time.get_ticks_msec() + 300000
	while not ready[0] and Time.get_ticks_msec() < deadline:
		await process_frame
	var coords: Array = p.get_loaded_chunks()
	if not ready[0] or coords.is_empty():
		print("BENCH gltf: the world never became ready")
		quit(1)
		return
	var lo := Vector3i(coords[0])
	var hi := Vector3i(coords[0])
	for c in coords:
		lo = lo.min(c)
		hi = hi.max(c)

	# Godot's GLTFDocument: the streamed scene (its chunks' meshes) to a GLB.
	var godot_path := "user://bench_gltf_godot.glb"
	var t0 := Time.get_ticks_usec()
	var doc := GLTFDocument.new()
	var state := GLTFState.new()
	var err := doc.append_from_scene(p, state)
	if err == OK:
		err = doc.write_to_filesystem(state, godot_path)
	var godot_s := (Time.get_ticks_usec() - t0) / 1e6
	if err != OK:
		print("BENCH gltf: GLTFDocument failed: %s" % error_string(err))
		quit(1)
		return
	var godot_bytes := _size(godot_path)

	# ProcGen: the region's bounding box, generated from seed + edits in goroutines.
	var pg_path := "user://bench_gltf_procgen.glb"
	var done := []
	p.export_finished.connect(func(path: String, e: int): done.append(e))
	t0 = Time.get_ticks_usec()
	if p.export_gltf(pg_path, lo, hi, 1) != OK:
		quit(1)
		return
	while done.is_empty():
		await process_frame
	var pg_s := (Time.get_ticks_usec() - t0) / 1e6
	var pg_bytes := _size(pg_path)
	var region := (hi.x - lo.x + 1) * (hi.z - lo.z + 1)

	var n := coords.size()
	print("BENCH gltf godot_gltfdocument: %d streamed chunks, %d bytes, %.0f bytes/chunk, %.3f s, %.1f chunks/s" % [n, godot_bytes, float(godot_bytes) / n, godot_s, n / godot_s])
	print("BENCH gltf procgen_export_gltf: %d chunks (region %s..%s), %d bytes, %.0f bytes/chunk, %.3f s, %.1f chunks/s" % [region, lo, hi, pg_bytes, float(pg_bytes) / region, pg_s, region / pg_s])
	print("BENCH gltf ratio: procgen bytes/chunk %.2fx Godot's; procgen chunks/s %.2fx Godot's (Godot only encodes meshes it already has; procgen generates them too)" % [(float(pg_bytes) / region) / (float(godot_bytes) / n), (region / pg_s) / (n / godot_s)])
	DirAccess.remove_absolute(ProjectSettings.globalize_path(godot_path))
	DirAccess.remove_absolute(ProjectSettings.globalize_path(pg_path))
	quit(0)
