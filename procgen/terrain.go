package procgen

import (
	"github.com/procgen-godot/procgen/procgen/noise"
	"github.com/procgen-godot/procgen/procgen/world"
)

// DefaultHeightNoise is the fBm of the default world's single height layer: five octaves,
// one cycle per 256 units.
var DefaultHeightNoise = noise.FBMParams{Octaves: 5, Frequency: 1.0 / 256, Lacunarity: 2, Gain: 0.5}

// DefaultAmplitude is the height, in world units, of a noise value of 1 in the default
// world's height layer (before biome shaping).
const DefaultAmplitude = 48.0

// Terrain samples terrain height for one seed. It is safe for concurrent use.
// It is a thin wrapper over the default world (world.Default(seed)).
type Terrain struct {
	w *world.World
}

// NewTerrain returns the default terrain for seed.
func NewTerrain(seed int64) *Terrain {
	w, err := world.New(world.Default(seed))
	if err != nil {
		panic(err) // the default config is valid; a failure here is a programming error.
	}
	return &Terrain{w: w}
}

// NewTerrainFor returns the terrain of a compiled world.
func NewTerrainFor(w *world.World) *Terrain { return &Terrain{w: w} }

// World returns the compiled world the terrain samples.
func (t *Terrain) World() *world.World { return t.w }

// Height returns the terrain height (before edits) at world position (x, z). It equals
// the heights of generated heightmap chunks at their vertices, bit for bit.
func (t *Terrain) Height(x, z float64) float64 {
	return t.w.SurfaceHeight(x, z)
}
