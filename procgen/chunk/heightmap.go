package chunk

import (
	"errors"
	"fmt"
	"math"

	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/world"
)

// Heightmap is a heightmap chunk: (M+1)×(M+1) vertices, M = size/step, covering world
// x in [cx*size, (cx+1)*size] and z likewise. Generate fills it; the exported slices are
// its output, valid until the next Generate. Positions are local to the chunk origin
// (cx*size, 0, cz*size) so a MeshInstance3D placed there lines up.
//
// Vertex (i, j) (i along +x, j along +z) is vertex number j*(M+1)+i. Border vertices equal
// the neighbour's border vertices bit for bit at the same step: heights, normals (computed
// from an apron of one sample beyond the border), biome ids and colours are functions of
// world coordinates only.
type Heightmap struct {
	World  *world.World
	CX, CZ int32
	Size   int // quads per side at step 1 (WorldConfig.Chunk.Heightmap)
	Step   int // LOD step: sample every Step-th unit
	M      int // quads per side at this step
	Edits  []edit.Delta

	// Working grid with a one-sample apron: (M+3)×(M+3) samples, index (j+1)*(M+3)+(i+1)
	// for i, j in [-1, M+1].
	Heights []float64
	Biomes  []uint8 // nearest biome per grid sample
	climate climateGrid
	scratch world.GridScratch
	filter  world.FilterScratch

	// Outputs for Godot (ArrayMesh surface arrays). Skirt vertices follow the
	// (M+1)^2 grid vertices: 4 edges × (M+1) vertices, in the order z=0, z=M, x=0, x=M.
	Positions []float32 // xyz
	Normals   []float32 // xyz, unit
	Colors    []float32 // rgba
	UVs       []float32 // uv in [0,1] across the chunk
	// Weights are world.WeightSlots material blend weights per vertex (unorm8): the
	// biomes' surface materials, blended like their colours (Godot's CUSTOM0 and CUSTOM1).
	Weights []uint8
	Indices []int32 // triangles, clockwise seen from above (Godot front faces)
	// Vertices is the number of grid vertices (without skirts).
	Vertices int

	indexKey [2]int // (M, skirts) the index buffer was built for
}

// G is the width of the working grid (M+3).
func (c *Heightmap) G() int { return c.M + 3 }

// At returns the grid index of sample (i, j), i, j in [-1, M+1].
func (c *Heightmap) At(i, j int) int { return (j+1)*(c.M+3) + i + 1 }

// WorldXZ returns the world coordinates of sample (i, j), computed exactly from integers.
func (c *Heightmap) WorldXZ(i, j int) (x, z float64) {
	return float64(int64(c.CX)*int64(c.Size) + int64(i*c.Step)), float64(int64(c.CZ)*int64(c.Size) + int64(j*c.Step))
}

// ErrStep reports an LOD step that does not divide the chunk size.
var ErrStep = errors.New("chunk: step must be a power of two dividing the chunk size")

// grow returns s resliced to length n, reallocating (and keeping s's contents) only
// when its capacity is too small.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		t := make([]T, n)
		copy(t, s)
		return t
	}
	return s[:n]
}

// selectEdits copies into dst, in replay order, the edits touching [lo, hi].
func selectEdits(dst, src []edit.Delta, lo, hi [3]float64) []edit.Delta {
	dst = dst[:0]
	for i := range src {
		if src[i].Touches(lo, hi) {
			dst = append(dst, src[i])
		}
	}
	if !edit.Sorted(dst) {
		edit.Sort(dst)
	}
	return dst
}

// Generate fills c with chunk (cx, cz) of w at LOD step (1, 2, 4, ...), applying edits
// (any order; they are sorted by (Origin, Seq) into c's own buffer, and those not touching
// the chunk are skipped). Buffers are reused: in steady state Generate does not allocate.
func (c *Heightmap) Generate(w *world.World, cx, cz int32, step int, edits []edit.Delta) error {
	return c.generate(w, cx, cz, w.Config().Chunk.Heightmap, step, edits)
}

