package chunk

import (
	"math"

	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/world"
)

// Built-in stage orders, spaced so plug-ins can slot in between.
const (
	OrderHeight      = 100
	OrderBiomes      = 200
	OrderHeightEdits = 300
	OrderDensity     = 400
	OrderCaves       = 500
	OrderSurface     = 600
	OrderEdits       = 700
	OrderMesh        = 900
)

// NopStage can be embedded by stages that implement only one chunk kind.
type NopStage struct{}

// Heightmap does nothing.
func (NopStage) Heightmap(*Heightmap) {}

// Voxel does nothing.
func (NopStage) Voxel(*Voxel) {}

// heightStage: base height (sum of noise layers) on the 2D grid.
type heightStage struct{}

func (heightStage) Name() string { return world.StageHeight }
func (heightStage) Order() int   { return OrderHeight }
func (heightStage) Heightmap(c *Heightmap) {
	w := c.World
	for j := -1; j <= c.M+1; j++ {
		k := c.At(-1, j)
		for i := -1; i <= c.M+1; i++ {
			x, z := c.WorldXZ(i, j)
			c.Heights[k] = w.BaseHeight(x, z)
			k++
		}
	}
}
func (heightStage) Voxel(c *Voxel) {
	w := c.World
	s := c.S
	for j := 0; j < s; j++ {
		for i := 0; i < s; i++ {
			x, z := c.worldCoord(0, i), c.worldCoord(2, j)
			c.Heights[j*s+i] = w.BaseHeight(x, z)
		}
	}
}

// biomeStage: climate -> biome weights, nearest biome id, blended height shaping.
type biomeStage struct{}

func (biomeStage) Name() string { return world.StageBiomes }
func (biomeStage) Order() int   { return OrderBiomes }
func (biomeStage) Heightmap(c *Heightmap) {
	w := c.World
	nb := w.NumBiomes()
	x0, z0 := c.WorldXZ(-1, -1)
	x1, z1 := c.WorldXZ(c.M+1, c.M+1)
	c.climate.fill(w, x0, z0, x1, z1)
	for j := -1; j <= c.M+1; j++ {
		k := c.At(-1, j)
		for i := -1; i <= c.M+1; i++ {
			x, z := c.WorldXZ(i, j)
			t, m := c.climate.at(x, z)
			wt := c.weights[k*nb : (k+1)*nb]
			c.Biomes[k] = w.BiomeWeights(t, m, wt)
			c.Heights[k] = w.Shape(c.Heights[k], wt)
			k++
		}
	}
}
func (biomeStage) Voxel(c *Voxel) {
	w := c.World
	nb := w.NumBiomes()
	s := c.S
	c.climate.fill(w, c.worldCoord(0, 0), c.worldCoord(2, 0), c.worldCoord(0, s-1), c.worldCoord(2, s-1))
	for j := 0; j < s; j++ {
		for i := 0; i < s; i++ {
			x, z := c.worldCoord(0, i), c.worldCoord(2, j)
			t, m := c.climate.at(x, z)
			k := j*s + i
			wt := c.weights[:nb]
			c.Biomes[k] = w.BiomeWeights(t, m, wt)
			c.Heights[k] = w.Shape(c.Heights[k], wt)
		}
	}
}

