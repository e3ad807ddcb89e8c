package noise

// OpenSimplex is Kurt Spencer's OpenSimplex noise (2014) in 2D and 3D, the default basis.
//
// Its values are bit for bit those of github.com/ojrac/opensimplex-go v1.0.2 (a port of
// Spencer's Java reference) built for amd64 without FMA (GOAMD64=v1), so worlds made with
// that library keep their terrain; TestOpenSimplexMatchesReference checks it over millions of
// points. Unlike the library, this code is deterministic on every architecture:
//
//   - Every product that feeds a sum or difference is wrapped in an explicit float64(...)
//     conversion. The Go spec lets arm64, ppc64le, s390x, riscv64 and amd64 v3 fuse x*y+z
//     into one FMA instruction (one rounding instead of two); an explicit conversion forbids
//     that, so each product is rounded on its own as on amd64 v1 and wasm.
//   - Sums are evaluated in the reference's order, left to right: floating-point addition is
//     not associative, so a vectorised version must keep this order per lane.
//   - Floors go through int64, whose conversion is defined for every coordinate a world can
//     name; the reference's int32(math.Floor) is not defined beyond ±2^31.
//
// Layout, for readers and for SIMD versions of it: a lattice vertex (xsv, ysv[, zsv]) hashes
// through perm to a gradient; grad2 and grad3 hold those gradients as float64, indexed by the
// last perm lookup's index, so a contribution is one table read, no branches on the gradient.
//
// An OpenSimplex is read-only after construction and safe for concurrent use.
type OpenSimplex struct {
	perm  [256]uint8
	grad2 [256][2]float64 // gradient of the 2D vertex whose hash index is i
	grad3 [256][3]float64 // gradient of the 3D vertex whose hash index is i
}

// The skew constants are the reference's decimal literals (not recomputed from sqrt), so
// that they round to the same float64 values.
const (
	osStretch2 = -0.211324865405187 // (1/sqrt(2+1)-1)/2
	osSquish2  = 0.366025403784439  // (sqrt(2+1)-1)/2
	osStretch3 = -1.0 / 6           // (1/sqrt(3+1)-1)/3
	osSquish3  = 1.0 / 3            // (sqrt(3+1)-1)/3
	osNorm2    = 47
	osNorm3    = 103
)

// osGradients2 are 8 directions toward the vertices of an octagon, as (x, y) pairs.
var osGradients2 = [16]int8{
	5, 2, 2, 5,
	-5, 2, -2, 5,
	5, -2, 2, -5,
	-5, -2, -2, -5,
}

// osGradients3 are 24 directions toward the vertices of a skewed rhombicuboctahedron.
var osGradients3 = [72]int8{
	-11, 4, 4, -4, 11, 4, -4, 4, 11,
	11, 4, 4, 4, 11, 4, 4, 4, 11,
	-11, -4, 4, -4, -11, 4, -4, -4, 11,
	11, -4, 4, 4, -11, 4, 4, -4, 11,
	-11, 4, -4, -4, 11, -4, -4, 4, -11,
	11, 4, -4, 4, 11, -4, 4, 4, -11,
	-11, -4, -4, -4, -11, -4, -4, -4, -11,
	11, -4, -4, 4, -11, -4, 4, -4, -11,
}

// NewOpenSimplex returns OpenSimplex noise for seed, equal to opensimplex.New(seed).
func NewOpenSimplex(seed int64) *OpenSimplex {
	n := &OpenSimplex{}
	var source [256]uint8
	for i := range source {
		source[i] = uint8(i)
	}
	// The reference's seeding: Knuth's MMIX linear congruential generator, three warm-up
	// steps, then a Fisher-Yates shuffle from the top (int64 arithmetic wraps in Go).
	lcg := func(s int64) int64 { return s*6364136223846793005 + 1442695040888963407 }
	seed = lcg(lcg(lcg(seed)))
	for i := int32(255); i >= 0; i-- {
		seed = lcg(seed)
		r := int32((seed + 31) % int64(i+1))
		if r < 0 {
			r += i + 1
		}
		n.perm[i] = source[r]
		source[r] = source[i]
	}
	for i, p := range n.perm {
		g := p & 0x0E
		n.grad2[i] = [2]float64{float64(osGradients2[g]), float64(osGradients2[g+1])}
		g = p % 24 * 3
		n.grad3[i] = [3]float64{float64(osGradients3[g]), float64(osGradients3[g+1]), float64(osGradients3[g+2])}
	}
	return n
}

