package chunk

import (
	"math"

	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/world"
)

// Voxel is a voxel chunk of N³ voxels at (cx, cy, cz), N = WorldConfig.Chunk.Voxel.
// Density (positive = solid) and material are sampled at the integer world points
// chunk*N + a - 1 for a in [0, S), S = N+2: the chunk's N+1 corner points per axis plus a
// one-sample apron on the low side, which is exactly what surface nets needs so that the
// cells shared with a neighbour are computed from the same samples, bit for bit.
//
// The mesh (surface nets) owns the sign-change edges whose low end lies in [0, N) per axis
// (relative to the chunk origin), so neighbouring meshes meet without gaps or overlap.
// Vertex positions are local to the chunk origin and quantised to 1/65536 so that the
// shared vertices of neighbours are exact in float32 and coincide in world space.
type Voxel struct {
	World      *world.World
	CX, CY, CZ int32
	N, S       int
	Edits      []edit.Delta

	Heights  []float64 // S×S column heights, index z*S+x
	Biomes   []uint8   // S×S nearest biome per column
	climate  climateGrid
	scratch  world.GridScratch
	filter   world.FilterScratch
	Density  []float64 // S³ samples, index (y*S+z)*S+x
	Material []uint8   // S³ material ids

	// Mesh outputs (Godot surface arrays). Triangles are clockwise seen from the empty side.
	Positions []float32
	Normals   []float32
	Colors    []float32
	// Weights are world.WeightSlots material weights per vertex (unorm8): the materials of
	// the cell's solid corners, weighted by their density (Godot's CUSTOM0 and CUSTOM1).
	Weights []uint8
	Indices []int32

	cell    []int32 // (S-1)³ cell vertex index (valid for cells with a sign change only)
	rowSign []int8  // per (y, z) sample row: +1 all solid, -1 all empty, 0 mixed
}

func (c *Voxel) coord(axis int) int32 {
	switch axis {
	case 0:
		return c.CX
	case 1:
		return c.CY
	}
	return c.CZ
}

// worldCoord returns the world coordinate of sample index a along axis (0 x, 1 y, 2 z).
func (c *Voxel) worldCoord(axis, a int) float64 {
	return float64(int64(c.coord(axis))*int64(c.N) + int64(a) - 1)
}

// Index returns the sample index of (x, y, z) sample indices.
func (c *Voxel) Index(x, y, z int) int { return (y*c.S+z)*c.S + x }

// Generate fills c with chunk (cx, cy, cz) of w, applying edits (any order; sorted into
// c's own buffer). Buffers are reused between calls.
func (c *Voxel) Generate(w *world.World, cx, cy, cz int32, edits []edit.Delta) error {
	n := w.Config().Chunk.Voxel
	c.World, c.CX, c.CY, c.CZ, c.N, c.S = w, cx, cy, cz, n, n+2
	s := c.S
	c.Heights = grow(c.Heights, s*s)
	clear(c.Heights)
	c.Biomes = grow(c.Biomes, s*s)
	clear(c.Biomes)
	c.Density = grow(c.Density, s*s*s)
	clear(c.Density)
	c.Material = grow(c.Material, s*s*s)
	clear(c.Material)
	lo := [3]float64{c.worldCoord(0, 0), c.worldCoord(1, 0), c.worldCoord(2, 0)}
	hi := [3]float64{c.worldCoord(0, s-1), c.worldCoord(1, s-1), c.worldCoord(2, s-1)}
	c.Edits = selectEdits(c.Edits, edits, lo, hi)
	c.Positions, c.Normals, c.Colors, c.Indices = c.Positions[:0], c.Normals[:0], c.Colors[:0], c.Indices[:0]
	c.Weights = c.Weights[:0]
	forEachEnabled(w, func(st Stage) { st.Voxel(c) })
	return nil
}

// Bytes is the memory the mesh outputs occupy, for cache accounting.
func (c *Voxel) Bytes() int64 {
	return int64(4*(len(c.Positions)+len(c.Normals)+len(c.Colors)+len(c.Indices))) + int64(len(c.Weights)) + int64(9*len(c.Density))
}

func (c *Voxel) fillDensity() {
	w, s := c.World, c.S
	for b := 0; b < s; b++ {
		y := c.worldCoord(1, b)
		for j := 0; j < s; j++ {
			z := c.worldCoord(2, j)
			k := c.Index(0, b, j)
			for i := 0; i < s; i++ {
				c.Density[k+i] = w.Density(c.worldCoord(0, i), y, z, c.Heights[j*s+i])
			}
		}
	}
}

func (c *Voxel) carve() {
	w, s := c.World, c.S
	for b := 0; b < s; b++ {
		y := c.worldCoord(1, b)
		for j := 0; j < s; j++ {
			z := c.worldCoord(2, j)
			k := c.Index(0, b, j)
			for i := 0; i < s; i++ {
				c.Density[k+i] = w.Carve(c.worldCoord(0, i), y, z, c.Heights[j*s+i], c.Density[k+i])
			}
		}
	}
}

