//go:build goexperiment.simd && amd64

package bindings

import (
	"math"
	"simd/archsimd"

	"github.com/procgen-godot/procgen/procgen/simd"
)

// putPositionsVector is putPositions' copy and bounds on 16 (AVX-512) or 8 (AVX2) floats at
// once: three vectors cover 16 or 8 whole vertices, so lane p of the r-th accumulator always
// holds axis (r·lanes + p) mod 3. ok is false, and the bounds are for the caller to
// recompute, when a coordinate is NaN or infinite (caught by summing v·0) or a bound is
// zero (whose sign depends on the order of the comparisons).
func putPositionsVector(dst []byte, pos []float32) (lo, hi [3]float32, ok bool) {
	n := len(pos) / 3
	var mins, maxs [3][16]float32
	var bad [16]float32
	var negz [16]int32
	lanes, done := 8, 0
	if simd.Wide() {
		lanes = 16
		done = 16 * (n / 16)
		if done > 0 {
			zero := archsimd.BroadcastFloat32x16(0)
			var l, h [3]archsimd.Float32x16
			for r := range 3 {
				l[r] = archsimd.LoadFloat32x16Slice(pos[16*r:])
				h[r] = l[r]
			}
			nan, nz, minus0 := zero, archsimd.BroadcastInt32x16(0), archsimd.BroadcastInt32x16(-1<<31)
			for i := 0; i < 3*done; i += 48 {
				b, d := pos[i:i+48:i+48], dst[4*i:4*i+192:4*i+192]
				for r := range 3 {
					v := archsimd.LoadFloat32x16Slice(b[16*r:])
					v.AsUint8x64().StoreSlice(d[64*r:])
					l[r], h[r] = l[r].Min(v), h[r].Max(v)
					nan = nan.Add(v.Mul(zero))
					nz = nz.Or(v.AsInt32x16().Equal(minus0).ToInt32x16())
				}
			}
			nz.Store(&negz)
			for r := range 3 {
				l[r].Store(&mins[r])
				h[r].Store(&maxs[r])
			}
			nan.Store(&bad)
		}
	} else {
		done = 8 * (n / 8)
		if done > 0 {
			zero := archsimd.BroadcastFloat32x8(0)
			var l, h [3]archsimd.Float32x8
			for r := range 3 {
				l[r] = archsimd.LoadFloat32x8Slice(pos[8*r:])
				h[r] = l[r]
			}
			nan, nz, minus0 := zero, archsimd.BroadcastInt32x8(0), archsimd.BroadcastInt32x8(-1<<31)
			for i := 0; i < 3*done; i += 24 {
				b, d := pos[i:i+24:i+24], dst[4*i:4*i+96:4*i+96]
				for r := range 3 {
					v := archsimd.LoadFloat32x8Slice(b[8*r:])
					v.AsUint8x32().StoreSlice(d[32*r:])
					l[r], h[r] = l[r].Min(v), h[r].Max(v)
					nan = nan.Add(v.Mul(zero))
					nz = nz.Or(v.AsInt32x8().Equal(minus0).ToInt32x8())
				}
			}
			nz.Store((*[8]int32)(negz[:8]))
			for r := range 3 {
				l[r].Store((*[8]float32)(mins[r][:8]))
				h[r].Store((*[8]float32)(maxs[r][:8]))
			}
			nan.Store((*[8]float32)(bad[:8]))
		}
	}
	archsimd.ClearAVXUpperBits()
	putFloats(dst, pos[:3*n], 3*done)
	if done == 0 {
		return lo, hi, false
	}
	for _, v := range bad[:lanes] {
		if v != 0 {
			return lo, hi, false // NaN (or an infinity, which v·0 made NaN)
		}
	}
	lo, hi = [3]float32{pos[0], pos[1], pos[2]}, [3]float32{pos[0], pos[1], pos[2]}
	for r := range 3 {
		for p := 0; p < lanes; p++ {
			a := (r*lanes + p) % 3
			lo[a], hi[a] = min32(lo[a], mins[r][p]), max32(hi[a], maxs[r][p])
		}
	}
	for i := 3 * done; i+2 < 3*n; i += 3 {
		q := pos[i : i+3 : i+3]
		lo[0], lo[1], lo[2] = min32(lo[0], q[0]), min32(lo[1], q[1]), min32(lo[2], q[2])
		hi[0], hi[1], hi[2] = max32(hi[0], q[0]), max32(hi[1], q[1]), max32(hi[2], q[2])
	}
	minusZero := false
	for _, v := range negz {
		minusZero = minusZero || v != 0
	}
	for _, v := range pos[3*done : 3*n] {
		minusZero = minusZero || math.Float32bits(v) == 1<<31
	}
	for a := range 3 {
		if lo[a] != lo[a] || hi[a] != hi[a] || (minusZero && (lo[a] == 0 || hi[a] == 0)) {
			return lo, hi, false // a NaN in the tail, or a zero bound of unknown sign
		}
	}
	return lo, hi, true
}

