extends RefCounted
## The idiomatic GDScript chunk generator the benchmarks measure ProcGen against:
## FastNoiseLite 5-octave simplex fBm (frequency 1/256, amplitude 48), 65×65 vertices,
## central-difference normals, an index buffer and an ArrayMesh.

const QUADS := 64


static func make_noise() -> FastNoiseLite:
	var noise := FastNoiseLite.new()
	noise.noise_type = FastNoiseLite.TYPE_SIMPLEX
	noise.fractal_type = FastNoiseLite.FRACTAL_FBM
	noise.fractal_octaves = 5
	noise.frequency = 1.0 / 256.0
	return noise


static func chunk_arrays(noise: FastNoiseLite, cx: int, cz: int) -> Array:
	var n := QUADS + 1
	var heights := PackedFloat32Array()
	heights.resize((n + 2) * (n + 2))
	for j in n + 2:
		for i in n + 2:
			var x := cx * QUADS + i - 1
			var z := cz * QUADS + j - 1
			heights[j * (n + 2) + i] = noise.get_noise_2d(x, z) * 48.0
	var verts := PackedVector3Array()
	var normals := PackedVector3Array()
	verts.resize(n * n)
	normals.resize(n * n)
	for j in n:
		for i in n:
			var k := (j + 1) * (n + 2) + (i + 1)
			verts[j * n + i] = Vector3(i, heights[k], j)
			var dx := heights[k + 1] - heights[k - 1]
			var dz := heights[k + n + 2] - heights[k - n - 2]
			normals[j * n + i] = Vector3(-dx, 2.0, -dz).normalized()
	var indices := PackedInt32Array()
	indices.resize(QUADS * QUADS * 6)
	var t := 0
	for j in QUADS:
		for i in QUADS:
			var a := j * n + i
			indices[t] = a
			indices[t + 1] = a + 1
			indices[t + 2] = a + n
			indices[t + 3] = a + 1
			indices[t + 4] = a + n + 1
			indices[t + 5] = a + n
			t += 6
	var arrays := []
	arrays.resize(Mesh.ARRAY_MAX)
	arrays[Mesh.ARRAY_VERTEX] = verts
	arrays[Mesh.ARRAY_NORMAL] = normals
	arrays[Mesh.ARRAY_INDEX] = indices
	return arrays


static func chunk(noise: FastNoiseLite, cx: int, cz: int) -> ArrayMesh:
	var mesh := ArrayMesh.new()
	mesh.add_surface_from_arrays(Mesh.PRIMITIVE_TRIANGLES, chunk_arrays(noise, cx, cz))
	return mesh
