extends "res://tests/lib/suite.gd"
## User stages from GDScript (issue 15): a Callable registered with register_height_filter
## runs on the main thread for chunks generated in worker goroutines. Switching it on names
## a new world (its name and version join the hash); streamed chunks show it, their borders
## agree, get_height agrees with them; switching it off brings the old world back; bad
## answers push an error and switch the stage off; freeing a node whose workers wait for the
## main thread does not hang.

const MAX_FRAMES := 1500
const MeshHashes := preload("res://tests/lib/mesh_hashes.gd")

var calls := 0


func _node(seed_value := 61) -> Node3D:
	var p: Node3D = ClassDB.instantiate("ProcGen")
	p.seed = seed_value
	p.chunk_size = 32
	p.view_distance = 1
	p.frame_budget_ms = 50.0
	return p


func _element(p: Node3D, name: String) -> Dictionary:
	for e in p.get_pipeline():
		if e["name"] == name:
			return e
	return {}


## A terrace with a one-sample apron: each height becomes the highest of its 3×3
## neighbourhood, rounded down to a step of 4.
func _terrace(heights: PackedFloat64Array, size: Vector2i, _origin: Vector2i) -> PackedFloat64Array:
	calls += 1
	var w := size.x - 2
	var out := PackedFloat64Array()
	out.resize(w * (size.y - 2))
	for j in size.y - 2:
		for i in w:
			var m := heights[(j + 1) * size.x + i + 1]
			for dj in 3:
				for di in 3:
					m = maxf(m, heights[(j + dj) * size.x + i + di])
			out[j * w + i] = floor(m / 4.0) * 4.0
	return out


func _wrong_size(heights: PackedFloat64Array, _size: Vector2i, _origin: Vector2i) -> PackedFloat64Array:
	return heights.slice(0, 3)


func _not_finite(heights: PackedFloat64Array, _size: Vector2i, _origin: Vector2i) -> PackedFloat64Array:
	var out := heights.duplicate()
	out[0] = NAN
	return out


func _wrong_type(_heights: PackedFloat64Array, _size: Vector2i, _origin: Vector2i) -> Variant:
	return "terrain"


func _nothing(_heights: PackedFloat64Array, _size: Vector2i, _origin: Vector2i) -> Variant:
	return null


func _identity(heights: PackedFloat64Array, _size: Vector2i, _origin: Vector2i) -> PackedFloat64Array:
	return heights


func _wait(p: Node3D, ready: Array, want: int) -> bool:
	for i in MAX_FRAMES:
		if ready[0] >= want:
			return true
		await get_tree().process_frame
	return false


## Top heights along a chunk's column x (local): the highest vertex per z (skirts hang lower).
func _column(mesh: Mesh, x: float) -> Dictionary:
	var out := {}
	var verts: PackedVector3Array = mesh.surface_get_arrays(0)[Mesh.ARRAY_VERTEX]
	for v in verts:
		if v.x == x:
			out[v.z] = maxf(out.get(v.z, -INF), v.y)
	return out


