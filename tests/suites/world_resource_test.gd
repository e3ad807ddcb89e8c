extends "res://tests/lib/suite.gd"
## The ProcGenWorld resource (issue 15): a whole world config as a .tres a designer saves
## and shares. Saved and loaded back it names the same world; a node given it runs that
## world (same hash, same heights as a node configured the same way); a bad value is an
## error that keeps the node's previous world.


func _node(seed_value := 5) -> Node3D:
	var p: Node3D = ClassDB.instantiate("ProcGen")
	p.seed = seed_value
	p.chunk_size = 32
	p.streaming = false
	return p


func _path(name: String) -> String:
	return "user://world_resource_test_%d_%s.tres" % [OS.get_process_id(), name]


## A designed world: a different seed, fewer layers, a biome retinted, erosion switched on.
func _designed() -> Resource:
	var w: Resource = ClassDB.instantiate("ProcGenWorld")
	w.seed = 1234
	w.heightmap_chunk_size = 32
	var layers: Array = w.layers
	layers.resize(2)
	layers[0]["amplitude"] = 55.0
	# .tres files keep about 15 significant digits: designed values like these survive exactly.
	layers[0]["frequency"] = 0.0008
	layers[1]["frequency"] = 0.0015
	w.layers = layers
	var biomes: Array = w.biomes
	biomes[0]["color"] = Color(0.2, 0.3, 0.1, 1.0)
	w.biomes = biomes
	var stages: PackedStringArray = w.stages
	stages.append("erosion")
	w.stages = stages
	w.filter_params = {"erosion": {"erode": 0.5}}
	return w


func test_defaults_match_a_default_node() -> void:
	var p := _node(0)
	p.chunk_size = 64
	var w: Resource = ClassDB.instantiate("ProcGenWorld")
	check_eq(w.validate(), "", "the default resource is valid")
	check_eq(w.get_world_hash(), p.get_world_hash(), "default resource and default node name one world")
	w.seed = 5
	var n := _node(9)
	check(w.fill_from_node(n), "fill_from_node")
	n.free()
	check_eq(w.seed, 9, "fill_from_node takes the node's seed")
	check_eq(w.heightmap_chunk_size, 32, "fill_from_node takes the node's chunk size")
	p.free()


func test_saved_world_loads_and_drives_a_node() -> void:
	var w := _designed()
	var hash: String = w.get_world_hash()
	check_eq(hash.length(), 64, "a designed world has a hash")
	var path := _path("designed")
	check_eq(ResourceSaver.save(w, path), OK, "ResourceSaver.save")
	var loaded: Resource = ResourceLoader.load(path, "", ResourceLoader.CACHE_MODE_IGNORE)
	check(loaded != null and loaded.get_class() == "ProcGenWorld", "the .tres loads back as a ProcGenWorld")
	check_eq(loaded.get_world_hash(), hash, "the loaded world has the saved world's hash")
	for prop in w.get_property_list():
		if prop["usage"] & PROPERTY_USAGE_STORAGE and var_to_str(w.get(prop["name"])) != var_to_str(loaded.get(prop["name"])):
			fail("%s: saved %s, loaded %s" % [prop["name"], var_to_str(w.get(prop["name"])), var_to_str(loaded.get(prop["name"]))])
	check_eq(loaded.layers.size(), 2, "layers survive the .tres")
	check_eq(loaded.filter_params["erosion"]["erode"], 0.5, "filter params survive the .tres")

	var p := _node()
	add_child(p)
	p.world = loaded
	check_eq(p.get_world_hash(), hash, "the node runs the resource's world")
	check_eq(p.seed, 1234, "the node's properties show the resource's seed")
	check(_enabled(p, "erosion"), "the resource's pipeline is the node's")

	# A node configured the same way by hand names the same world and has the same heights.
	var q := _node(1234)
	add_child(q)
	check(q.set_element_enabled("erosion", true), "erosion on")
	check(q.set_element_param("erosion", "erode", 0.5), "erode param")
	var other: Resource = ClassDB.instantiate("ProcGenWorld")
	other.fill_from_node(q)
	check_eq(other.get_world_hash(), q.get_world_hash(), "fill_from_node names the node's world")
	var r := _node(1234)
	r.world = other
	check_eq(r.get_world_hash(), q.get_world_hash(), "a node given another node's resource names its world")
	for xz in [Vector2(0, 0), Vector2(17.5, -40.25), Vector2(300, 120)]:
		check_eq(r.get_height(xz.x, xz.y), q.get_height(xz.x, xz.y), "same height at %s" % xz)
	check(p.get_height(17.5, -40.25) != q.get_height(17.5, -40.25), "the designed world differs from the hand-made one")

	# Editing the assigned resource makes a new world version.
	loaded.sea_level = 12.0
	check(p.get_world_hash() != hash, "editing the resource changes the node's world")
	check_eq(p.get_world_hash(), loaded.get_world_hash(), "and the node follows it")
	check_eq(p.sea_level, 12.0, "the node shows the new sea level")
	p.free()
	q.free()
	r.free()
	DirAccess.remove_absolute(path)