// floor32 is int32(math.Floor(x)) wherever that is defined (|x| < 2^31), and wraps
// deterministically beyond it.
func floor32(x float64) int32 {
	i := int64(x)
	if x < float64(i) {
		i--
	}
	return int32(i)
}

// contrib2 is the contribution of the 2D lattice vertex (xsv, ysv) at offset (dx, dy):
// attn^4 * (gradient . offset) with attn = 2 - dx^2 - dy^2, or 0 outside its radius.
func (n *OpenSimplex) contrib2(xsv, ysv int32, dx, dy float64) float64 {
	attn := 2 - float64(dx*dx) - float64(dy*dy)
	if attn <= 0 {
		return 0
	}
	attn *= attn
	g := &n.grad2[(int32(n.perm[xsv&0xFF])+ysv)&0xFF]
	return float64(float64(attn*attn) * (float64(g[0]*dx) + float64(g[1]*dy)))
}

// Eval2 returns 2D OpenSimplex noise at (x, y), roughly in [-1, 1].
//
// The plane is skewed onto a lattice of rhombi made of two triangles. A point gets the
// contributions of its triangle's three vertices plus one extra vertex of the neighbouring
// triangle, summed in the order (1,0), (0,1), the triangle's own corner, the extra vertex.
func (n *OpenSimplex) Eval2(x, y float64) float64 {
	stretch := float64((x + y) * osStretch2)
	xs, ys := x+stretch, y+stretch
	xsb, ysb := floor32(xs), floor32(ys)
	squish := float64(float64(xsb+ysb) * osSquish2)
	xb, yb := float64(xsb)+squish, float64(ysb)+squish
	xins, yins := xs-float64(xsb), ys-float64(ysb)
	inSum := xins + yins
	dx0, dy0 := x-xb, y-yb

	value := 0.0 // contributions are added in the reference's order, one at a time
	value += n.contrib2(xsb+1, ysb, dx0-1-osSquish2, dy0-0-osSquish2)
	value += n.contrib2(xsb, ysb+1, dx0-0-osSquish2, dy0-1-osSquish2)

	var xe, ye int32 // the extra vertex and the point's offset from it
	var dxe, dye float64
	if inSum <= 1 { // triangle at (0,0)
		if zins := 1 - inSum; zins > xins || zins > yins {
			if xins > yins {
				xe, ye, dxe, dye = xsb+1, ysb-1, dx0-1, dy0+1
			} else {
				xe, ye, dxe, dye = xsb-1, ysb+1, dx0+1, dy0-1
			}
		} else {
			xe, ye, dxe, dye = xsb+1, ysb+1, dx0-1-2*osSquish2, dy0-1-2*osSquish2
		}
	} else { // triangle at (1,1): its own corner moves there
		if zins := 2 - inSum; zins < xins || zins < yins {
			if xins > yins {
				xe, ye, dxe, dye = xsb+2, ysb, dx0-2-2*osSquish2, dy0+0-2*osSquish2
			} else {
				xe, ye, dxe, dye = xsb, ysb+2, dx0+0-2*osSquish2, dy0-2-2*osSquish2
			}
		} else {
			xe, ye, dxe, dye = xsb, ysb, dx0, dy0
		}
		xsb, ysb = xsb+1, ysb+1
		dx0, dy0 = dx0-1-2*osSquish2, dy0-1-2*osSquish2
	}
	value += n.contrib2(xsb, ysb, dx0, dy0)
	value += n.contrib2(xe, ye, dxe, dye)
	return value / osNorm2
}

