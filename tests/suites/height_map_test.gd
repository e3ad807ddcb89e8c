extends "res://tests/lib/suite.gd"
## get_height_map: the grid equals get_height at every point, edits and biomes included.


func _node(biomes: bool) -> Node3D:
	var p: Node3D = ClassDB.instantiate("ProcGen")
	p.seed = 77
	p.biomes = biomes
	p.streaming = false
	add_child(p)
	return p


func test_height_map_equals_get_height() -> void:
	for biomes in [false, true]:
		var p := _node(biomes)
		p.apply_edit("raise", Vector3(-3, 0, 12), 6.0, 4.0, 0)
		var origin := Vector2i(-11, 5)
		var size := Vector2i(17, 13)
		var m: PackedFloat32Array = p.get_height_map(origin, size)
		check_eq(m.size(), size.x * size.y, "height map size (biomes %s)" % biomes)
		var bad := 0
		var raised := false
		for j in size.y:
			for i in size.x:
				var h: float = p.get_height(origin.x + i, origin.y + j)
				var want := PackedFloat32Array([h])[0]  # float32, as the map holds it
				if m[j * size.x + i] != want:
					bad += 1
				if Vector2(origin.x + i, origin.y + j).distance_to(Vector2(-3, 12)) < 1.0:
					raised = true
		check_eq(bad, 0, "samples that differ from get_height (biomes %s)" % biomes)
		check(raised, "the grid covers the edit")
		p.free()


func test_height_map_bad_size_pushes_error() -> void:
	var p := _node(false)
	expect_error("get_height_map size 0x4 out of range")
	check_eq(p.get_height_map(Vector2i(0, 0), Vector2i(0, 4)).size(), 0, "empty size")
	expect_error("get_height_map size 100000x100000 out of range")
	check_eq(p.get_height_map(Vector2i(0, 0), Vector2i(100000, 100000)).size(), 0, "huge size")
	check_eq(p.get_height_map(Vector2i(3, 3), Vector2i(2, 2)).size(), 4, "node still works after bad input")
	p.free()