// span returns the index range [a, b] of samples at world positions origin+idx*step
// (idx in [lo, hi]) that lie within [min, max]; a > b when none.
func span(origin float64, step, lo, hi int, min, max float64) (int, int) {
	a := int(math.Ceil((min - origin) / float64(step)))
	b := int(math.Floor((max - origin) / float64(step)))
	return maxInt(a, lo), minInt(b, hi)
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// heightEditStage: raise/lower/flatten, in replay order, pointwise in world coordinates.
type heightEditStage struct{}

func (heightEditStage) Name() string { return world.StageHeightEdits }
func (heightEditStage) Order() int   { return OrderHeightEdits }
func (heightEditStage) Heightmap(c *Heightmap) {
	ox, oz := c.WorldXZ(0, 0)
	for e := range c.Edits {
		d := &c.Edits[e]
		if !d.Kind.Column() {
			continue
		}
		lo, hi := d.Bounds()
		i0, i1 := span(ox, c.Step, -1, c.M+1, lo[0], hi[0])
		j0, j1 := span(oz, c.Step, -1, c.M+1, lo[2], hi[2])
		for j := j0; j <= j1; j++ {
			for i := i0; i <= i1; i++ {
				x, z := c.WorldXZ(i, j)
				k := c.At(i, j)
				c.Heights[k] = d.ApplyHeight(x, z, c.Heights[k])
			}
		}
	}
}
func (heightEditStage) Voxel(c *Voxel) {
	o := c.worldCoord(0, 0)
	oz := c.worldCoord(2, 0)
	for e := range c.Edits {
		d := &c.Edits[e]
		if !d.Kind.Column() {
			continue
		}
		lo, hi := d.Bounds()
		i0, i1 := span(o, 1, 0, c.S-1, lo[0], hi[0])
		j0, j1 := span(oz, 1, 0, c.S-1, lo[2], hi[2])
		for j := j0; j <= j1; j++ {
			for i := i0; i <= i1; i++ {
				k := j*c.S + i
				c.Heights[k] = d.ApplyHeight(c.worldCoord(0, i), c.worldCoord(2, j), c.Heights[k])
			}
		}
	}
}

// densityStage: voxel density from the (edited) height field plus overhang noise.
type densityStage struct{ NopStage }

func (densityStage) Name() string   { return world.StageDensity }
func (densityStage) Order() int     { return OrderDensity }
func (densityStage) Voxel(c *Voxel) { c.fillDensity() }

// caveStage: carve caves with 3D noise.
type caveStage struct{ NopStage }

func (caveStage) Name() string   { return world.StageCaves }
func (caveStage) Order() int     { return OrderCaves }
func (caveStage) Voxel(c *Voxel) { c.carve() }

// surfaceStage: vertex colours from blended biome colours (heightmap); materials by
// depth and biome (voxel).
type surfaceStage struct{}

func (surfaceStage) Name() string { return world.StageSurface }
func (surfaceStage) Order() int   { return OrderSurface }
func (surfaceStage) Heightmap(c *Heightmap) {
	w := c.World
	n1 := c.M + 1
	nb := w.NumBiomes()
	c.Colors = grow(c.Colors, 4*n1*n1)
	biomes := w.StageEnabled(world.StageBiomes)
	def := w.Config().Biomes[0].Color
	for j := 0; j <= c.M; j++ {
		for i := 0; i <= c.M; i++ {
			k := c.At(i, j)
			col := def
			if biomes {
				col = w.BiomeColor(c.weights[k*nb : (k+1)*nb])
			}
			copy(c.Colors[4*(j*n1+i):], col[:])
		}
	}
}
func (surfaceStage) Voxel(c *Voxel) { c.materials() }

// editStage: density edits and paint (voxel), paint (heightmap), in replay order.
type editStage struct{}

func (editStage) Name() string { return world.StageEdits }
func (editStage) Order() int   { return OrderEdits }
func (editStage) Heightmap(c *Heightmap) {
	if len(c.Colors) == 0 {
		return // nothing to paint without the surface stage
	}
	n1 := c.M + 1
	for e := range c.Edits {
		d := &c.Edits[e]
		if d.Kind != edit.Paint {
			continue
		}
		col := c.World.MaterialColor(d.Material)
		for j := 0; j <= c.M; j++ {
			for i := 0; i <= c.M; i++ {
				x, z := c.WorldXZ(i, j)
				if _, ok := d.PaintAt(x, c.VertexHeight(i, j), z); ok {
					copy(c.Colors[4*(j*n1+i):], col[:])
				}
			}
		}
	}
}
func (editStage) Voxel(c *Voxel) { c.applyEdits() }

// meshStage: heightmap grid mesh with skirts; voxel surface nets.
type meshStage struct{}

func (meshStage) Name() string           { return world.StageMesh }
func (meshStage) Order() int             { return OrderMesh }
func (meshStage) Heightmap(c *Heightmap) { c.buildMesh() }
func (meshStage) Voxel(c *Voxel)         { c.mesh() }
