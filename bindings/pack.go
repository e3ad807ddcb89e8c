package bindings

import (
	"encoding/binary"
	"math"

	"github.com/procgen-godot/procgen/procgen/simd"
)

// putPositions writes xyz positions to dst as little-endian float32 (12 bytes a vertex) and
// returns their bounding box corners as Godot computes them: per axis, lo = min32(lo, v) and
// hi = max32(hi, v) over the vertices in order from the first. With vector kernels
// (procgen/simd) the copy and the bounds take 8 or 16 floats at a time; their bounds are the
// scalar ones whenever no coordinate is NaN or infinite and no bound is zero (then equal
// values have equal bits, so the order of the comparisons cannot show), and otherwise are
// recomputed by the scalar loop.
func putPositions(dst []byte, pos []float32) (lo, hi [3]float32) {
	if simd.Enabled() {
		if lo, hi, ok := putPositionsVector(dst, pos); ok {
			return lo, hi
		}
		return positionBounds(pos)
	}
	n := len(pos) / 3
	dst, pos = dst[:12*n], pos[:3*n]
	lx, ly, lz := pos[0], pos[1], pos[2]
	hx, hy, hz := lx, ly, lz
	for i := 0; i < n; i++ {
		x, y, z := pos[3*i], pos[3*i+1], pos[3*i+2]
		d := dst[12*i : 12*i+12 : 12*i+12]
		binary.LittleEndian.PutUint32(d[0:], math.Float32bits(x))
		binary.LittleEndian.PutUint32(d[4:], math.Float32bits(y))
		binary.LittleEndian.PutUint32(d[8:], math.Float32bits(z))
		lx, ly, lz = min32(lx, x), min32(ly, y), min32(lz, z)
		hx, hy, hz = max32(hx, x), max32(hy, y), max32(hz, z)
	}
	return [3]float32{lx, ly, lz}, [3]float32{hx, hy, hz}
}

// putFloats writes f[i0:] to dst[4*i0:] as little-endian float32.
func putFloats(dst []byte, f []float32, i0 int) {
	dst = dst[:4*len(f)]
	for i := i0; i < len(f); i++ {
		binary.LittleEndian.PutUint32(dst[4*i:], math.Float32bits(f[i]))
	}
}

// positionBounds is putPositions' bounding box, one vertex at a time.
func positionBounds(pos []float32) (lo, hi [3]float32) {
	lo = [3]float32{pos[0], pos[1], pos[2]}
	hi = lo
	for i := 0; i+2 < len(pos); i += 3 {
		p := pos[i : i+3 : i+3]
		lo[0], lo[1], lo[2] = min32(lo[0], p[0]), min32(lo[1], p[1]), min32(lo[2], p[2])
		hi[0], hi[1], hi[2] = max32(hi[0], p[0]), max32(hi[1], p[1]), max32(hi[2], p[2])
	}
	return lo, hi
}

// putIndices16 writes idx to dst as little-endian uint16 and returns the largest index as a
// uint32 (a negative index counts as larger than any vertex count): the caller refuses the
// surface when it is not below the vertex count, so out-of-range indices, whose bytes the
// paths may write differently, never leave the encoder.
func putIndices16(dst []byte, idx []int32) uint32 {
	if simd.Enabled() {
		return putIndices16Vector(dst, idx)
	}
	return putIndices16Scalar(dst, idx, 0)
}

// putIndices16Scalar is putIndices16 one index at a time, from index i0 on, returning the
// largest of them.
func putIndices16Scalar(dst []byte, idx []int32, i0 int) uint32 {
	dst = dst[:2*len(idx)]
	var top uint32
	for i := i0; i < len(idx); i++ {
		v := uint32(idx[i])
		binary.LittleEndian.PutUint16(dst[2*i:], uint16(v))
		top = max(top, v)
	}
	return top
}

// putIndices32 writes idx to dst as little-endian uint32 and returns the largest index as a
// uint32, like putIndices16.
func putIndices32(dst []byte, idx []int32) uint32 {
	dst = dst[:4*len(idx)]
	var top uint32
	for i, v := range idx {
		binary.LittleEndian.PutUint32(dst[4*i:], uint32(v))
		top = max(top, uint32(v))
	}
	return top
}

// packColors converts rgba float colours to RGBA8 (unorm8 each, red in the low byte), one
// uint32 a colour. With vector kernels (procgen/simd) 2 colours go through float64 lanes
// doing unorm8's operations: the same exact product and comparisons, and the truncation.
func packColors(dst []uint32, colors []float32) {
	if simd.Enabled() {
		packColorsVector(dst, colors)
		return
	}
	packColorsScalar(dst, colors, 0)
}

// packColorsScalar is packColors one colour at a time, from colour i0 on.
func packColorsScalar(dst []uint32, colors []float32, i0 int) {
	colors = colors[:4*len(dst)]
	for i := i0; i < len(dst); i++ {
		c := colors[4*i : 4*i+4 : 4*i+4]
		dst[i] = uint32(unorm8(c[0])) | uint32(unorm8(c[1]))<<8 | uint32(unorm8(c[2]))<<16 | uint32(unorm8(c[3]))<<24
	}
}
