//go:build goexperiment.simd && amd64

package chunk

import (
	"simd/archsimd"

	"github.com/procgen-godot/procgen/procgen/simd"
)

// Lane tables interleaving three 8-lane vectors x, y, z (one component of 8 vertices each)
// into xyz triples: output vector r lane p is float 8r+p of the 24, component (8r+p)%3 of
// vertex (8r+p)/3, so it takes lane vertex[r][p] of the component comp[r][p]. The tables are
// never written after init.
var vertex, comp = interleaveTables()

func interleaveTables() (vertex [3][8]uint32, comp [3][8]int32) {
	for r := 0; r < 3; r++ {
		for p := 0; p < 8; p++ {
			vertex[r][p], comp[r][p] = uint32((8*r+p)/3), int32((8*r+p)%3)
		}
	}
	return vertex, comp
}

// gridNormalsVector is gridNormalsScalar on 8 vertices of a row at once, as 8 (AVX-512)
// or two times 4 (AVX2) float64 lanes: each lane does vertexNormal's operations in its
// order, with separate multiplies and adds, IEEE division and square root, and the same
// float64→float32 rounding, so the bits are the scalar path's. The vertices past each row's
// last full vector are done by the scalar code after the upper vector registers are
// cleared (Go's scalar float code is SSE, slow after dirty AVX state).
func gridNormalsVector(dst []float32, h []float64, g, m int, inv2s float64) {
	n1 := m + 1
	full := n1 - n1%8
	if full > 0 {
		if simd.Wide() {
			gridNormals8x8(dst, h, g, m, inv2s, full)
		} else {
			gridNormals2x4(dst, h, g, m, inv2s, full)
		}
		archsimd.ClearAVXUpperBits()
	}
	if full < n1 {
		gridNormalsScalar(dst, h, g, m, inv2s, full)
	}
}

// interleave holds the masks and permutations of the vertex and comp tables.
type interleave struct {
	perm     [3]archsimd.Uint32x8
	isX, isY [3]archsimd.Mask32x8
}

func newInterleave() (t interleave) {
	for r := 0; r < 3; r++ {
		t.perm[r] = archsimd.LoadUint32x8(&vertex[r])
		c := archsimd.LoadInt32x8(&comp[r])
		t.isX[r], t.isY[r] = c.Equal(archsimd.BroadcastInt32x8(0)), c.Equal(archsimd.BroadcastInt32x8(1))
	}
	return t
}

// store writes 8 vertices' components x, y, z as 24 interleaved floats to out.
func (t *interleave) store(out []float32, x, y, z archsimd.Float32x8) {
	out = out[:24:24]
	for r := 0; r < 3; r++ {
		p := t.perm[r]
		x.Permute(p).Merge(y.Permute(p).Merge(z.Permute(p), t.isY[r]), t.isX[r]).StoreSlice(out[8*r:])
	}
}

// gridNormals8x8 does vertex columns [0, full) of every row with 8-lane AVX-512 vectors.
func gridNormals8x8(dst []float32, h []float64, g, m int, inv2s float64, full int) {
	t := newInterleave()
	s, one := archsimd.BroadcastFloat64x8(inv2s), archsimd.BroadcastFloat64x8(1)
	sign := archsimd.BroadcastUint64x8(1 << 63)
	for j := 0; j <= m; j++ {
		row, up, down, out := normalRows(dst, h, g, m, j)
		for i := 0; i < full; i += 8 {
			dx := archsimd.LoadFloat64x8Slice(row[i+2:]).Sub(archsimd.LoadFloat64x8Slice(row[i:])).Mul(s)
			dz := archsimd.LoadFloat64x8Slice(down[i:]).Sub(archsimd.LoadFloat64x8Slice(up[i:])).Mul(s)
			inv := one.Div(dx.Mul(dx).Add(dz.Mul(dz)).Add(one).Sqrt())
			nx := dx.AsUint64x8().Xor(sign).AsFloat64x8().Mul(inv) // -dx * inv
			nz := dz.AsUint64x8().Xor(sign).AsFloat64x8().Mul(inv)
			t.store(out[3*i:], nx.ConvertToFloat32(), inv.ConvertToFloat32(), nz.ConvertToFloat32())
		}
	}
}

// gridNormals2x4 is gridNormals8x8 with two 4-lane AVX2 vectors per 8 vertices.
func gridNormals2x4(dst []float32, h []float64, g, m int, inv2s float64, full int) {
	t := newInterleave()
	s, one := archsimd.BroadcastFloat64x4(inv2s), archsimd.BroadcastFloat64x4(1)
	sign := archsimd.BroadcastUint64x4(1 << 63)
	normal4 := func(left, right, up, down []float64) (x, y, z archsimd.Float32x4) {
		dx := archsimd.LoadFloat64x4Slice(right).Sub(archsimd.LoadFloat64x4Slice(left)).Mul(s)
		dz := archsimd.LoadFloat64x4Slice(down).Sub(archsimd.LoadFloat64x4Slice(up)).Mul(s)
		inv := one.Div(dx.Mul(dx).Add(dz.Mul(dz)).Add(one).Sqrt())
		nx := dx.AsUint64x4().Xor(sign).AsFloat64x4().Mul(inv)
		nz := dz.AsUint64x4().Xor(sign).AsFloat64x4().Mul(inv)
		return nx.ConvertToFloat32(), inv.ConvertToFloat32(), nz.ConvertToFloat32()
	}
	for j := 0; j <= m; j++ {
		row, up, down, out := normalRows(dst, h, g, m, j)
		for i := 0; i < full; i += 8 {
			x0, y0, z0 := normal4(row[i:], row[i+2:], up[i:], down[i:])
			x1, y1, z1 := normal4(row[i+4:], row[i+6:], up[i+4:], down[i+4:])
			var x, y, z archsimd.Float32x8
			t.store(out[3*i:], x.SetLo(x0).SetHi(x1), y.SetLo(y0).SetHi(y1), z.SetLo(z0).SetHi(z1))
		}
	}
}
