//go:build goexperiment.simd && amd64

package bindings

import (
	"simd/archsimd"

	"github.com/procgen-godot/procgen/procgen/simd"
)

// Lane tables for l-lane vectors loaded from three consecutive l-float blocks of xyz
// triples (l is 8 or 16, neither a multiple of 3): in lane p, component c of some vertex
// sits in exactly one of the three blocks, src[c][p]; blending the blocks by src[c] puts
// vertex v's component c in lane perm[c][v], which a permute brings to lane v. pairs
// interleaves two 16-lane vectors of 32-bit words a, b into a0 b0 a1 b1 ... (pairs[0]: the
// first 8 vertices, pairs[1]: the last 8). The tables are never written after init.
var (
	src8, perm8   = laneTables(8)
	src16, perm16 = laneTables(16)
	pairs         = pairTables()
)

func laneTables(l int) (src [3][16]int32, perm [3][16]uint32) {
	for c := 0; c < 3; c++ {
		for p := 0; p < l; p++ {
			for r := 0; r < 3; r++ {
				if (r*l+p)%3 == c {
					src[c][p] = int32(r)
				}
			}
			perm[c][p] = uint32((3*p + c) % l)
		}
	}
	return src, perm
}

func pairTables() (t [2][16]uint32) {
	for h := 0; h < 2; h++ {
		for k := 0; k < 8; k++ {
			t[h][2*k], t[h][2*k+1] = uint32(8*h+k), uint32(16+8*h+k)
		}
	}
	return t
}

// encodeNormalsVector is encodeNormalsScalar on 16 (AVX-512) or 8 (AVX2) normals at once.
// Each lane does encodeNormal's float32 operations in its order, with the same compares
// deciding its branches (ordered compares: false on NaN, as Go's), separate multiplies and
// adds, an IEEE division and a correctly rounded square root (which float32(math.Sqrt(...))
// of a float32 also is): the bytes equal the scalar path's for every input, NaNs included.
// The normals past the last full vector are done by the scalar code after the upper vector
// registers are cleared (Go's scalar float code is SSE, slow after dirty AVX state).
func encodeNormalsVector(dst []byte, normals []float32) {
	n := len(normals) / 3
	done := 0
	if simd.Wide() {
		done = encodeNormals16(dst, normals, n)
	} else {
		done = encodeNormals8(dst, normals, n)
	}
	archsimd.ClearAVXUpperBits()
	if done < n {
		encodeNormalsScalar(dst[8*done:], normals[3*done:3*n])
	}
}

