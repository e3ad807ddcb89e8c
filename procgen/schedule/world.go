package schedule

import (
	"context"
	"fmt"
	"math"
	"sync"

	"github.com/procgen-godot/procgen/procgen/chunk"
	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/world"
)

// Mesh is a generated chunk mesh ready for a Godot ArrayMesh: Positions and Normals are
// xyz float32 triples (PackedVector3Array), Colors rgba (PackedColorArray), UVs uv pairs
// (PackedVector2Array, heightmaps only), Indices triangles clockwise from the front
// (PackedInt32Array). Positions are local to the chunk origin Origin. The arrays are owned
// by the Mesh and must not be modified: they may be shared with the cache, and heightmap
// UVs and Indices are shared by all meshes of the same LOD step.
type Mesh struct {
	Key       Key
	Origin    [3]float64
	Positions []float32
	Normals   []float32
	Colors    []float32
	UVs       []float32
	Weights   []uint8 // world.WeightSlots material weights per vertex (CUSTOM0, CUSTOM1)
	Indices   []int32
}

// SizeBytes is the memory held by the mesh arrays.
func (m *Mesh) SizeBytes() int64 {
	return 64 + int64(4*(len(m.Positions)+len(m.Normals)+len(m.Colors)+len(m.UVs)+len(m.Indices))) + int64(len(m.Weights))
}

// Edits supplies the edits to apply to a chunk: at least every edit whose bounds touch the
// box from lo to hi, in any order (more is fine: the chunk skips those that miss it; see
// edit.Index.Near). The result must not change later.
type Edits func(lo, hi [3]float64) []edit.Delta

// editMargin widens the box a chunk asks Edits for beyond the chunk itself, past the
// border samples that generation reads for normals and seams.
const editMargin = 8

// Output turns a chunk just generated into the value the scheduler caches and returns. The
// slices of view are the generator's reusable buffers, valid only during the call: an
// Output copies what it keeps.
type Output func(view *Mesh) (Value, error)

// WorldGenerator returns a Func generating heightmap and voxel meshes of w, reusing
// chunk buffers from a pool (so the only steady-state allocations are the returned
// Mesh arrays). edits may be nil.
func WorldGenerator(w *world.World, edits Edits) Func {
	return WorldGeneratorWith(w, edits, nil)
}

// WorldGeneratorWith is WorldGenerator with the returned values made by out from each
// generated chunk, for callers that keep something else than Mesh arrays (such as the
// meshes already encoded for an engine). A nil out returns copies of the arrays.
func WorldGeneratorWith(w *world.World, edits Edits, out Output) Func {
	hp := sync.Pool{New: func() any { return new(chunk.Heightmap) }}
	vp := sync.Pool{New: func() any { return new(chunk.Voxel) }}
	if out == nil {
		out = cloneMesh()
	}
	cfg := w.Config()
	return func(ctx context.Context, k Key) (Value, error) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var ds []edit.Delta
		if edits != nil {
			lo, hi := EditBox(cfg, k)
			ds = edits(lo, hi)
		}
		switch k.Kind {
		case Heightmap:
			c := hp.Get().(*chunk.Heightmap)
			defer hp.Put(c)
			// Y > 0 names a far tile of 2^Y×2^Y chunks (chunk.GenerateTile).
			if err := c.GenerateTile(w, k.X, k.Z, int(k.Y), int(k.Step), ds); err != nil {
				return nil, err
			}
			n := float64(cfg.Chunk.Heightmap << max(k.Y, 0))
			return out(&Mesh{Key: k, Origin: [3]float64{float64(k.X) * n, 0, float64(k.Z) * n},
				Positions: c.Positions, Normals: c.Normals, Colors: c.Colors, UVs: c.UVs, Weights: c.Weights, Indices: c.Indices})
		case Voxel:
			c := vp.Get().(*chunk.Voxel)
			defer vp.Put(c)
			if err := c.Generate(w, k.X, k.Y, k.Z, ds); err != nil {
				return nil, err
			}
			n := float64(cfg.Chunk.Voxel)
			return out(&Mesh{Key: k, Origin: [3]float64{float64(k.X) * n, float64(k.Y) * n, float64(k.Z) * n},
				Positions: c.Positions, Normals: c.Normals, Colors: c.Colors, Weights: c.Weights, Indices: c.Indices})
		}
		return nil, fmt.Errorf("schedule: unknown chunk kind %d", k.Kind)
	}
}

// EditBox is the region whose edits chunk k needs: the chunk, widened by editMargin (and
// by its LOD step, the spacing of its border samples), over every height.
func EditBox(cfg world.WorldConfig, k Key) (lo, hi [3]float64) {
	n, m := float64(cfg.Chunk.Heightmap<<max(k.Y, 0)), editMargin+float64(k.Step)
	if k.Kind == Voxel {
		n = float64(cfg.Chunk.Voxel)
	}
	x, z := float64(float64(k.X)*n), float64(float64(k.Z)*n) // rounded: no FMA on any target // rounded: no FMA on any target
	return [3]float64{x - m, math.Inf(-1), z - m}, [3]float64{x + n + m, math.Inf(1), z + n + m}
}

// cloneMesh is the default Output: copies of the arrays. Heightmap UVs and indices depend
// only on the LOD step (for a given world): they are shared, read-only, by every mesh of
// that step instead of copied per chunk.
func cloneMesh() Output {
	type topo struct {
		uvs []float32
		idx []int32
	}
	var shared sync.Map // [2]int{step, level} -> *topo
	return func(v *Mesh) (Value, error) {
		m := &Mesh{Key: v.Key, Origin: v.Origin, Positions: clone(v.Positions), Normals: clone(v.Normals), Colors: clone(v.Colors), Weights: clone(v.Weights)}
		if v.Key.Kind != Heightmap {
			m.UVs, m.Indices = clone(v.UVs), clone(v.Indices)
			return m, nil
		}
		key := [2]int{int(v.Key.Step), int(v.Key.Y)}
		t, ok := shared.Load(key)
		if !ok {
			t, _ = shared.LoadOrStore(key, &topo{uvs: clone(v.UVs), idx: clone(v.Indices)})
		}
		m.UVs, m.Indices = t.(*topo).uvs, t.(*topo).idx
		return m, nil
	}
}

// clone copies s; append to an empty slice skips zeroing the new array.
func clone[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return append(s[:0:0], s...)
}

// NewForWorld is New with Generate = WorldGeneratorWith(w, edits, out) and chunk sizes
// from w. A nil out returns copies of the mesh arrays.
func NewForWorld(ctx context.Context, w *world.World, edits Edits, out Output, opt Options) *Scheduler {
	cfg := w.Config()
	opt.Generate = WorldGeneratorWith(w, edits, out)
	opt.HeightmapSize, opt.VoxelSize = cfg.Chunk.Heightmap, cfg.Chunk.Voxel
	return New(ctx, opt)
}