// Eval3 returns 3D OpenSimplex noise at (x, y, z), roughly in [-1, 1].
//
// Space is skewed onto a lattice of rhombohedra, each cut into a tetrahedron at (0,0,0), an
// octahedron, and a tetrahedron at (1,1,1). A point gets the contributions of its cell's
// vertices, then of two extra vertices chosen by which vertices it is closest to.
func (n *OpenSimplex) Eval3(x, y, z float64) float64 {
	stretch := float64((x + y + z) * osStretch3)
	xs, ys, zs := x+stretch, y+stretch, z+stretch
	xsb, ysb, zsb := floor32(xs), floor32(ys), floor32(zs)
	squish := float64(float64(xsb+ysb+zsb) * osSquish3)
	xb, yb, zb := float64(xsb)+squish, float64(ysb)+squish, float64(zsb)+squish
	xins, yins, zins := xs-float64(xsb), ys-float64(ysb), zs-float64(zsb)
	inSum := xins + yins + zins
	dx0, dy0, dz0 := x-xb, y-yb, z-zb

	// Contributions are added one at a time in the reference's order: the cell's own
	// vertices, then two extra ones.
	value := 0.0
	var e0, e1 vertex3
	switch {
	case inSum <= 1: // tetrahedron at (0,0,0)
		value = n.add3(value, attn3(dx0, dy0, dz0), xsb, ysb, zsb, dx0, dy0, dz0)
		value = n.tetraLow(value, xsb, ysb, zsb, dx0, dy0, dz0)
		e0, e1 = extrasLow(xsb, ysb, zsb, xins, yins, zins, inSum, dx0, dy0, dz0)
	case inSum >= 2: // tetrahedron at (1,1,1)
		value = n.tetraHigh(value, xsb, ysb, zsb, dx0, dy0, dz0)
		dx, dy, dz := dx0-1-3*osSquish3, dy0-1-3*osSquish3, dz0-1-3*osSquish3
		value = n.add3(value, attn3(dx, dy, dz), xsb+1, ysb+1, zsb+1, dx, dy, dz)
		e0, e1 = extrasHigh(xsb, ysb, zsb, xins, yins, zins, inSum, dx0, dy0, dz0)
	default: // octahedron between them
		value = n.tetraLow(value, xsb, ysb, zsb, dx0, dy0, dz0)
		value = n.tetraHigh(value, xsb, ysb, zsb, dx0, dy0, dz0)
		e0, e1 = extrasMid(xsb, ysb, zsb, xins, yins, zins, dx0, dy0, dz0)
	}
	value = n.add3(value, attn3(e0.dx, e0.dy, e0.dz), e0.x, e0.y, e0.z, e0.dx, e0.dy, e0.dz)
	value = n.add3(value, attn3(e1.dx, e1.dy, e1.dz), e1.x, e1.y, e1.z, e1.dx, e1.dy, e1.dz)
	return value / osNorm3
}

// vertex3 is a 3D lattice vertex and the point's offset from it.
type vertex3 struct {
	x, y, z    int32
	dx, dy, dz float64
}

// attn3 is the falloff base of a 3D vertex at offset (dx, dy, dz): 2 - |d|^2; the vertex
// contributes only where it is positive.
func attn3(dx, dy, dz float64) float64 {
	return 2 - float64(dx*dx) - float64(dy*dy) - float64(dz*dz)
}

// add3 returns v plus the contribution of the 3D lattice vertex (xsv, ysv, zsv) at offset
// (dx, dy, dz) with falloff base attn: attn^4 * (gradient . offset), nothing if attn <= 0.
// (attn is computed by the caller so that add3 stays small enough to be inlined.)
func (n *OpenSimplex) add3(v, attn float64, xsv, ysv, zsv int32, dx, dy, dz float64) float64 {
	if attn > 0 {
		attn *= attn
		g := &n.grad3[(int32(n.perm[(int32(n.perm[xsv&0xFF])+ysv)&0xFF])+zsv)&0xFF]
		v += float64(attn * attn * (float64(g[0]*dx) + float64(g[1]*dy) + float64(g[2]*dz)))
	}
	return v
}