// encodeNormals8 encodes the first n - n%8 normals with 8-lane AVX2 vectors and returns
// how many it encoded.
func encodeNormals8(dst []byte, normals []float32, n int) int {
	var sel [3][3]archsimd.Mask32x8
	var perm [3]archsimd.Uint32x8
	for c := 0; c < 3; c++ {
		s := archsimd.LoadInt32x8((*[8]int32)(src8[c][:8]))
		for r := 0; r < 3; r++ {
			sel[c][r] = s.Equal(archsimd.BroadcastInt32x8(int32(r)))
		}
		perm[c] = archsimd.LoadUint32x8((*[8]uint32)(perm8[c][:8]))
	}
	zero, one, half := archsimd.BroadcastFloat32x8(0), archsimd.BroadcastFloat32x8(1), archsimd.BroadcastFloat32x8(0.5)
	bias, flat := archsimd.BroadcastFloat32x8(float32(1)/32767), archsimd.BroadcastFloat32x8(1.0/1024)
	top := archsimd.BroadcastInt32x8(65535)
	full := n - n%8
	for i := 0; i < full; i += 8 {
		b := normals[3*i : 3*i+24 : 3*i+24]
		v0, v1, v2 := archsimd.LoadFloat32x8Slice(b), archsimd.LoadFloat32x8Slice(b[8:]), archsimd.LoadFloat32x8Slice(b[16:])
		x := v0.Merge(v1.Merge(v2, sel[0][1]), sel[0][0]).Permute(perm[0])
		y := v0.Merge(v1.Merge(v2, sel[1][1]), sel[1][0]).Permute(perm[1])
		z := v0.Merge(v1.Merge(v2, sel[2][1]), sel[2][0]).Permute(perm[2])
		ox, oy := octahedron8(x, y, z, zero, one, half)

		// TangentOf.
		tx, ty, tz := one.Sub(x.Mul(x)), neg8(x.Mul(y)), neg8(x.Mul(z))
		along := tx.Less(flat)
		tx = neg8(z.Mul(x)).Merge(tx, along)
		ty = neg8(z.Mul(y)).Merge(ty, along)
		tz = one.Sub(z.Mul(z)).Merge(tz, along)
		l := tx.Mul(tx).Add(ty.Mul(ty)).Add(tz.Mul(tz)).Sqrt()
		ex, ey := octahedron8(tx.Div(l), ty.Div(l), tz.Div(l), zero, one, half)
		ey = ey.Merge(bias, ey.Greater(bias)).Mul(half).Add(half)

		ux, uy := unorm16x8(ex, zero, top), unorm16x8(ey, zero, top)
		ux = top.Merge(ux, ux.Equal(archsimd.BroadcastInt32x8(0)).And(uy.Equal(top)))
		a := unorm16x8(ox, zero, top).AsUint32x8().Or(unorm16x8(oy, zero, top).AsUint32x8().ShiftAllLeft(16))
		t := ux.AsUint32x8().Or(uy.AsUint32x8().ShiftAllLeft(16))
		lo, hi := a.InterleaveLoGrouped(t), a.InterleaveHiGrouped(t)
		out := dst[8*i : 8*i+64 : 8*i+64]
		lo.Select128FromPair(0, 2, hi).AsUint8x32().StoreSlice(out)
		lo.Select128FromPair(1, 3, hi).AsUint8x32().StoreSlice(out[32:])
	}
	return full
}

// octahedron8 is octahedronEncode on 8 lanes.
func octahedron8(x, y, z, zero, one, half archsimd.Float32x8) (archsimd.Float32x8, archsimd.Float32x8) {
	sum := abs8(x).Add(abs8(y)).Add(abs8(z))
	x, y = x.Div(sum), y.Div(sum)
	minus := archsimd.BroadcastFloat32x8(-1)
	fx := one.Sub(abs8(y)).Mul(one.Merge(minus, x.GreaterEqual(zero)))
	fy := one.Sub(abs8(x)).Mul(one.Merge(minus, y.GreaterEqual(zero)))
	below := z.Less(zero)
	x, y = fx.Merge(x, below), fy.Merge(y, below)
	return x.Mul(half).Add(half), y.Mul(half).Add(half)
}

// unorm16x8 is unorm16 on 8 lanes: truncated where 0 < v*65535 <= 65535, 65535 above, 0
// otherwise (NaN included).
func unorm16x8(v, zero archsimd.Float32x8, top archsimd.Int32x8) archsimd.Int32x8 {
	p := v.Mul(archsimd.BroadcastFloat32x8(65535))
	return top.Merge(p.ConvertToInt32().Masked(p.Greater(zero)), p.Greater(archsimd.BroadcastFloat32x8(65535)))
}

func abs8(v archsimd.Float32x8) archsimd.Float32x8 {
	return v.AsUint32x8().And(archsimd.BroadcastUint32x8(1<<31 - 1)).AsFloat32x8()
}

func neg8(v archsimd.Float32x8) archsimd.Float32x8 {
	return v.AsUint32x8().Xor(archsimd.BroadcastUint32x8(1 << 31)).AsFloat32x8()
}

