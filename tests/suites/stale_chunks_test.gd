extends "res://tests/lib/suite.gd"
## Streamed equals generated, always: bursts of edits land over loaded chunks while those
## chunks regenerate; once streaming settles, every streamed chunk's mesh must equal
## generate_chunk_mesh and its collision shape must equal get_height, so no chunk keeps a
## mesh or a shape that lacks an edit. (Before the scheduler fix, 1-2 of 37 chunks stayed
## stale in about one run of five.) Each test runs several independent worlds and bursts.

const MeshHashes := preload("res://tests/lib/mesh_hashes.gd")
const CHUNK := 32
const MAX_FRAMES := 1200


func _world(seed_value: int) -> Node3D:
	var p: Node3D = ClassDB.instantiate("ProcGen")
	p.seed = seed_value
	p.chunk_size = CHUNK
	p.view_distance = 3 # 37 chunks, all at full detail (lod_distance 4)
	p.collision = true
	p.collision_distance = 8 # every streamed chunk gets its collision shape
	p.frame_budget_ms = 50.0
	p.workers = 2
	return p


## Waits until nothing is queued, generating or pending and every chunk has its collision
## body, for 10 frames in a row.
func _wait_settled(p: Node3D) -> bool:
	var calm := 0
	for i in MAX_FRAMES:
		await get_tree().process_frame
		var s: Dictionary = p.get_stats()
		var busy: bool = s.get("pending", 1) != 0 or s.get("queued", 1) != 0 or s.get("in_flight", 1) != 0
		if not busy:
			for c in p.get_children():
				if c is MeshInstance3D and c.get_child_count() == 0:
					busy = true
					break
		calm = 0 if busy else calm + 1
		if calm >= 10:
			return true
	return false


## Applies a burst of edits over the loaded chunks: three a frame for four frames, so later
## edits land on chunks that are regenerating for earlier ones.
func _burst(p: Node3D, rng: RandomNumberGenerator) -> int:
	var made := 0
	for f in 4:
		for e in 3:
			var kind: String = ["raise", "lower", "flatten"][rng.randi_range(0, 2)]
			var at := Vector3(rng.randf_range(-90.0, 90.0), rng.randf_range(-10.0, 30.0), rng.randf_range(-90.0, 90.0))
			var amount := rng.randf_range(0.2, 1.0) if kind == "flatten" else rng.randf_range(1.0, 6.0)
			if p.apply_edit(kind, at, rng.randf_range(3.0, 12.0), amount, 0) > 0:
				made += 1
		await get_tree().process_frame
	return made


## Compares every streamed chunk with what the synchronous API says: the mesh with
## generate_chunk_mesh, the collision heights with get_height (every other sample, and the
## chunk's corners). Returns the number of stale chunks.
func _check_streamed(p: Node3D, label: String) -> int:
	var stale := 0
	var chunks := 0
	for c in p.get_children():
		if not (c is MeshInstance3D) or not c.name.begins_with("chunk_"):
			continue
		chunks += 1
		var parts: PackedStringArray = c.name.split("_")
		var cx := int(parts[1])
		var cz := int(parts[2])
		var want := MeshHashes.mesh_hash(p.generate_chunk_mesh(Vector3i(cx, 0, cz)))
		var mesh_ok := MeshHashes.mesh_hash(c.mesh) == want
		var shape: HeightMapShape3D = c.get_child(0).get_child(0).shape
		var heights := shape.map_data
		var shape_ok := shape.map_width == CHUNK + 1 and shape.map_depth == CHUNK + 1
		var worst := 0.0
		if shape_ok:
			for j in range(0, CHUNK + 1, 2):
				for i in range(0, CHUNK + 1, 2):
					var h: float = p.get_height(cx * CHUNK + i, cz * CHUNK + j)
					worst = maxf(worst, absf(heights[j * (CHUNK + 1) + i] - h))
			shape_ok = worst <= 1e-3
		if not mesh_ok or not shape_ok:
			stale += 1
			fail("%s: chunk (%d, %d) is stale: mesh %s, collision %s (off by %.4f)" % [label, cx, cz,
				"ok" if mesh_ok else "differs", "ok" if shape_ok else "differs", worst])
	check(chunks >= 29, "%s: %d chunks streamed" % [label, chunks])
	return stale


func test_streamed_chunks_match_generated_after_edit_bursts() -> void:
	var checked := 0
	for run in 3:
		var p := _world(100 + run)
		add_child(p)
		if not check(await _wait_settled(p), "run %d: world settles" % run):
			p.queue_free()
			return
		var rng := RandomNumberGenerator.new()
		rng.seed = 7000 + run
		for burst in 4:
			var made := await _burst(p, rng)
			check(made == 12, "run %d burst %d: %d of 12 edits accepted" % [run, burst, made])
			if not check(await _wait_settled(p), "run %d burst %d: streaming settles" % [run, burst]):
				break
			_check_streamed(p, "run %d burst %d" % [run, burst])
			checked += 1
		p.queue_free()
		await get_tree().process_frame
	check_eq(checked, 12, "bursts checked")