// MaxTileLevel bounds GenerateTile's level.
const MaxTileLevel = 8

// GenerateTile fills c with a far tile: a heightmap chunk 2^level chunks wide, at (tx, tz)
// in units of its own edge, covering world x in [tx*E, (tx+1)*E] with E = 2^level *
// WorldConfig.Chunk.Heightmap (z likewise), at LOD step step. Heights are the same
// function of world coordinates as every chunk's, so a tile is a coarse view of the chunks
// it covers. Level 0 is Generate.
func (c *Heightmap) GenerateTile(w *world.World, tx, tz int32, level, step int, edits []edit.Delta) error {
	if level < 0 || level > MaxTileLevel {
		return fmt.Errorf("chunk: tile level %d out of range [0,%d]", level, MaxTileLevel)
	}
	return c.generate(w, tx, tz, w.Config().Chunk.Heightmap<<level, step, edits)
}

func (c *Heightmap) generate(w *world.World, cx, cz int32, size, step int, edits []edit.Delta) error {
	if step < 1 || step&(step-1) != 0 || size%step != 0 {
		return fmt.Errorf("%w: step %d, size %d", ErrStep, step, size)
	}
	c.World, c.CX, c.CZ, c.Size, c.Step, c.M = w, cx, cz, size, step, size/step
	g := c.G()
	c.Heights = grow(c.Heights, g*g)
	clear(c.Heights) // a world without the height stage is flat, not the previous chunk
	c.Biomes = grow(c.Biomes, g*g)
	clear(c.Biomes)
	x0, z0 := c.WorldXZ(-1, -1)
	x1, z1 := c.WorldXZ(c.M+1, c.M+1)
	c.Edits = selectEdits(c.Edits, edits, [3]float64{x0, math.Inf(-1), z0}, [3]float64{x1, math.Inf(1), z1})
	nv := (c.M + 1) * (c.M + 1)
	c.Vertices = nv
	c.Positions, c.Normals, c.Colors, c.UVs, c.Indices = c.Positions[:0], c.Normals[:0], c.Colors[:0], c.UVs[:0], c.Indices[:0]
	c.Weights = c.Weights[:0]
	forEachEnabled(w, func(s Stage) { s.Heightmap(c) })
	return nil
}

// Bytes is the memory the outputs occupy, for cache accounting.
func (c *Heightmap) Bytes() int64 {
	return int64(4*(len(c.Positions)+len(c.Normals)+len(c.Colors)+len(c.UVs)+len(c.Indices)) + len(c.Weights))
}

// VertexHeight returns the height of vertex (i, j), i, j in [0, M].
func (c *Heightmap) VertexHeight(i, j int) float64 { return c.Heights[c.At(i, j)] }

// VertexBiome returns the biome id of vertex (i, j), i, j in [0, M].
func (c *Heightmap) VertexBiome(i, j int) uint8 { return c.Biomes[c.At(i, j)] }