func (c *Voxel) materials() {
	w, s := c.World, c.S
	for b := 0; b < s; b++ {
		y := c.worldCoord(1, b)
		for j := 0; j < s; j++ {
			k := c.Index(0, b, j)
			for i := 0; i < s; i++ {
				col := j*s + i
				c.Material[k+i] = w.SurfaceMaterial(y, c.Heights[col], c.Biomes[col])
			}
		}
	}
}

func (c *Voxel) applyEdits() {
	s := c.S
	for e := range c.Edits {
		d := &c.Edits[e]
		if d.Kind.Column() {
			continue
		}
		lo, hi := d.Bounds()
		i0, i1 := span(c.worldCoord(0, 0), 1, 0, s-1, lo[0], hi[0])
		b0, b1 := span(c.worldCoord(1, 0), 1, 0, s-1, lo[1], hi[1])
		j0, j1 := span(c.worldCoord(2, 0), 1, 0, s-1, lo[2], hi[2])
		for b := b0; b <= b1; b++ {
			y := c.worldCoord(1, b)
			for j := j0; j <= j1; j++ {
				z := c.worldCoord(2, j)
				for i := i0; i <= i1; i++ {
					k := c.Index(i, b, j)
					c.Density[k], c.Material[k] = d.ApplyVoxel(c.worldCoord(0, i), y, z, c.Density[k], c.Material[k])
				}
			}
		}
	}
}

// cube edges as corner pairs; corner k has offsets (k&1, k>>1&1, k>>2&1) in (x, y, z).
var cubeEdges = [12][2]uint8{
	{0, 1}, {2, 3}, {4, 5}, {6, 7}, // along x
	{0, 2}, {1, 3}, {4, 6}, {5, 7}, // along y
	{0, 4}, {1, 5}, {2, 6}, {3, 7}, // along z
}

const quant = 65536.0

// quantize rounds f to a multiple of 1/quant. The compiler turns the division by a power of
// two into a multiplication, which callers' sums could then fuse into an FMA on arm64 and
// others: the explicit float64 conversion keeps the result rounded on its own.
func quantize(f float64) float64 { return float64(math.Round(f*quant) / quant) }