func test_a_gdscript_filter_terraces_streamed_chunks() -> void:
	var p := _node()
	var viewer := Node3D.new()
	add_child(viewer)
	add_child(p)
	p.add_viewer(viewer)
	var ready := [0]
	p.world_ready.connect(func(): ready[0] += 1)
	check(await _wait(p, ready, 1), "world_ready before the stage")
	var hash0: String = p.get_world_hash()
	var plain_h: float = p.get_height(10, 7)

	check(p.register_height_filter("terrace", "1", _terrace, 1), "register_height_filter")
	var e := _element(p, "terrace")
	check_eq(e.get("kind"), "filter", "the stage is a filter")
	check(e.get("user", false), "listed as a user stage")
	check(not e.get("enabled", true), "registered off")
	check_eq(e.get("version"), "1", "get_pipeline reports its version")
	check_eq(p.get_world_hash(), hash0, "registering changes nothing")

	var changed := [0]
	p.pipeline_changed.connect(func(): changed[0] += 1)
	check(p.set_element_enabled("terrace", true), "switched on")
	check_eq(changed[0], 1, "pipeline_changed")
	var hash1: String = p.get_world_hash()
	check(hash1 != hash0, "the stage joins the world's identity")
	var h: float = p.get_height(10, 7)
	check_eq(fmod(h, 4.0), 0.0, "get_height runs the stage (%f)" % h)
	check(h >= floor(plain_h / 4.0) * 4.0, "the terrace of the 3x3 maximum")
	check(await _wait(p, ready, 2), "world_ready after the chunks regenerated")
	check(calls > 0, "the Callable ran")

	# Shown chunks are the terraced ones, borders agree, and get_height agrees with vertices.
	var c0: MeshInstance3D = p.get_node_or_null("chunk_0_0")
	var c1: MeshInstance3D = p.get_node_or_null("chunk_1_0")
	if check(c0 != null and c1 != null, "chunks (0, 0) and (1, 0) shown"):
		check_eq(MeshHashes.mesh_hash(c0.mesh), MeshHashes.mesh_hash(p.generate_chunk_mesh(Vector3i(0, 0, 0))), "shown chunk is the terraced one")
		var right := _column(c0.mesh, 32.0)
		var left := _column(c1.mesh, 0.0)
		var shared := 0
		for z in right:
			if left.has(z):
				shared += 1
				check_eq(right[z], left[z], "the shared border agrees at z=%s" % z)
				check_eq(fmod(right[z], 4.0), 0.0, "border vertex at z=%s is terraced" % z)
				check_near(p.get_height(32, z), right[z], 1e-4, "get_height agrees with the vertex at (32, %s)" % z)
		check(shared >= 5, "the chunks share a border (%d vertices)" % shared)

	# A grid larger than one request (80×80 outputs) is answered block by block and agrees
	# with point queries.
	var calls_before := calls
	var hm: PackedFloat32Array = p.get_height_map(Vector2i(-50, -40), Vector2i(200, 170))
	check(calls - calls_before >= 9, "a 200x170 grid took several calls (%d)" % (calls - calls_before))
	var bad := 0
	for v in hm:
		if fmod(v, 4.0) != 0.0:
			bad += 1
	check_eq(bad, 0, "every sample of the height map is terraced")
	for xz in [Vector2i(-50, -40), Vector2i(31, 40), Vector2i(30, 39), Vector2i(149, 129)]:
		check_eq(float(hm[(xz.y + 40) * 200 + xz.x + 50]), p.get_height(xz.x, xz.y), "height map agrees with get_height at %s" % xz)

	# Cost: full-detail chunks generated synchronously, with and without the stage.
	var t0 := Time.get_ticks_usec()
	for i in 4:
		p.generate_chunk_mesh(Vector3i(5 + i, 0, 9))
	var with_ms := (Time.get_ticks_usec() - t0) / 4000.0
	check(p.set_element_enabled("terrace", false), "switched off")
	check_eq(p.get_world_hash(), hash0, "off again: the original world")
	check_eq(p.get_height(10, 7), plain_h, "and its heights")
	t0 = Time.get_ticks_usec()
	for i in 4:
		p.generate_chunk_mesh(Vector3i(5 + i, 0, 11))
	var without_ms := (Time.get_ticks_usec() - t0) / 4000.0
	print("GDScript terrace stage: %.2f ms/chunk vs %.2f ms/chunk without (%.1fx); %.2f ms per call on the main thread" % [with_ms, without_ms, with_ms / maxf(without_ms, 0.001), float(_element(p, "terrace")["callable_ms"])])
	check(await _wait(p, ready, 3), "world_ready after switching off")
	p.queue_free()
	viewer.queue_free()
	await get_tree().process_frame


