package chunk

import "github.com/procgen-godot/procgen/procgen/world"

// climateGrid caches the climate lattice nodes covering a chunk's samples so each node
// is evaluated once per chunk; climateAt then equals world.Climate bit for bit.
type climateGrid struct {
	i0, k0 int64
	nx, nz int
	t, m   []float64
}

// fill covers world x in [x0, x1] and z in [z0, z1].
func (g *climateGrid) fill(w *world.World, x0, z0, x1, z1 float64) {
	i0, k0, _, _ := world.ClimateCellOf(x0, z0)
	i1, k1, _, _ := world.ClimateCellOf(x1, z1)
	g.i0, g.k0 = i0, k0
	g.nx, g.nz = int(i1-i0)+2, int(k1-k0)+2
	g.t = grow(g.t, g.nx*g.nz)
	g.m = grow(g.m, g.nx*g.nz)
	for k := 0; k < g.nz; k++ {
		for i := 0; i < g.nx; i++ {
			g.t[k*g.nx+i], g.m[k*g.nx+i] = w.ClimateNode(i0+int64(i), k0+int64(k))
		}
	}
}

func (g *climateGrid) at(x, z float64) (t, m float64) {
	i, k, fx, fz := world.ClimateCellOf(x, z)
	o := int(k-g.k0)*g.nx + int(i-g.i0)
	n := g.nx
	return world.Bilerp(g.t[o], g.t[o+1], g.t[o+n], g.t[o+n+1], fx, fz),
		world.Bilerp(g.m[o], g.m[o+1], g.m[o+n], g.m[o+n+1], fx, fz)
}