// mesh runs surface nets: one vertex per cell with a sign change, at the mean of its
// edge crossings; one quad per sign-changing edge owned by the chunk.
func (c *Voxel) mesh() {
	s := c.S
	cs := s - 1
	c.cell = grow(c.cell, cs*cs*cs)
	d := c.Density
	ys, zs := s*s, s
	var off [8]int
	for k := range off {
		off[k] = (k & 1) + (k>>1&1)*ys + (k>>2&1)*zs
	}
	// Row signs let whole rows of uniform cells and edges be skipped: only cells with a
	// sign change get vertices, and only those are ever referenced by quads.
	c.rowSign = grow(c.rowSign, s*s)
	for y := 0; y < s; y++ {
		for z := 0; z < s; z++ {
			row := d[c.Index(0, y, z) : c.Index(0, y, z)+s]
			pos, neg := false, false
			for _, v := range row {
				if v > 0 {
					pos = true
				} else {
					neg = true
				}
			}
			switch {
			case pos && neg:
				c.rowSign[y*s+z] = 0
			case pos:
				c.rowSign[y*s+z] = 1
			default:
				c.rowSign[y*s+z] = -1
			}
		}
	}
	rs := c.rowSign
	nv := int32(0)
	for cy := 0; cy < cs; cy++ {
		for cz := 0; cz < cs; cz++ {
			if r := rs[cy*s+cz]; r != 0 && r == rs[(cy+1)*s+cz] && r == rs[cy*s+cz+1] && r == rs[(cy+1)*s+cz+1] {
				continue // every cell in this row is uniform
			}
			for cx := 0; cx < cs; cx++ {
				ci := (cy*cs+cz)*cs + cx
				base := c.Index(cx, cy, cz)
				var v [8]float64
				mask := 0
				for k := 0; k < 8; k++ {
					v[k] = d[base+off[k]]
					if v[k] > 0 {
						mask |= 1 << k
					}
				}
				if mask == 0 || mask == 255 {
					c.cell[ci] = -1
					continue
				}
				var px, py, pz float64
				cnt := 0
				for _, e := range cubeEdges {
					a, b := v[e[0]], v[e[1]]
					if (a > 0) == (b > 0) {
						continue
					}
					t := a / (a - b)
					ax, ay, az := float64(e[0]&1), float64(e[0]>>1&1), float64(e[0]>>2&1)
					bx, by, bz := float64(e[1]&1), float64(e[1]>>1&1), float64(e[1]>>2&1)
					// Explicit conversions: no FMA fusion.
					px += ax + float64(t*(bx-ax))
					py += ay + float64(t*(by-ay))
					pz += az + float64(t*(bz-az))
					cnt++
				}
				inv := 1 / float64(cnt)
				fx, fy, fz := quantize(float64(px*inv)), quantize(float64(py*inv)), quantize(float64(pz*inv))
				// Gradient of the trilinear interpolant at (fx, fy, fz).
				gx := float64((1-fy)*(1-fz)*(v[1]-v[0])) + float64(fy*(1-fz)*(v[3]-v[2])) +
					float64((1-fy)*fz*(v[5]-v[4])) + float64(fy*fz*(v[7]-v[6]))
				gy := float64((1-fx)*(1-fz)*(v[2]-v[0])) + float64(fx*(1-fz)*(v[3]-v[1])) +
					float64((1-fx)*fz*(v[6]-v[4])) + float64(fx*fz*(v[7]-v[5]))
				gz := float64((1-fx)*(1-fy)*(v[4]-v[0])) + float64(fx*(1-fy)*(v[5]-v[1])) +
					float64((1-fx)*fy*(v[6]-v[2])) + float64(fx*fy*(v[7]-v[3]))
				gl := math.Sqrt(float64(gx*gx) + float64(gy*gy) + float64(gz*gz))
				nx, ny, nz := 0.0, 1.0, 0.0
				if gl > 0 {
					nx, ny, nz = -gx/gl, -gy/gl, -gz/gl
				}
				col, wts := c.blend(base, &off, &v, mask)
				c.Positions = append(c.Positions, float32(float64(cx-1)+fx), float32(float64(cy-1)+fy), float32(float64(cz-1)+fz))
				c.Normals = append(c.Normals, float32(nx), float32(ny), float32(nz))
				c.Colors = append(c.Colors, col[:]...)
				c.Weights = append(c.Weights, wts[:]...)
				c.cell[ci] = nv
				nv++
			}
		}
	}
	cellAt := func(x, y, z int) int32 { return c.cell[(y*cs+z)*cs+x] }
	for y := 1; y < s-1; y++ {
		for z := 1; z < s-1; z++ {
			if r := rs[y*s+z]; r != 0 && r == rs[(y+1)*s+z] && r == rs[y*s+z+1] {
				continue // no sign change on any edge starting in this row
			}
			for x := 1; x < s-1; x++ {
				p := c.Index(x, y, z)
				solid := d[p] > 0
				// Edge along x: surrounding cells in (y, z).
				if (d[p+1] > 0) != solid {
					c.quad(cellAt(x, y-1, z-1), cellAt(x, y, z-1), cellAt(x, y, z), cellAt(x, y-1, z), solid)
				}
				// Edge along y: surrounding cells in (z, x).
				if (d[p+ys] > 0) != solid {
					c.quad(cellAt(x-1, y, z-1), cellAt(x-1, y, z), cellAt(x, y, z), cellAt(x, y, z-1), solid)
				}
				// Edge along z: surrounding cells in (x, y).
				if (d[p+zs] > 0) != solid {
					c.quad(cellAt(x-1, y-1, z), cellAt(x, y-1, z), cellAt(x, y, z), cellAt(x-1, y, z), solid)
				}
			}
		}
	}
}

// blend returns the colour and material weights of the vertex of the cell at sample index
// base (corner densities v, solid-corner mask): the materials of its solid corners, each
// weighted by its density up to 1, so materials meet in a soft border that follows the
// density field instead of flipping from one voxel level to the next.
func (c *Voxel) blend(base int, off *[8]int, v *[8]float64, mask int) ([4]float32, [world.WeightSlots]uint8) {
	var acc [world.WeightSlots]float64
	var col [4]float64
	sum := 0.0
	for k := 0; k < 8; k++ {
		if mask&(1<<k) == 0 {
			continue
		}
		wk := min(v[k], 1)
		mat := c.Material[base+off[k]]
		mc := c.World.MaterialColor(mat)
		for q := range col {
			col[q] += float64(wk * float64(mc[q]))
		}
		acc[world.WeightSlot(mat)] += wk
		sum += wk
	}
	var out [4]float32
	var wts [world.WeightSlots]uint8
	for q := range col {
		out[q] = float32(col[q] / sum)
	}
	for q := range acc {
		wts[q] = Unorm8(acc[q] / sum)
	}
	return out, wts
}

// quad emits two triangles over cells c0..c3 (cyclic around an edge whose positive
// direction the order (c0, c1, c2) turns counter-clockwise about). When the low end of
// the edge is solid the surface faces the positive direction and the order is reversed,
// so that triangles are clockwise seen from the empty side (Godot front faces).
func (c *Voxel) quad(c0, c1, c2, c3 int32, lowSolid bool) {
	if lowSolid {
		c.Indices = append(c.Indices, c0, c2, c1, c0, c3, c2)
	} else {
		c.Indices = append(c.Indices, c0, c1, c2, c0, c2, c3)
	}
}
