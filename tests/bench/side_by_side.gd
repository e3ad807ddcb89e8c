extends SceneTree
## Side-by-side benchmark in one headless Godot run:
##  (a) an idiomatic GDScript generator: FastNoiseLite 5-octave fBm, 65×65 vertices, normals,
##      index buffer, ArrayMesh;
##  (b) ProcGen producing the same chunk spec (64 quads, 5-octave fBm, normals, indices,
##      ArrayMesh), synchronously on the main thread and streamed by its worker pool;
##  (c) main-thread milliseconds per frame while ProcGen streams at view distance 8.
## Run: godot --headless --path godot_project -s res://tests/bench/side_by_side.gd

const Gen := preload("res://tests/bench/gdscript_generator.gd")
const QUADS := 64
const GD_CHUNKS := 60
const SYNC_CHUNKS := 200


func _initialize() -> void:
	_run.call_deferred()


func _gdscript_chunk(noise: FastNoiseLite, cx: int, cz: int) -> ArrayMesh:
	return Gen.chunk(noise, cx, cz)


func _procgen(view_distance: int) -> Node3D:
	var p: Node3D = ClassDB.instantiate("ProcGen")
	p.seed = 99
	p.chunk_size = QUADS
	p.octaves = 5
	p.biomes = false  # the same spec as (a): one fBm height field, no climate or biome stages
	p.collision = false
	p.view_distance = view_distance
	p.frame_budget_ms = 2.0
	return p


## Streams the disc within view_distance around the origin into a new ProcGen and returns
## [chunks/s, chunks, seconds, engine memory the chunks hold in MB] at world_ready.
func _stream_rate(view_distance: int, lod_distance: int, meshes := true) -> Array:
	var s := _procgen(view_distance)
	s.frame_budget_ms = 50.0  # throughput: install as much per frame as is ready
	s.lod_distance = lod_distance
	s.meshes = meshes
	if not meshes:
		s.collision = true  # what a server keeps: collision near its viewer (2 chunks)
	var ready := [false]
	s.world_ready.connect(func(): ready[0] = true)
	var t0 := Time.get_ticks_usec()
	root.add_child(s)
	while not ready[0]:
		await process_frame
	var secs := (Time.get_ticks_usec() - t0) / 1e6
	var loaded: int = s.get_stats()["loaded"]
	# The engine memory the chunks held: what freeing them gives back.
	var held := OS.get_static_memory_usage()
	s.free()
	for i in 3:
		await process_frame
	return [loaded / secs, loaded, secs, (held - OS.get_static_memory_usage()) / 1e6]


func _run() -> void:
	# (a) GDScript
	var noise := FastNoiseLite.new()
	noise.noise_type = FastNoiseLite.TYPE_SIMPLEX
	noise.fractal_type = FastNoiseLite.FRACTAL_FBM
	noise.fractal_octaves = 5
	noise.frequency = 1.0 / 256.0
	var t0 := Time.get_ticks_usec()
	for c in GD_CHUNKS:
		_gdscript_chunk(noise, c % 8, c / 8)
	var gd_rate := GD_CHUNKS / ((Time.get_ticks_usec() - t0) / 1e6)

	# (b1) ProcGen, synchronous on the main thread (one core)
	var p := _procgen(0)
	p.streaming = false
	root.add_child(p)
	t0 = Time.get_ticks_usec()
	for c in SYNC_CHUNKS:
		p.generate_chunk_mesh(Vector3i(c % 16, 0, c / 16))
	var sync_rate := SYNC_CHUNKS / ((Time.get_ticks_usec() - t0) / 1e6)
	p.free()

	# (b2) ProcGen streaming with its worker pool: time to show every chunk within view
	# distance 16 (the whole disc, 861 chunks) as MeshInstance3D children, the main thread
	# never blocking. Every chunk full detail (65×65 vertices): the same spec as (a), though
	# ProcGen's chunks also carry skirts, colours and uvs, and are kept in the scene.
	var full := await _stream_rate(16, 32)
	# (b3) the same disc with the default levels of detail (far chunks use every 2nd or 4th
	# vertex), as a game streams it: a lighter spec than (a), shown for comparison.
	var lod := await _stream_rate(16, 4)
	# (b4) the full-detail disc on a dedicated server (meshes off): collision only.
	var server := await _stream_rate(16, 32, false)

	# (c) main-thread cost per frame while a viewer flies across new terrain at view distance 8
	var s := _procgen(8)
	s.collision = true  # the default: chunks near the viewer get collision shapes too
	s.biomes = true  # the default pipeline
	root.add_child(s)
	s.lod_distance = 4  # the default: far chunks coarser, as a game streams them
	s.frame_budget_ms = 2.0
	var viewer := Node3D.new()
	root.add_child(viewer)
	s.viewer = s.get_path_to(viewer)
	# 600 frames: more than the 512-frame window get_stats keeps, so the percentiles below
	# cover this phase only.
	# Baseline in the same frames: the main-thread time of one fixed piece of GDScript work
	# (building one chunk's ArrayMesh from ready arrays), to tell ProcGen's frame cost apart
	# from hiccups of the engine and the machine.
	var probe := _gdscript_chunk(noise, 0, 0).surface_get_arrays(0)
	var baseline: Array[float] = []
	for f in 600:
		viewer.position.x += 4.0
		var b0 := Time.get_ticks_usec()
		ArrayMesh.new().add_surface_from_arrays(Mesh.PRIMITIVE_TRIANGLES, probe)
		baseline.append((Time.get_ticks_usec() - b0) / 1000.0)
		await process_frame
	var stats: Dictionary = s.get_stats()
	baseline.sort()

	print("BENCH gdscript_chunks_per_s=%.1f" % gd_rate)
	print("BENCH procgen_sync_chunks_per_s=%.1f ratio=%.1fx" % [sync_rate, sync_rate / gd_rate])
	print("BENCH procgen_stream_full_detail_chunks_per_s=%.1f ratio=%.1fx (%d chunks in %.2f s, %d cores)" % [
		full[0], full[0] / gd_rate, full[1], full[2], OS.get_processor_count()])
	print("BENCH procgen_stream_with_lod_chunks_per_s=%.1f ratio=%.1fx (%d chunks in %.2f s)" % [
		lod[0], lod[0] / gd_rate, lod[1], lod[2]])
	print("BENCH procgen_server_no_meshes_chunks_per_s=%.1f ratio=%.1fx engine_memory_mb=%.1f (with meshes %.1f)" % [
		server[0], server[0] / gd_rate, server[3], full[3]])
	print("BENCH main_thread_ms_per_frame p50=%.3f p99=%.3f (view distance 8, flying)" % [
		stats["frame_ms_p50"], stats["frame_ms_p99"]])
	print("BENCH baseline_gdscript_arraymesh_ms p50=%.3f p99=%.3f (same frames)" % [
		baseline[baseline.size() / 2], baseline[int(baseline.size() * 0.99)]])
	print("BENCH generation_ms p50=%.2f p99=%.2f install_ms p50=%.3f p99=%.3f collision_ms p50=%.3f p99=%.3f" % [
		stats["gen_ms_p50"], stats["gen_ms_p99"], stats["install_ms_p50"], stats["install_ms_p99"],
		stats["collision_ms_p50"], stats["collision_ms_p99"]])
	s.queue_free()
	viewer.queue_free()
	await process_frame
	quit(0)