// tetraLow adds the vertices (1,0,0), (0,1,0), (0,0,1) to v, in that order.
func (n *OpenSimplex) tetraLow(v float64, xsb, ysb, zsb int32, dx0, dy0, dz0 float64) float64 {
	dx1, dy1, dz1 := dx0-1-osSquish3, dy0-0-osSquish3, dz0-0-osSquish3
	dx2, dy2 := dx0-0-osSquish3, dy0-1-osSquish3
	dz3 := dz0 - 1 - osSquish3
	v = n.add3(v, attn3(dx1, dy1, dz1), xsb+1, ysb, zsb, dx1, dy1, dz1)
	v = n.add3(v, attn3(dx2, dy2, dz1), xsb, ysb+1, zsb, dx2, dy2, dz1)
	return n.add3(v, attn3(dx2, dy1, dz3), xsb, ysb, zsb+1, dx2, dy1, dz3)
}

// tetraHigh adds the vertices (1,1,0), (1,0,1), (0,1,1) to v, in that order.
func (n *OpenSimplex) tetraHigh(v float64, xsb, ysb, zsb int32, dx0, dy0, dz0 float64) float64 {
	dx3, dy3, dz3 := dx0-1-2*osSquish3, dy0-1-2*osSquish3, dz0-0-2*osSquish3
	dy2, dz2 := dy0-0-2*osSquish3, dz0-1-2*osSquish3
	dx1 := dx0 - 0 - 2*osSquish3
	v = n.add3(v, attn3(dx3, dy3, dz3), xsb+1, ysb+1, zsb, dx3, dy3, dz3)
	v = n.add3(v, attn3(dx3, dy2, dz2), xsb+1, ysb, zsb+1, dx3, dy2, dz2)
	return n.add3(v, attn3(dx1, dy3, dz2), xsb, ysb+1, zsb+1, dx1, dy3, dz2)
}

// extrasLow picks the two extra vertices for a point in the tetrahedron at (0,0,0).
// Vertices are named by bit masks: bit 0 x, bit 1 y, bit 2 z.
func extrasLow(xsb, ysb, zsb int32, xins, yins, zins, inSum, dx0, dy0, dz0 float64) (e0, e1 vertex3) {
	// The two closest of (1,0,0), (0,1,0), (0,0,1).
	aPoint, bPoint := byte(0x01), byte(0x02)
	aScore, bScore := xins, yins
	if aScore >= bScore && zins > bScore {
		bScore, bPoint = zins, 0x04
	} else if aScore < bScore && zins > aScore {
		aScore, aPoint = zins, 0x04
	}
	if wins := 1 - inSum; wins > aScore || wins > bScore {
		// (0,0,0) is one of the two closest vertices; the other is c.
		c := aPoint
		if bScore > aScore {
			c = bPoint
		}
		if c&0x01 == 0 {
			e0.x, e1.x, e0.dx, e1.dx = xsb-1, xsb, dx0+1, dx0
		} else {
			e0.x, e1.x, e0.dx, e1.dx = xsb+1, xsb+1, dx0-1, dx0-1
		}
		if c&0x02 == 0 {
			e0.y, e1.y, e0.dy, e1.dy = ysb, ysb, dy0, dy0
			if c&0x01 == 0 {
				e1.y, e1.dy = e1.y-1, e1.dy+1
			} else {
				e0.y, e0.dy = e0.y-1, e0.dy+1
			}
		} else {
			e0.y, e1.y, e0.dy, e1.dy = ysb+1, ysb+1, dy0-1, dy0-1
		}
		if c&0x04 == 0 {
			e0.z, e1.z, e0.dz, e1.dz = zsb, zsb-1, dz0, dz0+1
		} else {
			e0.z, e1.z, e0.dz, e1.dz = zsb+1, zsb+1, dz0-1, dz0-1
		}
		return e0, e1
	}
	// (0,0,0) is not one of the two closest: the extras follow from those two.
	c := aPoint | bPoint
	if c&0x01 == 0 {
		e0.x, e1.x, e0.dx, e1.dx = xsb, xsb-1, dx0-2*osSquish3, dx0+1-osSquish3
	} else {
		e0.x, e1.x, e0.dx, e1.dx = xsb+1, xsb+1, dx0-1-2*osSquish3, dx0-1-osSquish3
	}
	if c&0x02 == 0 {
		e0.y, e1.y, e0.dy, e1.dy = ysb, ysb-1, dy0-2*osSquish3, dy0+1-osSquish3
	} else {
		e0.y, e1.y, e0.dy, e1.dy = ysb+1, ysb+1, dy0-1-2*osSquish3, dy0-1-osSquish3
	}
	if c&0x04 == 0 {
		e0.z, e1.z, e0.dz, e1.dz = zsb, zsb-1, dz0-2*osSquish3, dz0+1-osSquish3
	} else {
		e0.z, e1.z, e0.dz, e1.dz = zsb+1, zsb+1, dz0-1-2*osSquish3, dz0-1-osSquish3
	}
	return e0, e1
}