// buildMesh writes positions, normals, UVs and indices (colors are written by the
// surface stage, or white here when it is off).
func (c *Heightmap) buildMesh() {
	m, step := c.M, c.Step
	n1 := m + 1
	skirt := c.World.Config().SkirtDepth
	total := n1 * n1
	if skirt > 0 {
		total += 4 * n1
	}
	c.Positions = grow(c.Positions, 3*total)
	c.Normals = grow(c.Normals, 3*total)
	c.UVs = grow(c.UVs, 2*total)
	if len(c.Colors) != 4*n1*n1 {
		c.Colors = grow(c.Colors, 4*n1*n1)
		for i := range c.Colors {
			c.Colors[i] = 1
		}
	}
	c.Colors = grow(c.Colors, 4*total)
	const ws = world.WeightSlots
	if len(c.Weights) != ws*n1*n1 {
		c.Weights = grow(c.Weights, ws*n1*n1)
		clear(c.Weights)
		for v := 0; v < n1*n1; v++ {
			c.Weights[ws*v+world.WeightSlot(c.World.BiomeMaterial(0))] = 255
		}
	}
	c.Weights = grow(c.Weights, ws*total)
	gridNormals(c.Normals, c.Heights, c.G(), m, 1/float64(2*step))
	invM := 1 / float32(m)
	for j := 0; j <= m; j++ {
		k := c.At(0, j)
		hs := c.Heights[k : k+n1]
		ps, uvs := c.Positions[3*j*n1:3*(j+1)*n1], c.UVs[2*j*n1:2*(j+1)*n1]
		z, v := float32(j*step), float32(j)*invM
		for i, y := range hs {
			p, uv := ps[3*i:3*i+3:3*i+3], uvs[2*i:2*i+2:2*i+2]
			p[0], p[1], p[2] = float32(i*step), float32(y), z
			uv[0], uv[1] = float32(i)*invM, v
		}
	}
	if skirt > 0 {
		drop := float32(skirt * float64(step))
		base := n1 * n1
		for e := 0; e < 4; e++ {
			for k := 0; k <= m; k++ {
				src := c.edgeVertex(e, k)
				dst := base + e*n1 + k
				copy(c.Positions[3*dst:3*dst+3], c.Positions[3*src:3*src+3])
				c.Positions[3*dst+1] -= drop
				copy(c.Normals[3*dst:3*dst+3], c.Normals[3*src:3*src+3])
				copy(c.Colors[4*dst:4*dst+4], c.Colors[4*src:4*src+4])
				copy(c.Weights[ws*dst:ws*dst+ws], c.Weights[ws*src:ws*src+ws])
				copy(c.UVs[2*dst:2*dst+2], c.UVs[2*src:2*src+2])
			}
		}
	}
	key := [2]int{m, total}
	if c.indexKey == key && len(c.Indices) > 0 {
		c.Indices = c.Indices[:cap(c.Indices)][:c.indexCount(skirt > 0)]
		return
	}
	c.indexKey = key
	c.Indices = c.Indices[:0]
	for j := 0; j < m; j++ {
		for i := 0; i < m; i++ {
			a := int32(j*n1 + i)
			b, cc, d := a+1, a+int32(n1), a+int32(n1)+1
			// Clockwise seen from +Y (Godot front face): a(x,z) -> b(x+1,z) -> d(x+1,z+1).
			c.Indices = append(c.Indices, a, b, d, a, d, cc)
		}
	}
	if skirt > 0 {
		base := n1 * n1
		for e := 0; e < 4; e++ {
			for k := 0; k < m; k++ {
				e0, e1 := int32(c.edgeVertex(e, k)), int32(c.edgeVertex(e, k+1))
				s0, s1 := int32(base+e*n1+k), int32(base+e*n1+k+1)
				if e == 0 || e == 3 { // z=0 and x=M walls face -z and +x
					c.Indices = append(c.Indices, e0, s0, e1, e1, s0, s1)
				} else { // z=M and x=0 walls face +z and -x
					c.Indices = append(c.Indices, e0, e1, s0, e1, s1, s0)
				}
			}
		}
	}
}

func (c *Heightmap) indexCount(skirts bool) int {
	n := 6 * c.M * c.M
	if skirts {
		n += 4 * 6 * c.M
	}
	return n
}

// edgeVertex returns the grid vertex number of the k-th vertex along edge e
// (0: z=0, 1: z=M, 2: x=0, 3: x=M), k increasing along +x or +z.
func (c *Heightmap) edgeVertex(e, k int) int {
	n1 := c.M + 1
	switch e {
	case 0:
		return k
	case 1:
		return c.M*n1 + k
	case 2:
		return k * n1
	default:
		return k*n1 + c.M
	}
}
