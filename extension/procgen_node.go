// Package extension holds the Godot-facing classes of ProcGen. It converts between engine
// calls and the pure-Go packages procgen and storage; no generation logic lives here.
package extension

import (
	"fmt"
	"math"

	"graphics.gd/classdb"
	"graphics.gd/classdb/Engine"
	"graphics.gd/classdb/Node3D"

	"github.com/procgen-godot/procgen/procgen"
)

// Version is the library version reported to GDScript by ProcGen.get_version().
const Version = "0.1.0"

// ProcGen is the main node: a procedurally generated world rooted at this Node3D.
type ProcGen struct {
	Node3D.Extension[ProcGen] `gd:"ProcGen"`

	// Seed selects the world; changing it changes every height.
	Seed int `gd:"seed"`

	terrain     *procgen.Terrain
	terrainSeed int
}

// Register makes every class of this package known to Godot. Call it from the library's main.
func Register() {
	classdb.Register[ProcGen](map[string]string{
		"get_height":  "Returns the terrain height at world position (x, z). Non-finite arguments push an error and return 0.0.",
		"get_version": "Returns the version of the ProcGen library.",
		"seed":        "The world seed. Two ProcGen nodes with the same seed produce identical terrain.",
	})
}

// GetHeight returns the terrain height at (x, z).
func (p *ProcGen) GetHeight(x, z float64) float64 {
	if err := checkFinite("get_height", x, z); err != nil {
		Engine.Raise(err)
		return 0
	}
	return p.world().Height(x, z)
}

// GetVersion returns the library version.
func (p *ProcGen) GetVersion() string { return Version }

// world returns the terrain for the current seed, rebuilding it when the seed changed
// (the inspector writes the field directly).
func (p *ProcGen) world() *procgen.Terrain {
	if p.terrain == nil || p.terrainSeed != p.Seed {
		p.terrain = procgen.NewTerrain(int64(p.Seed))
		p.terrainSeed = p.Seed
	}
	return p.terrain
}

// checkFinite reports the first NaN or infinite argument of method.
func checkFinite(method string, args ...float64) error {
	for i, v := range args {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("ProcGen.%s: argument %d is %v; coordinates must be finite numbers", method, i+1, v)
		}
	}
	return nil
}