// extrasHigh picks the two extra vertices for a point in the tetrahedron at (1,1,1).
func extrasHigh(xsb, ysb, zsb int32, xins, yins, zins, inSum, dx0, dy0, dz0 float64) (e0, e1 vertex3) {
	// The two closest of (1,1,0), (1,0,1), (0,1,1).
	aPoint, bPoint := byte(0x06), byte(0x05)
	aScore, bScore := xins, yins
	if aScore <= bScore && zins < bScore {
		bScore, bPoint = zins, 0x03
	} else if aScore > bScore && zins < aScore {
		aScore, aPoint = zins, 0x03
	}
	if wins := 3 - inSum; wins < aScore || wins < bScore {
		// (1,1,1) is one of the two closest vertices; the other is c.
		c := aPoint
		if bScore < aScore {
			c = bPoint
		}
		if c&0x01 != 0 {
			e0.x, e1.x, e0.dx, e1.dx = xsb+2, xsb+1, dx0-2-3*osSquish3, dx0-1-3*osSquish3
		} else {
			e0.x, e1.x, e0.dx, e1.dx = xsb, xsb, dx0-3*osSquish3, dx0-3*osSquish3
		}
		if c&0x02 != 0 {
			d := dy0 - 1 - 3*osSquish3
			e0.y, e1.y, e0.dy, e1.dy = ysb+1, ysb+1, d, d
			if c&0x01 != 0 {
				e1.y, e1.dy = e1.y+1, e1.dy-1
			} else {
				e0.y, e0.dy = e0.y+1, e0.dy-1
			}
		} else {
			e0.y, e1.y, e0.dy, e1.dy = ysb, ysb, dy0-3*osSquish3, dy0-3*osSquish3
		}
		if c&0x04 != 0 {
			e0.z, e1.z, e0.dz, e1.dz = zsb+1, zsb+2, dz0-1-3*osSquish3, dz0-2-3*osSquish3
		} else {
			e0.z, e1.z, e0.dz, e1.dz = zsb, zsb, dz0-3*osSquish3, dz0-3*osSquish3
		}
		return e0, e1
	}
	// (1,1,1) is not one of the two closest: the extras follow from those two.
	c := aPoint & bPoint
	if c&0x01 != 0 {
		e0.x, e1.x, e0.dx, e1.dx = xsb+1, xsb+2, dx0-1-osSquish3, dx0-2-2*osSquish3
	} else {
		e0.x, e1.x, e0.dx, e1.dx = xsb, xsb, dx0-osSquish3, dx0-2*osSquish3
	}
	if c&0x02 != 0 {
		e0.y, e1.y, e0.dy, e1.dy = ysb+1, ysb+2, dy0-1-osSquish3, dy0-2-2*osSquish3
	} else {
		e0.y, e1.y, e0.dy, e1.dy = ysb, ysb, dy0-osSquish3, dy0-2*osSquish3
	}
	if c&0x04 != 0 {
		e0.z, e1.z, e0.dz, e1.dz = zsb+1, zsb+2, dz0-1-osSquish3, dz0-2-2*osSquish3
	} else {
		e0.z, e1.z, e0.dz, e1.dz = zsb, zsb, dz0-osSquish3, dz0-2*osSquish3
	}
	return e0, e1
}

