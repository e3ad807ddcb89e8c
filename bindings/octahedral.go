package bindings

import (
	"encoding/binary"
	"math"

	"github.com/procgen-godot/procgen/procgen/simd"
)

// encodeNormals writes, for each xyz normal, Godot's compressed normal and tangent: the
// normal's octahedral encoding and its TangentOf's (binormal sign +1), as four
// little-endian unorm16 (8 bytes per vertex). Where this build and CPU have vector kernels
// (procgen/simd) 8 or 16 normals at a time go through lanes doing encodeNormal's
// operations in its order: the bytes are the same on every path.
func encodeNormals(dst []byte, normals []float32) {
	if simd.Enabled() {
		encodeNormalsVector(dst, normals)
		return
	}
	encodeNormalsScalar(dst, normals)
}

// encodeNormalsScalar is encodeNormals one normal at a time.
func encodeNormalsScalar(dst []byte, normals []float32) {
	n := len(normals) / 3
	dst, normals = dst[:8*n], normals[:3*n]
	for i := 0; i < n; i++ {
		q := normals[3*i : 3*i+3 : 3*i+3]
		binary.LittleEndian.PutUint64(dst[8*i:], encodeNormal(q[0], q[1], q[2]))
	}
}

// encodeNormal is one vertex's 8 bytes of encodeNormals as a little-endian uint64.
func encodeNormal(x, y, z float32) uint64 {
	ox, oy := octahedronEncode(x, y, z)
	tx, ty := tangentEncode(TangentOf(x, y, z))
	ux, uy := unorm16(tx), unorm16(ty)
	if ux == 0 && uy == 65535 {
		ux = 65535 // Godot's sanitising: (0,1) and (1,1) decode alike
	}
	return uint64(unorm16(ox)) | uint64(unorm16(oy))<<16 | uint64(ux)<<32 | uint64(uy)<<48
}

// octahedronEncode maps a direction to the unit square as Godot's Vector3.octahedron_encode
// does, in float32 step by step (explicit conversions keep Go from fusing operations).
func octahedronEncode(x, y, z float32) (float32, float32) {
	sum := float32(float32(abs32(x)+abs32(y)) + abs32(z))
	// z/sum has z's sign (but for a z among the three smallest denormals, which underflows
	// to -0), and is NaN only when z is 0 too: that division is not needed.
	x, y = x/sum, y/sum
	if z < 0 {
		x, y = float32(1-abs32(y))*sign32(x), float32(1-abs32(x))*sign32(y)
	}
	return float32(x*0.5) + 0.5, float32(y*0.5) + 0.5
}

// tangentEncode is Godot's Vector3.octahedron_tangent_encode with a positive binormal sign.
func tangentEncode(x, y, z float32) (float32, float32) {
	const bias = float32(1) / 32767
	ex, ey := octahedronEncode(x, y, z)
	return ex, float32(max32(ey, bias)*0.5) + 0.5
}

// TangentOf is the unit tangent ProcGen gives a vertex with unit normal (x, y, z): the +x
// axis, which heightmap uvs follow, projected onto the surface (or the +z axis where the
// surface faces along x). Its binormal sign is +1. Unlike Godot's default for arrays
// without tangents (an arbitrary direction per vertex), it varies smoothly across a
// terrain, as normal-mapped materials need.
func TangentOf(x, y, z float32) (float32, float32, float32) {
	// X - n(n·X) = (1 - x², -xy, -xz); Z - n(n·Z) = (-zx, -zy, 1 - z²).
	tx, ty, tz := 1-float32(x*x), -float32(x*y), -float32(x*z)
	if tx < 1.0/1024 {
		tx, ty, tz = -float32(z*x), -float32(z*y), 1-float32(z*z)
	}
	l := float32(math.Sqrt(float64(float32(float32(tx*tx)+float32(ty*ty)) + float32(tz*tz))))
	return tx / l, ty / l, tz / l
}

// unorm16 is Godot's (uint16_t)CLAMP(v * 65535, 0, 65535).
func unorm16(v float32) uint16 {
	p := float32(v * 65535)
	switch {
	case p > 65535:
		return 65535
	case p > 0:
		return uint16(p)
	}
	return 0 // also NaN
}

func abs32(v float32) float32 { return math.Float32frombits(math.Float32bits(v) &^ (1 << 31)) }

// sign32 is Godot's (v >= 0 ? 1 : -1).
func sign32(v float32) float32 {
	if v >= 0 {
		return 1
	}
	return -1
}
