package chunk

import (
	"math"

	"github.com/procgen-godot/procgen/procgen/simd"
)

// gridNormals writes the unit normals of the (m+1)×(m+1) grid vertices of a heightmap
// chunk to dst (xyz float32 triples, vertex j*(m+1)+i), from central differences over the
// working grid h (width g = m+3, with its one-sample apron) scaled by inv2s = 1/(2·step).
// Where this build and CPU have vector kernels (procgen/simd), 8 vertices of a row go
// through lanes doing vertexNormal's float64 operations in its order: the bits are the same
// on every path.
func gridNormals(dst []float32, h []float64, g, m int, inv2s float64) {
	if simd.Enabled() {
		gridNormalsVector(dst, h, g, m, inv2s)
		return
	}
	gridNormalsScalar(dst, h, g, m, inv2s, 0)
}

// gridNormalsScalar is gridNormals one vertex at a time, for vertex columns from i0 on.
func gridNormalsScalar(dst []float32, h []float64, g, m int, inv2s float64, i0 int) {
	n1 := m + 1
	for j := 0; j <= m; j++ {
		row, up, down, out := normalRows(dst, h, g, m, j)
		for i := i0; i < n1; i++ {
			q := out[3*i : 3*i+3 : 3*i+3]
			q[0], q[1], q[2] = vertexNormal(row[i], row[i+2], up[i], down[i], inv2s)
		}
	}
}

// normalRows returns, for grid row j, the samples a vertex's normal reads: row[i] and
// row[i+2] are vertex i's neighbours along x, up[i] and down[i] along z; out is the row's
// normals in dst.
func normalRows(dst []float32, h []float64, g, m, j int) (row, up, down []float64, out []float32) {
	n1 := m + 1
	k := (j+1)*g + 1 // sample of vertex (0, j)
	return h[k-1 : k+n1+1], h[k-g : k-g+n1], h[k+g : k+g+n1], dst[3*j*n1 : 3*(j+1)*n1]
}

// vertexNormal is the unit normal of a vertex whose neighbours along x have heights left
// and right and along z up and down: central differences, identical inputs on both sides
// of a chunk border.
func vertexNormal(left, right, up, down, inv2s float64) (x, y, z float32) {
	dx := float64((right - left) * inv2s)
	dz := float64((down - up) * inv2s)
	inv := 1 / math.Sqrt(float64(dx*dx)+float64(dz*dz)+1)
	return float32(float64(-dx * inv)), float32(inv), float32(float64(-dz * inv))
}