// putIndices16Vector is putIndices16 on 16 indices at once: AVX-512 truncates each to 16
// bits, AVX2 packs pairs of 8-lane vectors with unsigned saturation (the same bytes for the
// indices below 65536 the encoder accepts); both keep the unsigned maximum.
func putIndices16Vector(dst []byte, idx []int32) uint32 {
	done := len(idx) - len(idx)%16
	var tops [16]uint32
	if simd.Wide() {
		var top archsimd.Uint32x16
		for i := 0; i < done; i += 16 {
			v := archsimd.LoadInt32x16Slice(idx[i : i+16 : i+16]).AsUint32x16()
			top = top.Max(v)
			v.TruncateToUint16().AsUint8x32().StoreSlice(dst[2*i : 2*i+32 : 2*i+32])
		}
		top.Store(&tops)
	} else {
		var top archsimd.Uint32x8
		for i := 0; i < done; i += 16 {
			a, b := archsimd.LoadInt32x8Slice(idx[i:i+8:i+8]), archsimd.LoadInt32x8Slice(idx[i+8:i+16:i+16])
			top = top.Max(a.AsUint32x8()).Max(b.AsUint32x8())
			// Groups [a0-3 b0-3] and [a4-7 b4-7] pack to [a0-3 a4-7] and [b0-3 b4-7].
			lo, hi := a.Select128FromPair(0, 2, b), a.Select128FromPair(1, 3, b)
			lo.SaturateToUint16ConcatGrouped(hi).AsUint8x32().StoreSlice(dst[2*i : 2*i+32 : 2*i+32])
		}
		top.Store((*[8]uint32)(tops[:8]))
	}
	archsimd.ClearAVXUpperBits()
	m := putIndices16Scalar(dst, idx, done)
	for _, t := range tops {
		m = max(m, t)
	}
	return m
}

// packColorsVector is packColors on 2 colours at once, in 8 (AVX-512) or two times 4 (AVX2)
// float64 lanes: each channel's product with 255 is exact in float64 as in unorm8, is
// replaced by 0 unless above 0 (NaN included) and by 255 when above 255, then truncated.
func packColorsVector(dst []uint32, colors []float32) {
	done := len(dst) - len(dst)%2
	var ch [8]int32
	if simd.Wide() {
		zero, top := archsimd.BroadcastFloat64x8(0), archsimd.BroadcastFloat64x8(255)
		for i := 0; i < done; i += 2 {
			p := archsimd.LoadFloat32x8Slice(colors[4*i : 4*i+8 : 4*i+8]).ConvertToFloat64().Mul(top)
			q := p.Merge(zero, p.Greater(zero))
			top.Merge(q, p.Greater(top)).ConvertToInt32().Store(&ch)
			dst[i] = uint32(ch[0]) | uint32(ch[1])<<8 | uint32(ch[2])<<16 | uint32(ch[3])<<24
			dst[i+1] = uint32(ch[4]) | uint32(ch[5])<<8 | uint32(ch[6])<<16 | uint32(ch[7])<<24
		}
	} else {
		zero, top := archsimd.BroadcastFloat64x4(0), archsimd.BroadcastFloat64x4(255)
		for i := 0; i < done; i += 2 {
			for k := range 2 {
				p := archsimd.LoadFloat32x4Slice(colors[4*(i+k) : 4*(i+k)+4 : 4*(i+k)+4]).ConvertToFloat64().Mul(top)
				q := p.Merge(zero, p.Greater(zero))
				top.Merge(q, p.Greater(top)).ConvertToInt32().Store((*[4]int32)(ch[4*k : 4*k+4]))
			}
			dst[i] = uint32(ch[0]) | uint32(ch[1])<<8 | uint32(ch[2])<<16 | uint32(ch[3])<<24
			dst[i+1] = uint32(ch[4]) | uint32(ch[5])<<8 | uint32(ch[6])<<16 | uint32(ch[7])<<24
		}
	}
	archsimd.ClearAVXUpperBits()
	packColorsScalar(dst, colors, done)
}