// encodeNormals16 is encodeNormals8 with 16-lane AVX-512 vectors.
func encodeNormals16(dst []byte, normals []float32, n int) int {
	var sel [3][3]archsimd.Mask32x16
	var perm [3]archsimd.Uint32x16
	for c := 0; c < 3; c++ {
		s := archsimd.LoadInt32x16(&src16[c])
		for r := 0; r < 3; r++ {
			sel[c][r] = s.Equal(archsimd.BroadcastInt32x16(int32(r)))
		}
		perm[c] = archsimd.LoadUint32x16(&perm16[c])
	}
	pair0, pair1 := archsimd.LoadUint32x16(&pairs[0]), archsimd.LoadUint32x16(&pairs[1])
	zero, one, half := archsimd.BroadcastFloat32x16(0), archsimd.BroadcastFloat32x16(1), archsimd.BroadcastFloat32x16(0.5)
	bias, flat := archsimd.BroadcastFloat32x16(float32(1)/32767), archsimd.BroadcastFloat32x16(1.0/1024)
	top := archsimd.BroadcastInt32x16(65535)
	full := n - n%16
	for i := 0; i < full; i += 16 {
		b := normals[3*i : 3*i+48 : 3*i+48]
		v0, v1, v2 := archsimd.LoadFloat32x16Slice(b), archsimd.LoadFloat32x16Slice(b[16:]), archsimd.LoadFloat32x16Slice(b[32:])
		x := v0.Merge(v1.Merge(v2, sel[0][1]), sel[0][0]).Permute(perm[0])
		y := v0.Merge(v1.Merge(v2, sel[1][1]), sel[1][0]).Permute(perm[1])
		z := v0.Merge(v1.Merge(v2, sel[2][1]), sel[2][0]).Permute(perm[2])
		ox, oy := octahedron16(x, y, z, zero, one, half)

		tx, ty, tz := one.Sub(x.Mul(x)), neg16(x.Mul(y)), neg16(x.Mul(z))
		along := tx.Less(flat)
		tx = neg16(z.Mul(x)).Merge(tx, along)
		ty = neg16(z.Mul(y)).Merge(ty, along)
		tz = one.Sub(z.Mul(z)).Merge(tz, along)
		l := tx.Mul(tx).Add(ty.Mul(ty)).Add(tz.Mul(tz)).Sqrt()
		ex, ey := octahedron16(tx.Div(l), ty.Div(l), tz.Div(l), zero, one, half)
		ey = ey.Merge(bias, ey.Greater(bias)).Mul(half).Add(half)

		ux, uy := unorm16x16(ex, zero, top), unorm16x16(ey, zero, top)
		ux = top.Merge(ux, ux.Equal(archsimd.BroadcastInt32x16(0)).And(uy.Equal(top)))
		a := unorm16x16(ox, zero, top).AsUint32x16().Or(unorm16x16(oy, zero, top).AsUint32x16().ShiftAllLeft(16))
		t := ux.AsUint32x16().Or(uy.AsUint32x16().ShiftAllLeft(16))
		out := dst[8*i : 8*i+128 : 8*i+128]
		a.ConcatPermute(t, pair0).AsUint8x64().StoreSlice(out)
		a.ConcatPermute(t, pair1).AsUint8x64().StoreSlice(out[64:])
	}
	return full
}

// octahedron16 is octahedronEncode on 16 lanes.
func octahedron16(x, y, z, zero, one, half archsimd.Float32x16) (archsimd.Float32x16, archsimd.Float32x16) {
	sum := abs16(x).Add(abs16(y)).Add(abs16(z))
	x, y = x.Div(sum), y.Div(sum)
	minus := archsimd.BroadcastFloat32x16(-1)
	fx := one.Sub(abs16(y)).Mul(one.Merge(minus, x.GreaterEqual(zero)))
	fy := one.Sub(abs16(x)).Mul(one.Merge(minus, y.GreaterEqual(zero)))
	below := z.Less(zero)
	x, y = fx.Merge(x, below), fy.Merge(y, below)
	return x.Mul(half).Add(half), y.Mul(half).Add(half)
}

// unorm16x16 is unorm16 on 16 lanes.
func unorm16x16(v, zero archsimd.Float32x16, top archsimd.Int32x16) archsimd.Int32x16 {
	p := v.Mul(archsimd.BroadcastFloat32x16(65535))
	return top.Merge(p.ConvertToInt32().Masked(p.Greater(zero)), p.Greater(archsimd.BroadcastFloat32x16(65535)))
}

func abs16(v archsimd.Float32x16) archsimd.Float32x16 {
	return v.AsUint32x16().And(archsimd.BroadcastUint32x16(1<<31 - 1)).AsFloat32x16()
}

func neg16(v archsimd.Float32x16) archsimd.Float32x16 {
	return v.AsUint32x16().Xor(archsimd.BroadcastUint32x16(1 << 31)).AsFloat32x16()
}
