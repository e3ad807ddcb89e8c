extends SceneTree
## In-engine measurements for ./build.sh bench's plots (docs/bench/), each beside its
## baseline in this one run. Prints rows "PLOT figure,series,x,y" for cmd/benchplot:
##  workers      chunks/s against worker threads: ProcGen streaming full detail, and the
##               GDScript generator on as many threads;
##  world_ready  seconds to world_ready against view distance (default settings), and the
##               GDScript generator on 2 threads building the same disc at full detail;
##  frames       ProcGen's main-thread ms in each frame while a viewer flies, and a fixed
##               piece of GDScript main-thread work in the same frames;
##  noise        ns per sample of 5-octave fBm: FastNoiseLite.get_image (C++) against
##               ProcGen.get_height_map.
## Run: godot --headless --path godot_project -s res://tests/bench/plots.gd

const Gen := preload("res://tests/bench/gdscript_generator.gd")
## Each timed point is the best of REPS runs, ProcGen and baseline interleaved: on a shared
## machine the best run is the one least disturbed by other processes.
const REPS := 2


func _initialize() -> void:
	_run.call_deferred()


func _row(figure: String, series: String, x: Variant, y: float) -> void:
	print("PLOT %s,%s,%s,%s" % [figure, series, str(x), str(y)])


func _procgen(view_distance: int) -> Node3D:
	var p: Node3D = ClassDB.instantiate("ProcGen")
	p.seed = 99
	p.chunk_size = Gen.QUADS
	p.octaves = 5
	p.view_distance = view_distance
	return p


## The disc of chunk coordinates within view_distance of the origin, as ProcGen streams it.
func _disc(view_distance: int) -> Array[Vector2i]:
	var out: Array[Vector2i] = []
	for z in range(-view_distance, view_distance + 1):
		for x in range(-view_distance, view_distance + 1):
			if x * x + z * z <= view_distance * view_distance:
				out.append(Vector2i(x, z))
	return out


## Seconds for ProcGen to reach world_ready from an empty scene; [seconds, chunks].
func _procgen_ready(p: Node3D) -> Array:
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


## The GDScript generator on `threads` threads building `coords` (arrays in the threads,
## meshes and MeshInstance3D nodes on the main thread as they arrive); seconds until all are
## in the tree.
func _gdscript_disc(coords: Array[Vector2i], threads: int) -> float:
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
	for i in threads:
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
	return secs


func _run() -> void:
	var cores := OS.get_processor_count()
	# workers: full-detail streaming of the view-distance-8 disc (217 chunks) with 1 and 2
	# workers, against the GDScript generator on 1 and 2 threads building the same disc.
	var disc8 := _disc(8)
	for n in [1, 2]:
		var best_pg := 0.0
		var best_gd := 0.0
		for rep in REPS:
			var p := _procgen(8)
			p.workers = n
			p.lod_distance = 32  # every chunk full detail: the GDScript generator's spec
			p.biomes = false
			p.collision = false
			p.frame_budget_ms = 50.0  # throughput: install whatever is ready
			var r: Array = await _procgen_ready(p)
			best_pg = max(best_pg, r[1] / r[0])
			best_gd = max(best_gd, disc8.size() / await _gdscript_disc(disc8, n))
		_row("workers", "ProcGen (streamed; full detail)", n, best_pg)
		_row("workers", "GDScript generator (baseline)", n, best_gd)

	# world_ready against view distance, default settings (LOD, biomes, collision, 2 ms
	# frame budget), against the GDScript generator on 2 threads at full detail.
	for vd in [4, 6, 8, 10, 12, 14, 16]:
		var best_pg := INF
		var best_gd := INF
		for rep in REPS:
			var r: Array = await _procgen_ready(_procgen(vd))
			best_pg = min(best_pg, r[0])
			best_gd = min(best_gd, await _gdscript_disc(_disc(vd), 2))
		_row("world_ready", "ProcGen (defaults)", vd, best_pg)
		_row("world_ready", "GDScript generator on 2 threads at full detail (baseline)", vd, best_gd)

	# frames: a viewer flies across new terrain at view distance 8 with default settings.
	var s := _procgen(8)
	root.add_child(s)
	var viewer := Node3D.new()
	root.add_child(viewer)
	s.viewer = s.get_path_to(viewer)
	var probe := Gen.chunk_arrays(Gen.make_noise(), 0, 0)
	for f in 600:
		viewer.position.x += 4.0
		var b0 := Time.get_ticks_usec()
		ArrayMesh.new().add_surface_from_arrays(Mesh.PRIMITIVE_TRIANGLES, probe)
		var base_ms := (Time.get_ticks_usec() - b0) / 1000.0
		await process_frame
		_row("frames", "ProcGen main thread", f, s.get_stats()["frame_ms_last"])
		_row("frames", "one GDScript ArrayMesh build (baseline)", f, base_ms)
	var stats: Dictionary = s.get_stats()
	print("BENCH plots: while flying: install p50 %.3f ms p99 %.3f ms (main-thread CPU p50 %.3f p99 %.3f); frame CPU p50 %.3f ms p99 %.3f ms" % [
		stats["install_ms_p50"], stats["install_ms_p99"], stats.get("install_cpu_ms_p50", 0.0), stats.get("install_cpu_ms_p99", 0.0),
		stats.get("frame_cpu_ms_p50", 0.0), stats.get("frame_cpu_ms_p99", 0.0)])
	_row("pipeline", "main thread (p50 while flying)", "install", stats["install_ms_p50"] * 1000.0)
	_row("pipeline", "main thread (p50 while flying)", "collision", stats["collision_ms_p50"] * 1000.0)
	s.free()
	viewer.free()
	await process_frame

	# noise: 5-octave fBm over 512×512 samples, best of 5.
	var noise := Gen.make_noise()
	var h := _procgen(0)
	h.streaming = false
	h.biomes = false
	root.add_child(h)
	var best_fnl := INF
	var best_pg := INF
	for rep in 5:
		var t0 := Time.get_ticks_usec()
		var img := noise.get_image(512, 512)
		best_fnl = min(best_fnl, (Time.get_ticks_usec() - t0) * 1000.0 / (512 * 512))
		t0 = Time.get_ticks_usec()
		var m: PackedFloat32Array = h.get_height_map(Vector2i(rep * 512, 0), Vector2i(512, 512))
		best_pg = min(best_pg, (Time.get_ticks_usec() - t0) * 1000.0 / (512 * 512))
		assert(img.get_width() == 512 and m.size() == 512 * 512)
	_row("noise", "FastNoiseLite.get_image (C++; baseline)", "in engine: 512×512 grid", best_fnl)
	_row("noise", "ProcGen.get_height_map", "in engine: 512×512 grid", best_pg)
	h.free()
	print("BENCH plots: %d cores" % cores)
	await process_frame
	quit(0)
