extends SceneTree
## Prints "HASH x,z sha256" for a few chunk meshes of the ProcGen world whose seed is the first
## user argument, so a suite can compare two engine processes.

const COORDS := [Vector3i(0, 0, 0), Vector3i(-3, 0, 7), Vector3i(12, 0, -5)]


func _initialize() -> void:
	var p: Node3D = ClassDB.instantiate("ProcGen")
	p.seed = int(OS.get_cmdline_user_args()[0])
	p.chunk_size = 32
	for c in COORDS:
		print("HASH %d,%d %s" % [c.x, c.z, mesh_hash(p.generate_chunk_mesh(c))])
	p.free()
	quit(0)


## SHA-256 of a mesh's vertex, normal, colour and index arrays.
static func mesh_hash(mesh: ArrayMesh) -> String:
	var arrays := mesh.surface_get_arrays(0)
	var ctx := HashingContext.new()
	ctx.start(HashingContext.HASH_SHA256)
	ctx.update(PackedVector3Array(arrays[Mesh.ARRAY_VERTEX]).to_byte_array())
	ctx.update(PackedVector3Array(arrays[Mesh.ARRAY_NORMAL]).to_byte_array())
	ctx.update(PackedColorArray(arrays[Mesh.ARRAY_COLOR]).to_byte_array())
	ctx.update(PackedInt32Array(arrays[Mesh.ARRAY_INDEX]).to_byte_array())
	return ctx.finish().hex_encode()