func test_bad_answers_switch_the_stage_off() -> void:
	var cases := [
		["bad_size", _wrong_size, "returned 3 heights"],
		["bad_value", _not_finite, "must be finite"],
		["bad_type", _wrong_type, "returned a String"],
		["bad_null", _nothing, "returned null"],
	]
	for c in cases:
		var p := _node(62)
		add_child(p)
		var hash0: String = p.get_world_hash()
		var plain_h: float = p.get_height(3, 4)
		check(p.register_height_filter(c[0], "1", c[1], 0), "register %s" % c[0])
		check(p.set_element_enabled(c[0], true), "%s on" % c[0])
		expect_error(c[2])
		check_eq(p.get_height(3, 4), plain_h, "%s: the query falls back to the unfiltered height" % c[0])
		check(String(_element(p, c[0])["error"]).contains(c[2]), "get_pipeline reports why %s failed" % c[0])
		await get_tree().process_frame
		await get_tree().process_frame
		check(not _element(p, c[0])["enabled"], "%s is switched off" % c[0])
		check_eq(p.get_world_hash(), hash0, "%s: the node is back on its previous world" % c[0])
		expect_error("register it again")
		check(not p.set_element_enabled(c[0], true), "%s cannot be switched on again" % c[0])
		# Registering it again with a working Callable clears the failure.
		check(p.register_height_filter(c[0], "1", _identity, 0), "re-register %s" % c[0])
		check(p.set_element_enabled(c[0], true), "%s on again" % c[0])
		check_eq(p.get_height(3, 4), plain_h, "%s: the identity stage keeps the heights" % c[0])
		p.queue_free()
		await get_tree().process_frame


func test_registration_errors_and_identity() -> void:
	var p := _node(63)
	check(p.register_height_filter("ident", "7", _identity, 2), "register ident")
	expect_error("fixed for the life of the process")
	check(not p.register_height_filter("ident", "8", _identity, 2), "another version under the same name")
	expect_error("apron 99 out of range")
	check(not p.register_height_filter("wide", "1", _identity, 99), "apron too wide")
	expect_error("the version must be 1 to 64 characters")
	check(not p.register_height_filter("unversioned", "", _identity, 0), "a version is required")
	expect_error("already a pipeline stage")
	check(not p.register_height_filter("erosion", "1", _identity, 0), "a built-in name")
	# A world naming another version of the stage, or a stage nobody registered, is refused.
	var w: Resource = ClassDB.instantiate("ProcGenWorld")
	var stages: PackedStringArray = w.stages
	stages.append("ident")
	w.stages = stages
	w.filter_versions = {"ident": "6"}
	check(w.validate().contains("version \"6\"; this process has version \"7\""), "a world naming another version: %s" % w.validate())
	w.filter_versions = {"ident": "7"}
	check_eq(w.validate(), "", "the registered version is valid")
	var hash0: String = p.get_world_hash()
	check(p.set_element_enabled("ident", true), "ident on")
	check(p.get_world_hash() != hash0, "the stage joins the node's world")
	var filled: Resource = ClassDB.instantiate("ProcGenWorld")
	filled.fill_from_node(p)
	check_eq(filled.filter_versions, {"ident": "7"}, "fill_from_node records the version")
	check_eq(filled.get_world_hash(), p.get_world_hash(), "a resource with the stage names the node's world")
	w.filter_versions = {}
	check(w.validate().contains("does not name its version"), "a world enabling the stage without its version")
	p.free()


func test_freeing_a_node_whose_workers_wait_does_not_hang() -> void:
	var p := _node(64)
	p.view_distance = 3
	var viewer := Node3D.new()
	add_child(viewer)
	add_child(p)
	p.add_viewer(viewer)
	check(p.register_height_filter("slow_terrace", "1", _terrace, 1), "register")
	check(p.set_element_enabled("slow_terrace", true), "on")
	for i in 3:
		await get_tree().process_frame
	var t0 := Time.get_ticks_msec()
	p.free() # workers are blocked on the main thread: closing the world must release them
	viewer.free()
	check(Time.get_ticks_msec() - t0 < 30000, "the node freed without waiting for the stage")
	await get_tree().process_frame