## Godot's .tres reader keeps only about 17 digits of a long decimal: the default world's
## 1/1400 frequency loads back as 0.00071428571428571 once the layers are written (a .tres
## leaves out properties equal to the class default, so only a changed world shows it). The
## resource's exact_values record restores the lost digits, so a saved world keeps its hash.
func test_long_decimals_survive_a_real_save() -> void:
	var w: Resource = ClassDB.instantiate("ProcGenWorld")
	var default_hash: String = w.get_world_hash()
	var freq: float = w.layers[0]["frequency"]
	check_eq(freq, 1.0 / 1400.0, "the default's first layer runs at 1/1400")
	var path0 := _path("default")
	check_eq(ResourceSaver.save(w, path0), OK, "ResourceSaver.save of the default")
	var loaded0: Resource = ResourceLoader.load(path0, "", ResourceLoader.CACHE_MODE_IGNORE)
	check_eq(loaded0.get_world_hash(), default_hash, "the saved default world loads as the default")
	# A designer retunes one layer; the others keep their long decimals. The record is not
	# refreshed on purpose before saving (no get_world_hash call): what it holds from the
	# defaults covers every untouched number.
	var designed: Resource = ClassDB.instantiate("ProcGenWorld")
	var layers: Array = designed.layers
	layers[2]["amplitude"] = 12.0
	designed.layers = layers
	var path := _path("retuned")
	check_eq(ResourceSaver.save(designed, path), OK, "ResourceSaver.save")
	var hash: String = designed.get_world_hash()
	check(hash != default_hash, "the retuned world is another world")
	var loaded: Resource = ResourceLoader.load(path, "", ResourceLoader.CACHE_MODE_IGNORE)
	check(loaded != null and loaded.get_class() == "ProcGenWorld", "the .tres loads back")
	# The premise: the property itself comes back with lost digits (if a later Godot reads
	# exactly, this check fails and the record can go).
	var back: float = loaded.layers[0]["frequency"]
	check(back != freq and absf(back - freq) < 1e-15, "Godot's reader loses digits of 1/1400 (got %s)" % var_to_str(back))
	check_eq(loaded.get_world_hash(), hash, "the loaded world has the saved world's hash")
	var bare: Resource = ResourceLoader.load(path, "", ResourceLoader.CACHE_MODE_IGNORE)
	bare.exact_values = ""
	check(bare.get_world_hash() != hash, "without the record the lost digits name another world")
	var p := _node(0)
	p.chunk_size = 64
	p.world = loaded
	check_eq(p.get_world_hash(), hash, "a node given the loaded resource runs the saved world")
	# A designer's edit after loading is taken as typed, not snapped back.
	layers = loaded.layers
	layers[0]["frequency"] = 0.0008
	loaded.layers = layers
	check(loaded.get_world_hash() != hash, "an edit after loading names a new world")
	# A world made from a node (fill_from_node) with a long decimal parameter survives too.
	var other: Resource = ClassDB.instantiate("ProcGenWorld")
	var q := _node(77)
	check(q.set_element_enabled("erosion", true), "erosion on")
	check(q.set_element_param("erosion", "erode", 0.0123456789012345678), "a long decimal parameter")
	check(other.fill_from_node(q), "fill_from_node")
	var path2 := _path("filled")
	check_eq(ResourceSaver.save(other, path2), OK, "ResourceSaver.save")
	var loaded2: Resource = ResourceLoader.load(path2, "", ResourceLoader.CACHE_MODE_IGNORE)
	check_eq(loaded2.get_world_hash(), q.get_world_hash(), "a filled-in world survives the .tres")
	p.free()
	q.free()
	for f in [path0, path, path2]:
		DirAccess.remove_absolute(f)


func test_bad_values_are_errors_that_change_nothing() -> void:
	var p := _node()
	var before: String = p.get_world_hash()
	var height: float = p.get_height(10, 10)
	var w: Resource = ClassDB.instantiate("ProcGenWorld")
	w.heightmap_chunk_size = 48
	check(w.validate().contains("power of two"), "validate names the bad chunk size")
	expect_error("power of two")
	check_eq(w.get_world_hash(), "", "a bad resource has no hash")
	p.world = w
	expect_error("chunk.heightmap 48")
	check_eq(p.get_world_hash(), before, "the node keeps its previous world")
	check_eq(p.get_height(10, 10), height, "and its heights")
	check_eq(p.chunk_size, 32, "and its properties")

	var bad_layer: Resource = ClassDB.instantiate("ProcGenWorld")
	var layers: Array = bad_layer.layers
	layers[0]["amplitud"] = 3.0
	bad_layer.layers = layers
	p.world = bad_layer
	expect_error("unknown key \"amplitud\"")
	check_eq(p.get_world_hash(), before, "a typo in a layer changes nothing")

	var bad_stage: Resource = ClassDB.instantiate("ProcGenWorld")
	bad_stage.stages = PackedStringArray(["height", "sparkles"])
	p.world = bad_stage
	expect_error("unknown stage \"sparkles\"")
	check_eq(p.get_world_hash(), before, "an unknown stage changes nothing")

	# Fixing the assigned resource lets the node take it.
	bad_stage.stages = PackedStringArray(["height", "height-edits", "density", "caves", "surface", "edits", "mesh"])
	check_eq(p.get_world_hash(), bad_stage.get_world_hash(), "the fixed resource is taken")
	check(not _enabled(p, "biomes"), "without biomes")
	check(not p.biomes, "the biomes property follows")
	p.free()


func _enabled(p: Node3D, name: String) -> bool:
	for e in p.get_pipeline():
		if e["name"] == name:
			return e["enabled"]
	return false
