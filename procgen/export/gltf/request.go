// Package gltf exports a region of a generated world, edits included, as a binary glTF 2.0
// file (GLB) that Blender, Godot and three.js import.
//
// The file has one node per chunk, named like the chunks Godot shows (chunk_x_z for
// heightmap worlds, chunk_x_y_z for voxel worlds), placed at the chunk's origin in world
// units (metres, +Y up, the glTF convention Godot also uses). Each chunk's mesh carries
// POSITION, NORMAL, COLOR_0 (biome and material colours, linear RGBA), TEXCOORD_0 and
// 32-bit indices, with one material whose base colour is white so the vertex colours show.
// Triangles are counter-clockwise seen from outside (glTF front faces), the reverse of the
// generator's Godot winding; everything else is the generator's output bit for bit.
//
// extras trace every file to the world state it shows: the scene's extras hold the world
// id, world hash, FormatVersion, mode, chunk size, LOD step, region and the world's edit
// position (for each origin, the highest edit sequence number the export includes); each
// node's extras hold the same identity plus its chunk coordinate and the edit position,
// edit count and edit digest of the edits that shaped that chunk, so a client can tell
// which chunks changed between two exports without comparing geometry.
//
// Every heightmap chunk of one LOD step has the same UVs and triangles, so the file stores
// them once and every chunk's mesh shares those accessors; positions, normals and colours
// are per chunk.
//
// Export writes the document straight to an io.Writer: chunks generate in parallel into
// their final binary layout, then the JSON chunk and the binary chunks are written in order
// without assembling the file in memory a second time.
package gltf

import (
	"errors"
	"fmt"
	"math"
	"runtime"

	"github.com/procgen-godot/procgen/procgen"
	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/world"
)

// DefaultMaxChunks bounds a region when Request.MaxChunks is zero.
const DefaultMaxChunks = 4096

// MaxLOD is the coarsest LOD step.
const MaxLOD = 128

// ErrRegion reports a region that is empty, inverted, too large or outside the world.
var ErrRegion = errors.New("gltf export: bad region")

// ErrLOD reports an LOD step the world cannot generate.
var ErrLOD = errors.New("gltf export: bad lod")

// Request describes one export.
type Request struct {
	World   *world.World
	WorldID string       // recorded in extras; may be empty (a world from a config file)
	Edits   []edit.Delta // the world's edits, any order; each chunk applies those touching it

	// From and To are the inclusive corners of the region in chunk coordinates. Heightmap
	// worlds are one chunk tall: their y must be 0.
	From, To [3]int32
	// LOD is the heightmap LOD step: 1 (full detail), 2, 4, ... dividing the chunk size;
	// 0 means 1. Voxel chunks have a single level of detail, so voxel worlds take only 1.
	LOD int

	Workers   int // generating goroutines; 0 means one per CPU
	MaxChunks int // largest region accepted; 0 means DefaultMaxChunks
	// Progress, when set, is called from one goroutine after each chunk is generated
	// (done of total) and once more when the file is written (total of total).
	Progress func(done, total int)
	// OnReady, when set, is called with the file's size once every chunk has generated,
	// just before the first byte is written (an HTTP handler sets Content-Length there).
	OnReady func(size int64)
}

// Voxel reports whether the request exports a voxel world.
func (r *Request) Voxel() bool { return r.World.Config().Mode == world.ModeVoxel }

// ChunkSize is the edge of the world's chunks in world units.
func (r *Request) ChunkSize() int {
	if r.Voxel() {
		return r.World.Config().Chunk.Voxel
	}
	return r.World.Config().Chunk.Heightmap
}

// Step is the LOD step the request resolves to.
func (r *Request) Step() int {
	if r.LOD == 0 {
		return 1
	}
	return r.LOD
}

// Chunks is the number of chunks in the region (0 if it is inverted).
func (r *Request) Chunks() int64 {
	n := int64(1)
	for a := 0; a < 3; a++ {
		d := int64(r.To[a]) - int64(r.From[a]) + 1
		if d <= 0 {
			return 0
		}
		n *= d
	}
	return n
}

// Validate reports a request that cannot be exported, with an error that names the problem.
func (r *Request) Validate() error {
	if r.World == nil {
		return errors.New("gltf export: no world")
	}
	for a, name := range [3]string{"x", "y", "z"} {
		if r.From[a] > r.To[a] {
			return fmt.Errorf("%w: from.%s = %d is greater than to.%s = %d", ErrRegion, name, r.From[a], name, r.To[a])
		}
	}
	if !r.Voxel() && (r.From[1] != 0 || r.To[1] != 0) {
		return fmt.Errorf("%w: heightmap worlds are one chunk tall, so from.y and to.y must be 0 (got %d and %d)", ErrRegion, r.From[1], r.To[1])
	}
	max := r.MaxChunks
	if max <= 0 {
		max = DefaultMaxChunks
	}
	if n := r.Chunks(); n > int64(max) {
		return fmt.Errorf("%w: %d chunks requested, at most %d per export", ErrRegion, n, max)
	}
	size := float64(r.ChunkSize())
	for a := 0; a < 3; a++ {
		lo, hi := float64(r.From[a])*size, (float64(r.To[a])+1)*size
		if math.Abs(lo) > world.MaxCoord || math.Abs(hi) > world.MaxCoord {
			return fmt.Errorf("%w: chunk coordinates beyond ±%d world units", ErrRegion, int64(world.MaxCoord))
		}
	}
	step := r.Step()
	if r.Voxel() && step != 1 {
		return fmt.Errorf("%w: voxel chunks have one level of detail, so lod must be 1 (got %d)", ErrLOD, r.LOD)
	}
	if step < 1 || step > MaxLOD || step&(step-1) != 0 || r.ChunkSize()%step != 0 {
		return fmt.Errorf("%w: lod %d must be a power of two dividing the chunk size %d", ErrLOD, r.LOD, r.ChunkSize())
	}
	for i := range r.Edits {
		if err := r.Edits[i].Validate(); err != nil {
			return fmt.Errorf("gltf export: edit %d/%d: %w", r.Edits[i].ID.Origin, r.Edits[i].ID.Seq, err)
		}
	}
	return nil
}

func (r *Request) workers() int {
	if r.Workers > 0 {
		return r.Workers
	}
	return runtime.GOMAXPROCS(0)
}

// coords lists the region's chunks in (y, z, x) order: the node order of the file.
func (r *Request) coords() [][3]int32 {
	out := make([][3]int32, 0, r.Chunks())
	for y := r.From[1]; y <= r.To[1]; y++ {
		for z := r.From[2]; z <= r.To[2]; z++ {
			for x := r.From[0]; x <= r.To[0]; x++ {
				out = append(out, [3]int32{x, y, z})
				if x == r.To[0] {
					break // x+1 could overflow at MaxInt32
				}
			}
			if z == r.To[2] {
				break
			}
		}
		if y == r.To[1] {
			break
		}
	}
	return out
}

// formatVersion is recorded in extras.
const formatVersion = procgen.FormatVersion
