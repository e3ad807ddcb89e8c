extends SceneTree
## The main thread's share of streaming, for comparing two builds of the library in one run
## (./build.sh bench-install runs it against main's library and this tree's, interleaved).
## Prints "INSTALL name value" rows:
##  ready12_s        seconds to world_ready at view distance 12 with default settings;
##  ready12_full_s   the same at full detail (lod_distance 32), and full_chunks_s, its chunks/s;
##  fly_frame_p50/p99_ms  ProcGen's main-thread ms per frame while a viewer flies at view
##                   distance 8 with default settings (600 frames);
##  fly_install_p50/p99_ms  main-thread ms per installed chunk over that flight;
##  gdscript_chunks_s  the GDScript generator on 2 threads building the full-detail
##                   view-distance-12 disc (the baseline; only with -- gdscript).
## Run: godot --headless --path godot_project -s res://tests/bench/install_bench.gd [-- gdscript]

const Gen := preload("res://tests/bench/gdscript_generator.gd")


func _initialize() -> void:
	_run.call_deferred()


func _row(name: String, value: float) -> void:
	print("INSTALL %s %s" % [name, str(value)])


func _procgen(view_distance: int) -> Node3D:
	var p: Node3D = ClassDB.instantiate("ProcGen")
	p.seed = 99
	p.chunk_size = Gen.QUADS
	p.octaves = 5
	p.view_distance = view_distance
	return p


## Seconds for ProcGen to reach world_ready from an empty scene; [seconds, chunks].
func _ready_time(p: Node3D) -> Array:
	var ready := [false]
	p.world_ready.connect(func(): ready[0] = true)
	var t0 := Time.get_ticks_usec()
	root.add_child(p)
	while not ready[0]:
		await process_frame
	var secs := (Time.get_ticks_usec() - t0) / 1e6
	var n: int = p.get_stats()["loaded"]
	p.free()
	for i in 3:
		await process_frame
	return [secs, n]


func _percentile(values: Array, q: float) -> float:
	var s := values.duplicate()
	s.sort()
	return s[min(int(s.size() * q), s.size() - 1)]


func _run() -> void:
	var r: Array = await _ready_time(_procgen(12))
	_row("ready12_s", r[0])
	var full := _procgen(12)
	full.lod_distance = 32
	r = await _ready_time(full)
	_row("ready12_full_s", r[0])
	_row("full_chunks_s", r[1] / r[0])

	var s := _procgen(8)
	root.add_child(s)
	var viewer := Node3D.new()
	root.add_child(viewer)
	s.viewer = s.get_path_to(viewer)
	var ready := [false]
	s.world_ready.connect(func(): ready[0] = true)
	while not ready[0]:
		await process_frame
	var frames: Array = []
	for f in 600:
		viewer.position.x += 4.0
		await process_frame
		frames.append(s.get_stats()["frame_ms_last"])
	var stats: Dictionary = s.get_stats()
	_row("fly_frame_p50_ms", _percentile(frames, 0.5))
	_row("fly_frame_p99_ms", _percentile(frames, 0.99))
	_row("fly_install_p50_ms", stats["install_ms_p50"])
	_row("fly_install_p99_ms", stats["install_ms_p99"])
	s.free()
	viewer.free()
	await process_frame

	if "gdscript" in OS.get_cmdline_user_args():
		_row("gdscript_chunks_s", await _gdscript_disc(12))
	quit(0)


## Chunks/s of the GDScript generator on 2 threads building the full-detail disc of
## view_distance (arrays in the threads, meshes and nodes on the main thread).
func _gdscript_disc(view_distance: int) -> float:
	var coords: Array[Vector2i] = []
	for z in range(-view_distance, view_distance + 1):
		for x in range(-view_distance, view_distance + 1):
			if x * x + z * z <= view_distance * view_distance:
				coords.append(Vector2i(x, z))
	var noise := Gen.make_noise()
	var holder := Node3D.new()
	root.add_child(holder)
	var mutex := Mutex.new()
	var done: Array = []
	var next := [0]
	var work := func():
		while true:
			mutex.lock()
			var k: int = next[0]
			next[0] += 1
			mutex.unlock()
			if k >= coords.size():
				return
			var arrays := Gen.chunk_arrays(noise, coords[k].x, coords[k].y)
			mutex.lock()
			done.append([coords[k], arrays])
			mutex.unlock()
	var t0 := Time.get_ticks_usec()
	var pool: Array[Thread] = []
	for i in 2:
		var th := Thread.new()
		th.start(work)
		pool.append(th)
	var shown := 0
	while shown < coords.size():
		mutex.lock()
		var batch := done.duplicate()
		done.clear()
		mutex.unlock()
		for item in batch:
			var mesh := ArrayMesh.new()
			mesh.add_surface_from_arrays(Mesh.PRIMITIVE_TRIANGLES, item[1])
			var mi := MeshInstance3D.new()
			mi.mesh = mesh
			mi.position = Vector3(item[0].x * Gen.QUADS, 0, item[0].y * Gen.QUADS)
			holder.add_child(mi)
			shown += 1
		if shown < coords.size():
			await process_frame
	var secs := (Time.get_ticks_usec() - t0) / 1e6
	for th in pool:
		th.wait_to_finish()
	holder.free()
	await process_frame
	return coords.size() / secs
