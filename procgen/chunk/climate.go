package chunk

import "github.com/procgen-godot/procgen/procgen/world"

// Climate fields cached per lattice node (structure of arrays for cheap interpolation).
const (
	fieldT = iota
	fieldM
	fieldScale
	fieldShift
	fieldR
	fieldG
	fieldB
	fieldA
	fieldMat  // WeightSlots material weights follow
	numFields = fieldMat + world.WeightSlots
)

// climateGrid caches the climate lattice nodes covering a chunk's samples so each node
// is evaluated once per chunk, and the x-interpolation of every lattice row at every
// sample column, so a sample costs one lerp along z per field. The arithmetic is exactly
// world.Bilerp's (x first, then z) on the same node values, so results equal
// world.ClimateAt bit for bit.
type climateGrid struct {
	i0, k0 int64
	nx, nz int // lattice nodes
	cols   int // sample columns
	f      [numFields][]float64
	rows   [numFields][]float64 // rows[f][r*cols+c]: lattice row r lerped to sample column c
}

// fill evaluates the lattice covering sample columns x0 + c*step (c < cols) and world z in
// [z0, z1], then interpolates every lattice row to those columns.
func (g *climateGrid) fill(w *world.World, x0 int64, step, cols int, z0, z1 float64) {
	x1 := float64(x0 + int64((cols-1)*step))
	i0, k0, _, _ := world.ClimateCellOf(float64(x0), z0)
	i1, k1, _, _ := world.ClimateCellOf(x1, z1)
	g.i0, g.k0, g.cols = i0, k0, cols
	g.nx, g.nz = int(i1-i0)+2, int(k1-k0)+2
	for f := range g.f {
		g.f[f] = grow(g.f[f], g.nx*g.nz)
		g.rows[f] = grow(g.rows[f], g.nz*cols)
	}
	for k := 0; k < g.nz; k++ {
		for i := 0; i < g.nx; i++ {
			n := w.ClimateNode(i0+int64(i), k0+int64(k))
			o := k*g.nx + i
			g.f[fieldT][o], g.f[fieldM][o], g.f[fieldScale][o], g.f[fieldShift][o] = n.T, n.M, n.Scale, n.Shift
			g.f[fieldR][o], g.f[fieldG][o], g.f[fieldB][o], g.f[fieldA][o] = n.Color[0], n.Color[1], n.Color[2], n.Color[3]
			for q, v := range n.Mat {
				g.f[fieldMat+q][o] = v
			}
		}
	}
	for c := 0; c < cols; c++ {
		i, fx := world.ClimateAxis(float64(x0 + int64(c*step)))
		ci := int(i - i0)
		for f := range g.f {
			v, out := g.f[f], g.rows[f]
			for k := 0; k < g.nz; k++ {
				v00, v10 := v[k*g.nx+ci], v[k*g.nx+ci+1]
				out[k*cols+c] = v00 + float64((v10-v00)*fx) // as in world.Bilerp
			}
		}
	}
}

// rowAt locates world z: the offset of its lattice row in rows and the fraction.
func (g *climateGrid) rowAt(z float64) (int, float64) {
	k, fz := world.ClimateAxis(z)
	return int(k-g.k0) * g.cols, fz
}

// lerp finishes world.Bilerp for field f at sample column c, lattice row offset r.
func (g *climateGrid) lerp(f, r, c int, fz float64) float64 {
	v := g.rows[f]
	a, b := v[r+c], v[r+g.cols+c]
	return a + float64((b-a)*fz)
}

// biomeAndShape returns the nearest biome and the shaped height for base height h.
func (g *climateGrid) biomeAndShape(w *world.World, r, c int, fz, h float64) (uint8, float64) {
	cl := world.ClimateSample{T: g.lerp(fieldT, r, c, fz), M: g.lerp(fieldM, r, c, fz),
		Scale: g.lerp(fieldScale, r, c, fz), Shift: g.lerp(fieldShift, r, c, fz)}
	return w.NearestBiome(cl.T, cl.M), world.Shape(h, &cl)
}

// color returns the interpolated biome colour at sample column c, lattice row offset r.
func (g *climateGrid) color(r, c int, fz float64) [4]float32 {
	return [4]float32{float32(g.lerp(fieldR, r, c, fz)), float32(g.lerp(fieldG, r, c, fz)),
		float32(g.lerp(fieldB, r, c, fz)), float32(g.lerp(fieldA, r, c, fz))}
}

// weights writes the interpolated material weights at sample column c, lattice row offset
// r, as unorm8 (see Unorm8) into dst[:world.WeightSlots].
func (g *climateGrid) weights(r, c int, fz float64, dst []uint8) {
	for q := 0; q < world.WeightSlots; q++ {
		dst[q] = Unorm8(g.lerp(fieldMat+q, r, c, fz))
	}
}

// Unorm8 quantises v in [0, 1] to a byte (round to nearest, clamped): how vertex weights
// are stored, so that every platform stores the same bytes.
func Unorm8(v float64) uint8 {
	switch {
	case v >= 1:
		return 255
	case v > 0:
		return uint8(float64(v*255) + 0.5)
	}
	return 0
}
