// Package chunk generates heightmap and voxel chunks and their meshes through a pipeline
// of named stages. Output arrays are flat Go slices laid out for Godot packed arrays
// (PackedVector3Array as xyz float32 triples, PackedColorArray as rgba, PackedVector2Array
// as uv pairs, PackedInt32Array indices). A chunk value owns its buffers and can be
// regenerated into, allocating nothing in steady state.
//
// Winding: Godot 4 treats CLOCKWISE triangles (as seen by the viewer) as front faces and
// culls back faces by default (cull_mode = CULL_BACK). All meshes here are emitted
// clockwise when seen from outside: heightmap tops are clockwise seen from above (+Y),
// skirts clockwise seen from outside the chunk, voxel faces clockwise seen from the empty
// side. In a right-handed frame that means the geometric normal (v1-v0)×(v2-v0) points
// INTO the solid; vertex normals point out.
//
// Determinism: every sample is a function of world coordinates computed from integers
// (chunk*size + index*step, exact in float64), stages run in registry order, edits in
// (Origin, Seq) order, and float products that feed sums are wrapped in explicit
// float64(...)/float32(...) conversions so no architecture fuses them into FMAs.
package chunk

import (
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/procgen-godot/procgen/procgen/world"
)

// Stage is one named step of chunk generation. A stage reads and writes the working
// buffers of the chunk it is given; it implements both chunk kinds (a no-op is fine).
// Register a new stage with Register from an init function and list its name in
// WorldConfig.Stages: the scheduler needs no change.
type Stage interface {
	Name() string
	// Order places the stage in the pipeline: lower runs first; ties break by name.
	Order() int
	Heightmap(c *Heightmap)
	Voxel(c *Voxel)
}

var (
	regMu    sync.RWMutex
	registry []Stage
)

// Register adds a stage to the registry. It panics on a duplicate name. Call it from init.
func Register(s Stage) {
	regMu.Lock()
	defer regMu.Unlock()
	for _, r := range registry {
		if r.Name() == s.Name() {
			panic(fmt.Sprintf("chunk: stage %q registered twice", s.Name()))
		}
	}
	registry = append(registry, s)
	slices.SortStableFunc(registry, func(a, b Stage) int {
		if a.Order() != b.Order() {
			return a.Order() - b.Order()
		}
		if a.Name() < b.Name() {
			return -1
		}
		if a.Name() > b.Name() {
			return 1
		}
		return 0
	})
	world.RegisterStageName(s.Name())
}

// Stages returns the registered stages in pipeline order.
func Stages() []Stage {
	regMu.RLock()
	defer regMu.RUnlock()
	return slices.Clone(registry)
}

// forEachEnabled runs f over the stages the world enables, in pipeline order, recording
// each stage's time in the world's timings.
func forEachEnabled(w *world.World, f func(Stage)) {
	regMu.RLock()
	defer regMu.RUnlock()
	t := w.Timings()
	for _, s := range registry {
		if w.StageEnabled(s.Name()) {
			start := time.Now()
			f(s)
			t.Add(s.Name(), time.Since(start))
		}
	}
}

func init() {
	Register(heightStage{})
	Register(biomeStage{})
	Register(heightEditStage{})
	Register(densityStage{})
	Register(caveStage{})
	Register(surfaceStage{})
	Register(editStage{})
	Register(meshStage{})
}
