extends SceneTree
## The main thread's share of streaming, for comparing two builds of the library in one run
## (./build.sh bench-install runs it against main's library and this tree's, interleaved).
## Prints "INSTALL name value" rows:
##  ready12_s        seconds to world_ready at view distance 12 with default settings;
##  ready12_full_s   the same at full detail (lod_distance 32), and full_chunks_s, its chunks/s;
##  fly_frame_p50/p99_ms  ProcGen's main-thread ms per frame while a viewer flies at view
##                   distance 8 with default settings (600 frames);
##                   fly_frame_cpu_p50/p99_ms, its CPU time (Linux builds with
##                   get_stats' frame_cpu_ms keys);
##  fly_thread_cpu_per_frame_ms  all of the main thread's CPU time over the flight per
##                   frame, the engine's deferred work included (Linux);
##  fly_install_p50/p99_ms  main-thread ms per installed chunk over that flight, and
##                   fly_install_cpu_p50/p99_ms the main thread's CPU time per install
##                   (without the time other processes held the core; Linux builds with
##                   get_stats' install_cpu_ms keys), likewise full_install_cpu_p50/p99_ms
##                   while the full-detail disc streams;
##  gdscript_chunks_s  the GDScript generator on 2 threads building the full-detail
##                   view-distance-12 disc (the baseline; only with -- gdscript).
## Run: godot --headless --path godot_project -s res://tests/bench/install_bench.gd [-- gdscript]
## [no_prefault] (no_prefault: procgen/memory/prefault_heap off).

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
	var stats: Dictionary = p.get_stats()
	var n: int = stats["loaded"]
	p.free()
	for i in 3:
		await process_frame
	return [secs, n, stats]


func _cpu_rows(name: String, stats: Dictionary) -> void:
	if stats.has("install_cpu_ms_p50") and stats["install_cpu_ms_p50"] > 0:
		_row(name + "_p50_ms", stats["install_cpu_ms_p50"])
		_row(name + "_p99_ms", stats["install_cpu_ms_p99"])


## The main thread's CPU time so far in ms (Linux: /proc/thread-self/schedstat), -1 elsewhere:
## everything the engine does on it, the deferred deletion of freed nodes included.
func _thread_cpu_ms() -> float:
	# procfs files report length 0: read a line, not the file.
	var f := FileAccess.open("/proc/thread-self/schedstat", FileAccess.READ)
	if f == null:
		return -1.0
	var text := f.get_line()
	if text.is_empty():
		return -1.0
	return int(text.split(" ")[0]) / 1e6


func _percentile(values: Array, q: float) -> float:
	var s := values.duplicate()
	s.sort()
	return s[min(int(s.size() * q), s.size() - 1)]


func _run() -> void:
	if "no_prefault" in OS.get_cmdline_user_args():
		ProjectSettings.set_setting("procgen/memory/prefault_heap", false)
	var r: Array = await _ready_time(_procgen(12))
	_row("ready12_s", r[0])
	var full := _procgen(12)
	full.lod_distance = 32
	r = await _ready_time(full)
	_row("ready12_full_s", r[0])
	_row("full_chunks_s", r[1] / r[0])
	_row("full_install_p50_ms", r[2]["install_ms_p50"])
	_row("full_install_p99_ms", r[2]["install_ms_p99"])
	_cpu_rows("full_install_cpu", r[2])

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
	var cpu_frames: Array = []
	var thread_cpu0 := _thread_cpu_ms()
	for f in 600:
		viewer.position.x += 4.0
		await process_frame
		var fs: Dictionary = s.get_stats()
		frames.append(fs["frame_ms_last"])
		if fs.has("frame_cpu_ms_last"):
			cpu_frames.append(fs["frame_cpu_ms_last"])
	var thread_cpu := _thread_cpu_ms() - thread_cpu0
	var stats: Dictionary = s.get_stats()
	if thread_cpu0 >= 0.0:
		_row("fly_thread_cpu_per_frame_ms", thread_cpu / frames.size())
	_row("fly_frame_p50_ms", _percentile(frames, 0.5))
	_row("fly_frame_p99_ms", _percentile(frames, 0.99))
	if not cpu_frames.is_empty():
		_row("fly_frame_cpu_p50_ms", _percentile(cpu_frames, 0.5))
		_row("fly_frame_cpu_p99_ms", _percentile(cpu_frames, 0.99))
	_row("fly_install_p50_ms", stats["install_ms_p50"])
	_row("fly_install_p99_ms", stats["install_ms_p99"])
	_cpu_rows("fly_install_cpu", stats)
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