// extrasMid picks the two extra vertices for a point in the octahedron between the two
// tetrahedra.
func extrasMid(xsb, ysb, zsb int32, xins, yins, zins, dx0, dy0, dz0 float64) (e0, e1 vertex3) {
	var aScore, bScore float64
	var aPoint, bPoint byte
	var aFar, bFar bool // on the (1,1,1) side
	// (0,0,1) or (1,1,0)?
	if p1 := xins + yins; p1 > 1 {
		aScore, aPoint, aFar = p1-1, 0x03, true
	} else {
		aScore, aPoint, aFar = 1-p1, 0x04, false
	}
	// (0,1,0) or (1,0,1)?
	if p2 := xins + zins; p2 > 1 {
		bScore, bPoint, bFar = p2-1, 0x05, true
	} else {
		bScore, bPoint, bFar = 1-p2, 0x02, false
	}
	// The closer of (1,0,0) and (0,1,1) replaces the farther of the two above, if closer.
	if p3 := yins + zins; p3 > 1 {
		score := p3 - 1
		if aScore <= bScore && aScore < score {
			aPoint, aFar = 0x06, true
		} else if aScore > bScore && bScore < score {
			bPoint, bFar = 0x06, true
		}
	} else {
		score := 1 - p3
		if aScore <= bScore && aScore < score {
			aPoint, aFar = 0x01, false
		} else if aScore > bScore && bScore < score {
			bPoint, bFar = 0x01, false
		}
	}

	switch {
	case aFar && bFar: // (1,1,1), and a vertex along the shared axis
		e0 = vertex3{xsb + 1, ysb + 1, zsb + 1, dx0 - 1 - 3*osSquish3, dy0 - 1 - 3*osSquish3, dz0 - 1 - 3*osSquish3}
		switch c := aPoint & bPoint; {
		case c&0x01 != 0:
			e1 = vertex3{xsb + 2, ysb, zsb, dx0 - 2 - 2*osSquish3, dy0 - 2*osSquish3, dz0 - 2*osSquish3}
		case c&0x02 != 0:
			e1 = vertex3{xsb, ysb + 2, zsb, dx0 - 2*osSquish3, dy0 - 2 - 2*osSquish3, dz0 - 2*osSquish3}
		default:
			e1 = vertex3{xsb, ysb, zsb + 2, dx0 - 2*osSquish3, dy0 - 2*osSquish3, dz0 - 2 - 2*osSquish3}
		}
	case !aFar && !bFar: // (0,0,0), and a vertex opposite the omitted axis
		e0 = vertex3{xsb, ysb, zsb, dx0, dy0, dz0}
		e1 = minusOneOnOmitted(xsb, ysb, zsb, dx0, dy0, dz0, aPoint|bPoint)
	default: // a permutation of (1,1,-1), and one of (0,0,2)
		c1, c2 := bPoint, aPoint
		if aFar {
			c1, c2 = aPoint, bPoint
		}
		e0 = minusOneOnOmitted(xsb, ysb, zsb, dx0, dy0, dz0, c1)
		e1 = vertex3{xsb, ysb, zsb, dx0 - 2*osSquish3, dy0 - 2*osSquish3, dz0 - 2*osSquish3}
		// Subtracted after the squish, as in the reference: the rounding differs otherwise.
		switch {
		case c2&0x01 != 0:
			e1.x, e1.dx = e1.x+2, e1.dx-2
		case c2&0x02 != 0:
			e1.y, e1.dy = e1.y+2, e1.dy-2
		default:
			e1.z, e1.dz = e1.z+2, e1.dz-2
		}
	}
	return e0, e1
}

// minusOneOnOmitted returns the permutation of (1,1,-1) whose -1 is on the first axis that
// mask c lacks (x, then y, else z).
func minusOneOnOmitted(xsb, ysb, zsb int32, dx0, dy0, dz0 float64, c byte) vertex3 {
	switch {
	case c&0x01 == 0:
		return vertex3{xsb - 1, ysb + 1, zsb + 1, dx0 + 1 - osSquish3, dy0 - 1 - osSquish3, dz0 - 1 - osSquish3}
	case c&0x02 == 0:
		return vertex3{xsb + 1, ysb - 1, zsb + 1, dx0 - 1 - osSquish3, dy0 + 1 - osSquish3, dz0 - 1 - osSquish3}
	default:
		return vertex3{xsb + 1, ysb + 1, zsb - 1, dx0 - 1 - osSquish3, dy0 - 1 - osSquish3, dz0 + 1 - osSquish3}
	}
}
