// Package procgen generates worlds deterministically in pure Go: no cgo, no engine types.
package procgen

import (
	"github.com/procgen-godot/procgen/procgen/noise"
)

// DefaultHeightNoise is the fBm used by NewTerrain: five octaves, one cycle per 256 units.
var DefaultHeightNoise = noise.FBMParams{Octaves: 5, Frequency: 1.0 / 256, Lacunarity: 2, Gain: 0.5}

// DefaultAmplitude is the height, in world units, of a noise value of 1.
const DefaultAmplitude = 48.0

// Terrain samples terrain height for one seed. It is safe for concurrent use.
type Terrain struct {
	fbm *noise.FBM
	amp float64
}

// NewTerrain returns the default terrain for seed.
func NewTerrain(seed int64) *Terrain {
	f, err := noise.NewFBM(seed, DefaultHeightNoise)
	if err != nil {
		panic(err) // DefaultHeightNoise is valid; a failure here is a programming error.
	}
	return &Terrain{fbm: f, amp: DefaultAmplitude}
}

// Height returns the terrain height at world position (x, z).
func (t *Terrain) Height(x, z float64) float64 {
	return float64(t.amp * t.fbm.Eval2(x, z))
}
