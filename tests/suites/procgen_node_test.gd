extends "res://tests/lib/suite.gd"
## The ProcGen node: seed property, heights that agree across nodes and with Go, bad input.


func _node(seed_value: int) -> Node3D:
	var p: Node3D = ClassDB.instantiate("ProcGen")
	p.seed = seed_value
	add_child(p)
	return p


func _bits(v: float) -> String:
	var b := PackedByteArray()
	b.resize(8)
	b.encode_double(0, v)
	return b.hex_encode()


func test_class_is_registered_as_node3d() -> void:
	check(ClassDB.class_exists("ProcGen"), "ProcGen class is registered")
	check_eq(ClassDB.get_parent_class("ProcGen"), &"Node3D", "parent class")
	var p := _node(1)
	check(p is Node3D, "instance is a Node3D")
	p.free()


func test_seed_property_round_trips() -> void:
	var p := _node(0)
	for s in [0, 1, -1, 123456789, 1 << 40, -(1 << 62)]:
		p.seed = s
		check_eq(p.seed, s, "seed")
		check_eq(p.get("seed"), s, "get(seed)")
	var found := false
	for prop in p.get_property_list():
		if prop["name"] == "seed":
			found = true
			check_eq(prop["type"], TYPE_INT, "seed type")
			check(prop["usage"] & PROPERTY_USAGE_EDITOR != 0, "seed shows in the inspector")
	check(found, "seed is in the property list")
	p.free()


func test_same_seed_agrees() -> void:
	var a := _node(2024)
	var b := _node(2024)
	for i in 400:
		var x := i * 7.31 - 1200.0
		var z := i * -3.17 + 55.5
		var ha: float = a.get_height(x, z)
		var hb: float = b.get_height(x, z)
		if not check_eq(_bits(ha), _bits(hb), "height at (%f, %f)" % [x, z]):
			break
	a.free()
	b.free()


func test_different_seeds_disagree() -> void:
	var a := _node(1)
	var b := _node(2)
	var differ := 0
	for i in 200:
		if a.get_height(i * 13.0, i * 5.0) != b.get_height(i * 13.0, i * 5.0):
			differ += 1
	check(differ >= 190, "seeds 1 and 2 differ at %d of 200 points" % differ)
	a.free()
	b.free()


func test_heights_vary_over_space() -> void:
	var p := _node(9)
	var lo := INF
	var hi := -INF
	for i in 256:
		var h: float = p.get_height(i * 31.0, i * 17.0)
		check(is_finite(h), "height is finite")
		lo = minf(lo, h)
		hi = maxf(hi, h)
	check(hi - lo > 10.0, "terrain has relief (min %f, max %f)" % [lo, hi])
	p.free()


func test_heights_match_go() -> void:
	var text := FileAccess.get_file_as_string(data_path("testdata/heights.json"))
	var samples = JSON.parse_string(text)
	if not check(samples is Array and samples.size() > 0, "heights.json has samples"):
		return
	var nodes := {}
	for s in samples:
		var seed_value := int(s["seed"])
		if not nodes.has(seed_value):
			nodes[seed_value] = _node(seed_value)
		var h: float = nodes[seed_value].get_height(float(s["x"]), float(s["z"]))
		check_eq(_bits(h), String(s["bits"]), "seed %d at (%s, %s)" % [seed_value, s["x"], s["z"]])
	for n in nodes.values():
		n.free()


func test_non_finite_arguments_push_error_and_return_zero() -> void:
	var p := _node(3)
	expect_error("argument 1 is NaN")
	check_eq(p.get_height(NAN, 0.0), 0.0, "NaN x")
	expect_error("argument 2 is +Inf")
	check_eq(p.get_height(0.0, INF), 0.0, "+Inf z")
	expect_error("argument 1 is -Inf")
	check_eq(p.get_height(-INF, 1.0), 0.0, "-Inf x")
	check(is_finite(p.get_height(1.0, 1.0)), "node still works after bad input")
	p.free()


func test_version() -> void:
	var p := _node(0)
	var v: String = p.get_version()
	check(v.split(".").size() == 3, "version %s looks like x.y.z" % v)
	p.free()
