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
	g := c.G()
	x0 := int64(c.CX)*int64(c.Size) - int64(c.Step)
	z0 := int64(c.CZ)*int64(c.Size) - int64(c.Step)
	c.World.BaseHeightGrid(x0, z0, c.Step, g, g, c.Heights, &c.scratch)
}
func (heightStage) Voxel(c *Voxel) {
	x0 := int64(c.CX)*int64(c.N) - 1
	z0 := int64(c.CZ)*int64(c.N) - 1
	c.World.BaseHeightGrid(x0, z0, 1, c.S, c.S, c.Heights, &c.scratch)
}

// biomeStage: climate -> biome weights, nearest biome id, blended height shaping.
type biomeStage struct{}

func (biomeStage) Name() string { return world.StageBiomes }
func (biomeStage) Order() int   { return OrderBiomes }
func (biomeStage) Heightmap(c *Heightmap) {
	w := c.World
	_, z0 := c.WorldXZ(-1, -1)
	_, z1 := c.WorldXZ(c.M+1, c.M+1)
	x0 := int64(c.CX)*int64(c.Size) - int64(c.Step)
	c.climate.fill(w, x0, c.Step, c.G(), z0, z1)
	for j := -1; j <= c.M+1; j++ {
		k := c.At(-1, j)
		_, z := c.WorldXZ(0, j)
		r, fz := c.climate.rowAt(z)
		for col := 0; col < c.G(); col++ {
			c.Biomes[k], c.Heights[k] = c.climate.biomeAndShape(w, r, col, fz, c.Heights[k])
			k++
		}
	}
}
func (biomeStage) Voxel(c *Voxel) {
	w := c.World
	s := c.S
	c.climate.fill(w, int64(c.CX)*int64(c.N)-1, 1, s, c.worldCoord(2, 0), c.worldCoord(2, s-1))
	for j := 0; j < s; j++ {
		r, fz := c.climate.rowAt(c.worldCoord(2, j))
		for i := 0; i < s; i++ {
			k := j*s + i
			c.Biomes[k], c.Heights[k] = c.climate.biomeAndShape(w, r, i, fz, c.Heights[k])
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
	c.Colors = grow(c.Colors, 4*n1*n1)
	const ws = world.WeightSlots
	c.Weights = grow(c.Weights, ws*n1*n1)
	biomes := w.StageEnabled(world.StageBiomes)
	def := w.Config().Biomes[0].Color
	var defW [ws]uint8
	defW[world.WeightSlot(w.BiomeMaterial(0))] = 255
	for j := 0; j <= c.M; j++ {
		_, z := c.WorldXZ(0, j)
		r, fz := 0, 0.0
		if biomes {
			r, fz = c.climate.rowAt(z)
		}
		for i := 0; i <= c.M; i++ {
			col := def
			v := j*n1 + i
			if biomes {
				col = c.climate.color(r, i+1, fz) // sample column i+1 is vertex column i
				c.climate.weights(r, i+1, fz, c.Weights[ws*v:ws*v+ws])
			} else {
				copy(c.Weights[ws*v:ws*v+ws], defW[:])
			}
			copy(c.Colors[4*v:], col[:])
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
		const ws = world.WeightSlots
		var wt [ws]uint8
		wt[world.WeightSlot(d.Material)] = 255
		for j := 0; j <= c.M; j++ {
			for i := 0; i <= c.M; i++ {
				x, z := c.WorldXZ(i, j)
				if _, ok := d.PaintAt(x, c.VertexHeight(i, j), z); ok {
					v := j*n1 + i
					copy(c.Colors[4*v:], col[:])
					if len(c.Weights) >= ws*(v+1) {
						copy(c.Weights[ws*v:], wt[:])
					}
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
